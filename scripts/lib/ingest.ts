/**
 * Ingest: canonical source files (data/) -> validated, derived tables -> Parquet + manifest.json.
 * Each dataset has its own step in scripts/lib/ingest/. Everything is written into a fresh folder
 * next to the output and swapped in only when every step succeeded, so a failed ingest leaves the
 * previous output byte-for-byte as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createResolver } from '../../src/lib/reference/resolver';
import { loadStates } from '../../src/lib/server/load-states';
import type { Manifest } from '../../src/lib/schema/manifest';
import { withLock, swapDir } from './atomic-dir';
import { UserDataError } from './cli';
import { ingestAccession, loadAccession } from './ingest/accession';
import { ingestArticle7 } from './ingest/article7';
import { ingestCrossConvention } from './ingest/crossconvention';
import { ingestImplementation } from './ingest/implementation';
import { display, type IngestStep, type StepContext } from './ingest/common';
import { ingestStates, statesFile } from './ingest/states';
import { ingestTrustFund } from './ingest/trustfund';
import { ingestUnga } from './ingest/unga';

/** The steps in the order the manifest lists their tables and sources. */
const STEPS: readonly IngestStep[] = [
	ingestStates,
	ingestAccession,
	ingestUnga,
	ingestArticle7,
	ingestTrustFund,
	ingestImplementation,
	ingestCrossConvention
];

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
	unga_sponsors: 'sources/unga/tallies.csv',
	a7_records: 'sources/article7/reports.csv',
	a7_coverage: 'sources/article7/coverage.csv',
	published_figures: 'sources/comparison/published_reporting_figures.csv',
	tf_facts: 'sources/trustfund/facts.csv',
	tf_contributions: 'sources/trustfund/contributions.csv',
	tf_budgets: 'sources/trustfund/budgets.csv',
	impl_retention: 'sources/implementation/retention.csv',
	impl_national: 'sources/implementation/national_implementation.csv',
	meetings: 'sources/implementation/meetings.csv',
	reporting_rules: 'sources/crossconvention/reporting_rules.csv',
	reporting_rates: 'sources/crossconvention/reporting_rates.csv'
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
	const states = loadStates(statesFile(opts.sources));
	const resolver = createResolver(states);
	// Read and checked before the lock is taken: a bad status file fails without touching the output.
	const accession = loadAccession(opts.sources, resolver);

	return withLock(opts.out, async () => {
		const manifest = await swapDir(opts.out, async (tmp) => {
			const ctx: StepContext = { sourcesDir: opts.sources, outDir: tmp, states, resolver, accession };
			const m: Manifest = {
				data_as_of: accession.dataAsOf,
				generated_by: 'npm run ingest',
				tables: {},
				datasets: {},
				checks: [],
				sources: []
			};
			for (const step of STEPS) {
				const r = await step(ctx);
				Object.assign(m.tables, r.tables);
				m.checks.push(...r.checks);
				m.sources.push(...r.sources);
				Object.assign(m.datasets, r.datasets ?? {});
			}
			if (!opts.allowEmpty) refuseEmptied(opts, m.tables);
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
