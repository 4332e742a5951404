/**
 * Headless controller of /transparency and the reporting metrics: the status of every report owed,
 * on a chosen day, and the per-year summary with its coverage (the share of due reports whose
 * status is known), so that a partial record never reads as a collapse in reporting.
 */
import { byName, ENGLISH_ORDER, type NameOrder } from '../i18n/name-order';
import type { Connector } from '../db/connector';
import type { IsoDate } from '../domain/dates';
import type { RegionalGroup } from '../domain/regions';
import {
	countingRow,
	initialGroup,
	INITIAL_GROUPS,
	isDerivedBasis,
	isDueOn,
	isNoneStatement,
	noneStatedUpTo,
	recordKnownOn,
	recordsByReport,
	reportExistsOn,
	reportKey,
	reportStatus,
	type InitialGroup,
	type ReportStatus,
	type StatusResult
} from '../domain/reporting';
import {
	coverage,
	obligations,
	publishedFigures,
	records,
	type CoverageDeclaration,
	type RecordRow,
	type ObligationRow,
	type PublishedFigure
} from '../queries/article7';
import { runQuery } from '../queries/query';

export async function loadTransparency(db: Connector) {
	return {
		obligations: await runQuery(db, obligations, undefined),
		records: await runQuery(db, records, undefined),
		coverage: await runQuery(db, coverage, undefined),
		published: await runQuery(db, publishedFigures, undefined)
	};
}

export type TransparencyData = Awaited<ReturnType<typeof loadTransparency>>;

export type ReportOnDay = ObligationRow &
	StatusResult & {
		/** How many records of this report are known on the day, and the one that counts. */
		records: number;
		record: StatusData['records'][number] | null;
		/** Whether the due date has passed on the day: only then does the report count as due. */
		owed: boolean;
		/** The record that counts is derived from a source's words (no stated record of this report). */
		derived: boolean;
	};

export interface StatusOptions {
	/** Whether records derived from a source's words count (default true): false gives the stated record alone. */
	derived?: boolean;
}

/** A declaration covers a report on a day when it says the record is complete up to that day. */
function isComplete(decls: readonly CoverageDeclaration[], o: ObligationRow, asOf: IsoDate) {
	return decls.some(
		(d) => d.complete && d.report_type === o.report_type && d.covering_year === o.covering_year && asOf <= d.as_of
	);
}

/**
 * Every report in the tables on `asOf`, with its status on that day. Only what was known on that day
 * is used: States that had deposited, covering years that had ended, records dated by then (an
 * undated record from `compiledOn`, the data's date). Which record counts is chosen among those.
 */
/** What the statuses are computed from; a record without `basis` is stated (as in older callers and files). */
export type StatusData = Pick<TransparencyData, 'obligations' | 'coverage'> & {
	records: readonly (Omit<RecordRow, 'basis'> & { basis?: RecordRow['basis'] | null })[];
};

export function statusesOn(
	data: StatusData,
	asOf: IsoDate,
	compiledOn: IsoDate,
	options: StatusOptions = {}
): ReportOnDay[] {
	const withDerived = options.derived ?? true;
	// An annual record without its covering year belongs to no report (and no rate): reportKey.
	const byReport = recordsByReport(
		data.records.filter((r) => (withDerived || !isDerivedBasis(r.basis)) && recordKnownOn(r, asOf, compiledOn))
	);
	// A source's statement that no report was made speaks for the days up to its date: there, a due
	// report without a record is "not submitted", as under a completeness declaration.
	const noneUpTo = new Map<string, IsoDate>();
	for (const r of data.records) {
		const key = reportKey(r);
		const upTo = isNoneStatement(r.basis) ? noneStatedUpTo(r.date) : null;
		if (key !== null && upTo !== null && upTo > (noneUpTo.get(key) ?? '')) noneUpTo.set(key, upTo);
	}
	return data.obligations
		.filter((o) => reportExistsOn(o, asOf))
		.map((o) => {
			const mine = byReport.get(reportKey(o) ?? '') ?? [];
			const record = countingRow(mine);
			return {
				...o,
				...reportStatus(
					o.due,
					record && { date: record.date, dateKind: record.date_kind, source: record.source },
					asOf,
					isComplete(data.coverage, o, asOf) || asOf <= (noneUpTo.get(reportKey(o) ?? '') ?? ''),
					compiledOn
				),
				records: mine.length,
				record,
				owed: isDueOn(o.due, asOf),
				derived: record !== null && isDerivedBasis(record.basis)
			};
		});
}

export type InitialReportRow = ReportOnDay & { group: InitialGroup };

/**
 * The initial reports in the tables on the day, in reading order: overdue, no record, submitted, not
 * yet due; within a group the longest past due (or latest) first, then by due date and name.
 */
export function initialReports(reports: readonly ReportOnDay[], names: NameOrder = ENGLISH_ORDER): InitialReportRow[] {
	return reports
		.filter((r) => r.report_type === 'initial')
		.map((r) => ({ ...r, group: initialGroup(r.status) }))
		.sort(
			(a, b) =>
				INITIAL_GROUPS.indexOf(a.group) - INITIAL_GROUPS.indexOf(b.group) ||
				(b.daysPastDue ?? b.daysLate ?? -1) - (a.daysPastDue ?? a.daysLate ?? -1) ||
				a.due.localeCompare(b.due) ||
				byName(names, a, b)
		);
}

