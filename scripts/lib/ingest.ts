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
import { loadAccession } from './ingest/accession';
import { display, sha256, writeTable } from './ingest/common';
import { ingestUnga } from './ingest/unga';
import { ingestArticle7 } from './ingest/article7';
import { ingestTrustFund } from './ingest/trustfund';

export interface IngestOptions {
	sources: string;
	out: string;
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
