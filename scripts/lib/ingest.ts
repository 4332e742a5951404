/**
 * Ingest: canonical source files (data/) -> validated, derived tables -> Parquet + manifest.json.
 * Everything is written into a fresh folder next to the output and swapped in only when every
 * step succeeded, so a failed ingest leaves the previous output byte-for-byte as it was.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { deriveAccession } from '../../src/lib/domain/derive';
import { CCM } from '../../src/lib/domain/treaties';
import { createResolver, describeResolutionError } from '../../src/lib/reference/resolver';
import { loadStates } from '../../src/lib/reference/load-states';
import { ACCESSION_COLUMNS, accessionRowSchema, type AccessionRow } from '../../src/lib/schema/accession';
import type { Manifest } from '../../src/lib/schema/manifest';
import { TABLES, type TableName } from '../../src/lib/schema/tables';
import { DataError, readCsvText, type Problem } from '../../src/lib/schema/validate';
import { UserDataError } from './cli';
import { withLock, swapDir } from './atomic-dir';
import { writeParquet } from './write-parquet';

export interface IngestOptions {
	sources: string;
	out: string;
}

export interface IngestResult {
	out: string;
	data_as_of: string;
	tables: Record<string, number>;
}

const sha256 = (buf: Buffer | string) => createHash('sha256').update(buf).digest('hex');

function display(file: string) {
	return path.relative(process.cwd(), file) || file;
}

function readSource(file: string) {
	if (!fs.existsSync(file)) throw new UserDataError(`missing source file: ${display(file)}`);
	return fs.readFileSync(file, 'utf8');
}

function loadAccession(sourcesDir: string, resolver: ReturnType<typeof createResolver>) {
	const dir = path.join(sourcesDir, 'sources', 'accession');
	const files = fs.existsSync(dir)
		? fs
				.readdirSync(dir)
				.filter((f) => f.endsWith('.csv'))
				.sort()
		: [];
	if (!files.includes('ccm.csv')) throw new UserDataError(`missing source file: ${display(path.join(dir, 'ccm.csv'))}`);
	const rows: AccessionRow[] = [];
	const sources: Manifest['sources'] = [];
	const problems: Problem[] = [];
	const seen = new Map<string, string>();
	for (const f of files) {
		const file = path.join(dir, f);
		const text = readSource(file);
		const { rows: fileRows, lines } = readCsvText(text, ACCESSION_COLUMNS, accessionRowSchema, display(file));
		fileRows.forEach((r, i) => {
			const where = { file: display(file), line: lines[i] ?? 0 };
			const ref = resolver.byIso3(r.iso3);
			if (!ref) {
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
		sources.push({ file: display(file), rows: fileRows.length, sha256: sha256(text), as_of: asOf });
	}
	if (problems.length) throw new DataError(problems);
	return { rows, sources };
}

export async function ingest(opts: IngestOptions): Promise<IngestResult> {
	const statesFile = path.join(opts.sources, 'reference', 'states.csv');
	const states = loadStates(statesFile);
	const resolver = createResolver(states);
	const accession = loadAccession(opts.sources, resolver);

	const ccmRows = accession.rows.filter((r) => r.treaty === 'ccm');
	if (ccmRows.length === 0) throw new UserDataError('no CCM rows in data/sources/accession: nothing to count');
	const dataAsOf = ccmRows.reduce((m, r) => (r.status_as_at > m ? r.status_as_at : m), '0000-01-01');
	const ccm = deriveAccession(accession.rows, CCM);

	const tableRows: Record<TableName, object[]> = {
		states: states.map((s) => ({
			iso3: s.iso3,
			m49: s.m49,
			name: s.name,
			region: s.region,
			un_member: s.unMember,
			aliases: s.aliases.join('|')
		})),
		accession: ccm.records,
		status_periods: ccm.periods
	};

	return withLock(opts.out, async () => {
		const result = await swapDir(opts.out, async (tmp) => {
			const manifest: Manifest = {
				data_as_of: dataAsOf,
				generated_by: 'npm run ingest',
				tables: {},
				sources: [
					{ file: display(statesFile), rows: states.length, sha256: sha256(fs.readFileSync(statesFile)), as_of: null },
					...accession.sources
				]
			};
			for (const name of Object.keys(TABLES) as TableName[]) {
				const def = TABLES[name];
				const file = path.join(tmp, def.file);
				await writeParquet(def, tableRows[name], file);
				const buf = fs.readFileSync(file);
				manifest.tables[name] = {
					file: def.file,
					rows: tableRows[name].length,
					bytes: buf.length,
					sha256: sha256(buf)
				};
			}
			fs.writeFileSync(path.join(tmp, 'manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');
			return manifest;
		});
		return {
			out: display(opts.out),
			data_as_of: result.data_as_of,
			tables: Object.fromEntries(Object.entries(result.tables).map(([k, v]) => [k, v.rows]))
		};
	});
}
