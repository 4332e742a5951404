/**
 * Accession dataset: data/sources/accession/*.csv (one file per treaty, from import:untc) ->
 * validated rows, entry into force and status periods derived by the domain module, each treaty
 * with its own rule. The data date stays the CCM page's date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { deriveAccession } from '../../../src/lib/domain/derive';
import { CCM, TREATY_INFO } from '../../../src/lib/domain/treaties';
import { describeResolutionError, type Resolver } from '../../../src/lib/reference/resolver';
import { ACCESSION_COLUMNS, accessionRowSchema, type AccessionRow } from '../../../src/lib/schema/accession';
import { TABLES } from '../../../src/lib/schema/tables';
import { DataError, readCsvText, type Problem } from '../../../src/lib/validate';
import { UserDataError } from '../cli';
import { display, readSource, sourceEntry, writeTable, type IngestStep, type SourceEntry } from './common';

export type LoadedAccession = ReturnType<typeof loadAccession>;

export function loadAccession(sourcesDir: string, resolver: Resolver) {
	const dir = path.join(sourcesDir, 'sources', 'accession');
	const files = fs.existsSync(dir)
		? fs
				.readdirSync(dir)
				.filter((f) => f.endsWith('.csv'))
				.sort()
		: [];
	if (!files.includes('ccm.csv')) throw new UserDataError(`missing source file: ${display(path.join(dir, 'ccm.csv'))}`);
	const rows: AccessionRow[] = [];
	const sources: SourceEntry[] = [];
	const problems: Problem[] = [];
	const seen = new Map<string, string>();
	for (const f of files) {
		const file = path.join(dir, f);
		const text = readSource(file);
		const { rows: fileRows, lines } = readCsvText(text, ACCESSION_COLUMNS, accessionRowSchema, display(file));
		fileRows.forEach((r, i) => {
			const where = { file: display(file), line: lines[i] ?? 0 };
			if (!resolver.byIso3(r.iso3)) {
				problems.push({ ...where, column: 'iso3', value: r.iso3, message: 'not a State in data/reference/states.csv' });
				return;
			}
			// The canonical files keep UN naming, where "Congo" is the Republic of the Congo.
			const byName = resolver.resolve(r.state, { unNaming: true });
			if (!byName.ok) {
				problems.push({ ...where, column: 'state', value: r.state, message: describeResolutionError(r.state, byName) });
			} else if (byName.state.iso3 !== r.iso3) {
				problems.push({
					...where,
					column: 'iso3',
					value: r.iso3,
					message: `the state column names ${byName.state.name} (${byName.state.iso3})`
				});
			}
			const key = `${r.treaty}/${r.iso3}`;
			const first = seen.get(key);
			if (first)
				problems.push({
					...where,
					column: 'iso3',
					value: r.iso3,
					message: `a second row for ${key} (first at ${first})`
				});
			else seen.set(key, `line ${where.line}`);
			rows.push(r);
		});
		const asOf = fileRows.reduce<string | null>(
			(m, r) => (m === null || r.status_as_at > m ? r.status_as_at : m),
			null
		);
		sources.push(sourceEntry(file, fileRows.length, text, asOf));
	}
	if (problems.length) throw new DataError(problems);

	const ccmRows = rows.filter((r) => r.treaty === 'ccm');
	if (ccmRows.length === 0) throw new UserDataError('no CCM rows in data/sources/accession: nothing to count');
	const dataAsOf = ccmRows.reduce((m, r) => (r.status_as_at > m ? r.status_as_at : m), '0000-01-01');
	// Each treaty is derived with its own rule (null entry into force where none is implemented).
	const derived = TREATY_INFO.map((t) => deriveAccession(rows, t));
	const ccm = deriveAccession(rows, CCM);
	return {
		dataAsOf,
		sources,
		accession: derived.flatMap((d) => d.records),
		periods: derived.flatMap((d) => d.periods),
		// Article 7 is the CCM's obligation: its ingest sees the CCM's records only.
		ccmAccession: ccm.records,
		ccmPeriods: ccm.periods
	};
}

/** Writes the accession facts loadAccession read and derived before any step ran. */
export const ingestAccession: IngestStep = async ({ outDir, accession }) => ({
	datasets: { accession: { as_of: accession.dataAsOf, basis: 'status_as_at' } },
	tables: {
		accession: await writeTable(outDir, TABLES.accession, accession.accession),
		status_periods: await writeTable(outDir, TABLES.status_periods, accession.periods)
	},
	sources: accession.sources,
	checks: []
});
