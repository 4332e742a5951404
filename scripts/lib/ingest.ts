/**
 * Ingest: canonical source files (data/) -> validated, derived tables -> Parquet + manifest.json.
 * Each dataset has its own step in scripts/lib/ingest/. Everything is written into a fresh folder
 * next to the output and swapped in only when every step succeeded, so a failed ingest leaves the
 * previous output byte-for-byte as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createResolver } from '../../src/lib/reference/resolver';
import { loadStates } from '../../src/lib/reference/load-states';
import type { Manifest } from '../../src/lib/schema/manifest';
import { TABLES } from '../../src/lib/schema/tables';
import { withLock, swapDir } from './atomic-dir';
import { UserDataError } from './cli';
import { loadAccession } from './ingest/accession';
import { display, sha256, writeTable } from './ingest/common';
import { ingestUnga } from './ingest/unga';
import { ingestArticle7 } from './ingest/article7';
import { ingestTrustFund } from './ingest/trustfund';

export interface IngestOptions {
	sources: string;
	out: string;
	/** Publish a table with no rows where the current output has some (--allow-empty). */
	allowEmpty?: boolean;
}

/** The source file each table is read from; the other tables are derived from these. */
const SOURCE_OF: Record<string, string> = {
	states: 'reference/states.csv',
	unga_votes: 'sources/unga/votes.csv',
	unga_tallies: 'sources/unga/tallies.csv',
	a7_records: 'sources/article7/reports.csv',
	a7_coverage: 'sources/article7/coverage.csv',
	published_figures: 'sources/comparison/published_reporting_figures.csv',
	tf_facts: 'sources/trustfund/facts.csv',
	tf_contributions: 'sources/trustfund/contributions.csv',
	tf_budgets: 'sources/trustfund/budgets.csv'
};

/** Row counts of the output in place now, from its manifest; empty when there is none to read. */
function currentRows(out: string): Record<string, number> {
	try {
		const m = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')) as Manifest;
		return Object.fromEntries(Object.entries(m.tables).map(([t, e]) => [t, e.rows]));
	} catch {
		return {};
	}
}

/**
 * A table that would go from rows to none: a source file saved with its header only (an export
 * that failed, a filter left on) would otherwise replace good data without a word.
 */
function refuseEmptied(opts: IngestOptions, tables: Manifest['tables']) {
	const before = currentRows(opts.out);
	const lost = Object.entries(tables)
		.filter(([t, e]) => e.rows === 0 && (before[t] ?? 0) > 0)
		.map(([t]) => {
			const change = `${t} would go from ${before[t]} rows to none (run the ingest with --allow-empty to publish it empty)`;
			const source = SOURCE_OF[t];
			return source
				? `${display(path.join(opts.sources, source))} line 2: no rows after the header; ${change}`
				: change;
		});
	if (lost.length) throw new UserDataError(lost.join('\nerror: '));
}

export interface IngestResult {
	out: string;
	data_as_of: string;
	tables: Record<string, number>;
	checks: Manifest['checks'];
}

export async function ingest(opts: IngestOptions): Promise<IngestResult> {
	const statesFile = path.join(opts.sources, 'reference', 'states.csv');
	const states = loadStates(statesFile);
	const resolver = createResolver(states);
	const accession = loadAccession(opts.sources, resolver);

	return withLock(opts.out, async () => {
		const manifest = await swapDir(opts.out, async (tmp) => {
			const unga = await ingestUnga(opts.sources, tmp, states, resolver);
			const article7 = await ingestArticle7(
				opts.sources,
				tmp,
				resolver,
				accession.ccmAccession,
				accession.ccmPeriods,
				accession.dataAsOf
			);
			const trustFund = await ingestTrustFund(opts.sources, tmp, resolver);
			const m: Manifest = {
				data_as_of: accession.dataAsOf,
				generated_by: 'npm run ingest',
				tables: {
					states: await writeTable(
						tmp,
						TABLES.states,
						states.map((s) => ({ ...s, un_member: s.unMember, aliases: s.aliases.join('|') }))
					),
					accession: await writeTable(tmp, TABLES.accession, accession.accession),
					status_periods: await writeTable(tmp, TABLES.status_periods, accession.periods),
					...unga.tables,
					...article7.tables,
					...trustFund.tables
				},
				checks: unga.checks,
				sources: [
					{ file: display(statesFile), rows: states.length, sha256: sha256(fs.readFileSync(statesFile)), as_of: null },
					...accession.sources,
					...unga.sources,
					...article7.sources,
					...trustFund.sources
				]
			};
			if (!opts.allowEmpty) refuseEmptied(opts, m.tables);
			// The search box's index: every name and alias, fetched by the page on first focus.
			const search = states.map((st) => ({ iso3: st.iso3, name: st.name, aliases: st.aliases }));
			fs.writeFileSync(path.join(tmp, 'search.json'), JSON.stringify(search));
			fs.writeFileSync(path.join(tmp, 'manifest.json'), JSON.stringify(m, null, '\t') + '\n');
			return m;
		});
		return {
			out: display(opts.out),
			data_as_of: manifest.data_as_of,
			tables: Object.fromEntries(Object.entries(manifest.tables).map(([k, v]) => [k, v.rows])),
			checks: manifest.checks
		};
	});
}