/** How many initial reports are in each group, for the sentence above the table. */
export function initialGroupCounts(rows: readonly InitialReportRow[]): Record<InitialGroup, number> {
	const counts = { overdue: 0, no_record: 0, submitted: 0, not_yet_due: 0 };
	for (const r of rows) counts[r.group]++;
	return counts;
}

export interface YearSummary {
	year: number;
	due: number;
	counts: Record<ReportStatus, number>;
	/** Share of due reports whose status is known (everything but "unknown"); null when none is due. */
	coverage: number | null;
	/** Share of due reports known to be submitted (on time, late or date unknown). */
	submittedShare: number | null;
	/** Due reports whose record that counts is derived (counted in `coverage`, not in `coverageStated`). */
	derived: number;
	/** Coverage on the stated record alone, derived records left out; null when none is due. */
	coverageStated: number | null;
}

/**
 * The summary of one covering year. `stated` is the same day's statuses without derived records
 * (statusesOn with `derived: false`), for `coverageStated`; without it, each due report resting on
 * a derived record is taken as unknown.
 */
export function summarise(
	reports: readonly ReportOnDay[],
	type: 'initial' | 'annual',
	year: number,
	stated?: readonly ReportOnDay[]
): YearSummary {
	const mine = reports.filter((r) => r.report_type === type && r.covering_year === year);
	const counts = { not_yet_due: 0, on_time: 0, late: 0, submitted_date_unknown: 0, not_submitted: 0, unknown: 0 };
	// A report whose due date has not passed owes nothing yet, even when it came early.
	for (const r of mine) counts[r.owed ? r.status : 'not_yet_due']++;
	const due = mine.length - counts.not_yet_due;
	const derived = mine.filter((r) => r.owed && r.derived).length;
	const coverage = due === 0 ? null : (due - counts.unknown) / due;
	return {
		year,
		due,
		counts,
		coverage,
		submittedShare: due === 0 ? null : (counts.on_time + counts.late + counts.submitted_date_unknown) / due,
		derived,
		coverageStated: stated
			? summarise(stated, type, year).coverage
			: due === 0
				? null
				: (due - counts.unknown - derived) / due
	};
}

export function annualSummaries(reports: readonly ReportOnDay[], stated?: readonly ReportOnDay[]) {
	const years = [...new Set(reports.filter((r) => r.report_type === 'annual').map((r) => r.covering_year))].sort();
	return years.map((y) => summarise(reports, 'annual', y, stated));
}

/** State x covering-year grid of annual reports, one status per year (null when not owed). */
export function annualGrid(reports: readonly ReportOnDay[], names: NameOrder = ENGLISH_ORDER) {
	const annual = reports.filter((r) => r.report_type === 'annual');
	const years = [...new Set(annual.map((r) => r.covering_year))].sort();
	const states = new Map<
		string,
		{
			iso3: string;
			name: string;
			region: RegionalGroup | null;
			cells: Record<number, ReportStatus>;
			derived: Set<number>;
		}
	>();
	for (const r of annual) {
		const s = states.get(r.iso3) ?? { iso3: r.iso3, name: r.name, region: r.region, cells: {}, derived: new Set() };
		s.cells[r.covering_year] = r.status;
		if (r.derived) s.derived.add(r.covering_year);
		states.set(r.iso3, s);
	}
	const rows = [...states.values()].sort((a, b) => byName(names, a, b));
	const regions = [...new Set(rows.map((r): RegionalGroup | 'none' => r.region ?? 'none'))].sort((a, b) =>
		a === 'none' ? 1 : b === 'none' ? -1 : a.localeCompare(b)
	);
	return {
		years,
		groups: regions.map((region) => ({
			region,
			rows: rows
				.filter((r) => (r.region ?? 'none') === region)
				.map((r) => ({
					iso3: r.iso3,
					name: r.name,
					cells: years.map((y) => r.cells[y] ?? null),
					/** Per year: the status rests on a derived record (shown with its own mark). */
					derived: years.map((y) => r.derived.has(y))
				}))
		}))
	};
}

/** The published "all initial reports due in Y were on time" figures beside the same count from the records. */
export function initialOnTimeComparisons(reports: readonly ReportOnDay[], published: readonly PublishedFigure[]) {
	return published
		.filter((p) => p.convention === 'CCM' && /^initial_reports_due_in_\d{4}_submitted_on_time$/.test(p.metric))
		.map((p) => {
			const year = Number(/\d{4}/.exec(p.metric)![0]);
			const due = reports.filter((r) => r.report_type === 'initial' && r.covering_year === year);
			return {
				published: p,
				year,
				computed: due.map((r) => ({
					iso3: r.iso3,
					name: r.name,
					status: r.status,
					daysLate: r.daysLate,
					submitted: r.submitted
				}))
			};
		});
}

/**
 * Everything /transparency shows on a day, from the record (shipped or with imported files): the
 * annual series with its coverage, the initial reports in their groups, the report grid, and the
 * published figures beside the computed ones.
 */
export function transparencyOn(source: TransparencyData, asOf: IsoDate, dataAsOf: IsoDate, names: NameOrder) {
	const reports = statusesOn(source, asOf, dataAsOf);
	const stated = statusesOn(source, asOf, dataAsOf, { derived: false });
	const initial = initialReports(reports, names);
	return {
		initial,
		groups: initialGroupCounts(initial),
		initialGroups: INITIAL_GROUPS.map((group) => ({ group, rows: initial.filter((r) => r.group === group) })),
		annual: annualSummaries(reports, stated).filter((s) => s.due > 0),
		grid: annualGrid(reports, names),
		comparisons: initialOnTimeComparisons(reports, source.published)
	};
}
