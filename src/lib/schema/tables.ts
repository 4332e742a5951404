/**
 * The tables ingest writes as Parquet and both engines load under these names and types.
 * The browser decodes Parquet without DuckDB's reader and re-types the columns from this list,
 * so Node and the browser see the same table shapes and one SQL text answers on both.
 */

export type SqlType = 'VARCHAR' | 'DATE' | 'BOOLEAN' | 'INTEGER' | 'DOUBLE';

export interface TableDef {
	name: string;
	file: string;
	columns: Readonly<Record<string, SqlType>>;
}

export const TABLES = {
	states: {
		name: 'states',
		file: 'states.parquet',
		columns: {
			iso3: 'VARCHAR',
			m49: 'VARCHAR',
			name: 'VARCHAR',
			region: 'VARCHAR',
			un_member: 'BOOLEAN',
			aliases: 'VARCHAR'
		}
	},
	accession: {
		name: 'accession',
		file: 'accession.parquet',
		columns: {
			treaty: 'VARCHAR',
			iso3: 'VARCHAR',
			state: 'VARCHAR',
			signature_date: 'DATE',
			deposit_date: 'DATE',
			action: 'VARCHAR',
			provisional_application_date: 'DATE',
			withdrawal_notified: 'DATE',
			withdrawal_effective: 'DATE',
			withdrawal_pending: 'BOOLEAN',
			entry_into_force: 'DATE',
			initial_report_due: 'DATE',
			footnotes: 'VARCHAR',
			source: 'VARCHAR'
		}
	},
	status_periods: {
		name: 'status_periods',
		file: 'status_periods.parquet',
		columns: {
			treaty: 'VARCHAR',
			iso3: 'VARCHAR',
			status: 'VARCHAR',
			in_force: 'BOOLEAN',
			start_date: 'DATE',
			end_date: 'DATE'
		}
	},
	unga_votes: {
		name: 'unga_votes',
		file: 'unga_votes.parquet',
		columns: {
			year: 'INTEGER',
			session: 'INTEGER',
			body: 'VARCHAR',
			part: 'VARCHAR',
			resolution: 'VARCHAR',
			vote_date: 'DATE',
			iso3: 'VARCHAR',
			vote: 'VARCHAR',
			provisional: 'BOOLEAN',
			/** The source's note on the vote (why a row is provisional, for instance). */
			note: 'VARCHAR',
			/** 'ccm' for the CCM resolution; null for any other resolution kept with --all. */
			topic: 'VARCHAR',
			source: 'VARCHAR'
		}
	},
	unga_tallies: {
		name: 'unga_tallies',
		file: 'unga_tallies.parquet',
		columns: {
			year: 'INTEGER',
			session: 'INTEGER',
			body: 'VARCHAR',
			part: 'VARCHAR',
			resolution: 'VARCHAR',
			draft: 'VARCHAR',
			vote_date: 'DATE',
			yes: 'INTEGER',
			no: 'INTEGER',
			abstain: 'INTEGER',
			non_voting: 'INTEGER',
			meeting: 'VARCHAR',
			/** What the source observes about the vote (an unusual turnout, a figure from one source only). */
			note: 'VARCHAR',
			topic: 'VARCHAR',
			source: 'VARCHAR'
		}
	},
	/** The main sponsors of each year's resolution, as the tallies file names them, resolved to States. */
	unga_sponsors: {
		name: 'unga_sponsors',
		file: 'unga_sponsors.parquet',
		columns: {
			year: 'INTEGER',
			body: 'VARCHAR',
			resolution: 'VARCHAR',
			iso3: 'VARCHAR',
			/** 1 for the first named (the sponsor that introduced the draft), then in the source's order. */
			position: 'INTEGER',
			source: 'VARCHAR'
		}
	},
	a7_records: {
		name: 'a7_records',
		file: 'a7_records.parquet',
		columns: {
			iso3: 'VARCHAR',
			/** The State as the source wrote it. */
			state: 'VARCHAR',
			report_type: 'VARCHAR',
			covering_year: 'INTEGER',
			/** Kept at its precision: 2019, 2019-11 or 2019-11-11. */
			date: 'VARCHAR',
			date_kind: 'VARCHAR',
			source: 'VARCHAR',
			quote: 'VARCHAR',
			/** The record that counts for its report (a stated record first, then the earliest full date of receipt). */
			counts: 'BOOLEAN',
			/** What the record rests on (RECORD_BASES); null for rows imported in a browser, read as `stated`. */
			basis: 'VARCHAR',
			/** Null for the shipped record; the file name for rows imported in a browser. */
			imported_from: 'VARCHAR'
		}
	},
	a7_obligations: {
		name: 'a7_obligations',
		file: 'a7_obligations.parquet',
		columns: {
			iso3: 'VARCHAR',
			report_type: 'VARCHAR',
			/** Annual: the calendar year covered. Initial: the year the report fell due. */
			covering_year: 'INTEGER',
			due: 'DATE'
		}
	},
	a7_coverage: {
		name: 'a7_coverage',
		file: 'a7_coverage.parquet',
		columns: {
			report_type: 'VARCHAR',
			covering_year: 'INTEGER',
			complete: 'BOOLEAN',
			as_of: 'DATE',
			source: 'VARCHAR',
			/** Null for the shipped declarations; the file name for a declaration imported in a browser. */
			imported_from: 'VARCHAR'
		}
	},
	published_figures: {
		name: 'published_figures',
		file: 'published_figures.parquet',
		columns: {
			as_of: 'VARCHAR',
			convention: 'VARCHAR',
			metric: 'VARCHAR',
			value: 'VARCHAR',
			denominator: 'VARCHAR',
			quote: 'VARCHAR',
			source: 'VARCHAR'
		}
	},
	tf_contributions: {
		name: 'tf_contributions',
		file: 'tf_contributions.parquet',
		columns: {
			year: 'INTEGER',
			iso3: 'VARCHAR',
			state: 'VARCHAR',
			amount: 'DOUBLE',
			currency: 'VARCHAR',
			date_received: 'DATE',
			fund: 'VARCHAR',
			source: 'VARCHAR',
			imported_from: 'VARCHAR'
		}
	},
	tf_budgets: {
		name: 'tf_budgets',
		file: 'tf_budgets.parquet',
		columns: {
			year: 'INTEGER',
			approved_budget: 'DOUBLE',
			currency: 'VARCHAR',
			source_document: 'VARCHAR',
			imported_from: 'VARCHAR'
		}
	},
	tf_facts: {
		name: 'tf_facts',
		file: 'tf_facts.parquet',
		columns: {
			year: 'INTEGER',
			fund: 'VARCHAR',
			metric: 'VARCHAR',
			value: 'VARCHAR',
			unit: 'VARCHAR',
			quote: 'VARCHAR',
			source: 'VARCHAR'
		}
	},
	/** Articles 3 and 4: one row per event of the record (data/sources/implementation/README.md). */
	impl_events: {
		name: 'impl_events',
		file: 'impl_events.parquet',
		columns: {
			article: 'INTEGER',
			iso3: 'VARCHAR',
			state: 'VARCHAR',
			event: 'VARCHAR',
			/** Kept at its precision: 2022-10 stays a month. */
			deadline: 'VARCHAR',
			meeting: 'VARCHAR',
			meeting_inferred: 'BOOLEAN',
			meeting_as_written: 'VARCHAR',
			completed: 'VARCHAR',
			completed_on_or_before: 'BOOLEAN',
			known_by: 'VARCHAR',
			applies: 'BOOLEAN',
			/** The first day the record knows the event (eventKnownFrom); null: see that function. */
			known_from: 'DATE',
			/** Position in its file: the order the rules read one State's rows in. */
			seq: 'INTEGER',
			obligation: 'VARCHAR',
			event_as_written: 'VARCHAR',
			source: 'VARCHAR',
			quote: 'VARCHAR',
			note: 'VARCHAR',
			source_line: 'INTEGER'
		}
	},
	/** Article 3(6): munitions retained for training, point values with the date they are stated for. */
	impl_retention: {
		name: 'impl_retention',
		file: 'impl_retention.parquet',
		columns: {
			iso3: 'VARCHAR',
			state: 'VARCHAR',
			as_of: 'VARCHAR',
			as_of_as_written: 'VARCHAR',
			cluster_munitions: 'INTEGER',
			submunitions: 'INTEGER',
			submunitions_more_than: 'BOOLEAN',
			source: 'VARCHAR',
			quote: 'VARCHAR',
			note: 'VARCHAR'
		}
	},
	/** Article 9: national implementation measures per State and year, as the Monitor classifies them. */
	impl_national: {
		name: 'impl_national',
		file: 'impl_national.parquet',
		columns: {
			iso3: 'VARCHAR',
			state: 'VARCHAR',
			status: 'VARCHAR',
			year: 'INTEGER',
			status_as_written: 'VARCHAR',
			seq: 'INTEGER',
			source: 'VARCHAR',
			quote: 'VARCHAR',
			note: 'VARCHAR'
		}
	},
	/** Meetings of States Parties and Review Conferences. */
	meetings: {
		name: 'meetings',
		file: 'meetings.parquet',
		columns: {
			meeting: 'VARCHAR',
			kind: 'VARCHAR',
			number: 'INTEGER',
			start_date: 'DATE',
			end_date: 'DATE',
			city: 'VARCHAR',
			president_state: 'VARCHAR',
			president_name: 'VARCHAR',
			source: 'VARCHAR',
			quote: 'VARCHAR',
			note: 'VARCHAR'
		}
	},
	/** data/sources/crossconvention/reporting_rules.csv: how each report of each convention falls due. */
	reporting_rules: {
		name: 'reporting_rules',
		file: 'reporting_rules.parquet',
		columns: {
			convention: 'VARCHAR',
			report: 'VARCHAR',
			report_as_written: 'VARCHAR',
			due_from: 'VARCHAR',
			due_day: 'VARCHAR',
			due_offset: 'INTEGER',
			due_unit: 'VARCHAR',
			due_rule_as_written: 'VARCHAR',
			covers: 'VARCHAR',
			period_covered_as_written: 'VARCHAR',
			binding: 'VARCHAR',
			binding_as_written: 'VARCHAR',
			computable: 'BOOLEAN',
			conditional: 'BOOLEAN',
			condition: 'VARCHAR',
			legal_basis: 'VARCHAR',
			legal_basis_checked: 'VARCHAR',
			submit_to: 'VARCHAR',
			public_or_restricted: 'VARCHAR',
			source: 'VARCHAR',
			quote: 'VARCHAR',
			notes: 'VARCHAR',
			source_line: 'INTEGER'
		}
	},
	/** data/sources/crossconvention/reporting_rates.csv: published figures, each with its denominator and day. */
	reporting_rates: {
		name: 'reporting_rates',
		file: 'reporting_rates.parquet',
		columns: {
			convention: 'VARCHAR',
			report_type: 'VARCHAR',
			period_covered: 'VARCHAR',
			/** At the source's precision (2021-09, 2004): text, not a DATE. */
			as_of: 'VARCHAR',
			metric: 'VARCHAR',
			value: 'VARCHAR',
			value_number: 'INTEGER',
			denominator: 'INTEGER',
			unit: 'VARCHAR',
			quote: 'VARCHAR',
			source: 'VARCHAR',
			source_kind: 'VARCHAR',
			first_seen_in: 'VARCHAR',
			notes: 'VARCHAR',
			source_line: 'INTEGER'
		}
	}
} as const satisfies Record<string, TableDef>;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/**
 * SQL that re-types a staging table whose columns are all text into the table's declared types.
 * Both writers of tables (ingest in Node, the loader in the browser) stage text and call this,
 * so a column's type is decided here only.
 */
export function typedSelect(def: TableDef, stage: string): string {
	const cols = Object.entries(def.columns).map(([c, t]) =>
		t === 'VARCHAR' ? `"${c}"` : `CAST("${c}" AS ${t}) AS "${c}"`
	);
	return `SELECT ${cols.join(', ')} FROM ${stage}`;
}

/** A cell as the text a staging table holds (null stays null). */
export function cellText(v: unknown): string | null {
	if (v === null || v === undefined) return null;
	if (v instanceof Date) return v.toISOString().slice(0, 10);
	return String(v);
}
