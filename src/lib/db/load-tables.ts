/**
 * Browser side of the data path: fetch the manifest and each Parquet file from the site itself,
 * check it against the manifest's checksum, decode it in the page (DuckDB-wasm has no offline
 * Parquet reader) and hand it to DuckDB as text columns typed by src/lib/schema/tables.ts.
 */
import { parquetReadObjects } from 'hyparquet';
import { manifestSchema, type Manifest } from '../schema/manifest';
import { english } from '../i18n/reason-text';
import { reasonFromIssue } from '../schema/reason';
import { cellText, TABLES, typedSelect, type TableDef } from '../schema/tables';
import { textTable } from './arrow-text';

export class DataFileError extends Error {
	// Survives minification, so the page can tell a damaged data file from an engine failure.
	override name = 'DataFileError';
}

async function fetchBytes(url: string): Promise<ArrayBuffer> {
	const res = await fetch(url);
	if (!res.ok) throw new DataFileError(`${url}: HTTP ${res.status}`);
	return res.arrayBuffer();
}

async function sha256Hex(buf: ArrayBuffer): Promise<string | null> {
	// Only secure contexts (https, localhost) have SubtleCrypto; elsewhere the check is skipped.
	if (!globalThis.crypto?.subtle) return null;
	const digest = await crypto.subtle.digest('SHA-256', buf);
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function fetchManifest(dataUrl: string): Promise<Manifest> {
	const res = await fetch(`${dataUrl}/manifest.json`, { cache: 'no-cache' });
	if (!res.ok) throw new DataFileError(`manifest.json: HTTP ${res.status}`);
	const parsed = manifestSchema.safeParse(await res.json());
	if (parsed.success) return parsed.data;
	// Zod messages are reason keys (schema/reason.ts): said in English, like the other data-file faults.
	const why = parsed.error.issues.map((i) => {
		const r = reasonFromIssue(i);
		return `${i.path.join('.') || '(file)'}: ${r ? english(r) : i.message}`;
	});
	throw new DataFileError(`manifest.json: ${why.join('; ')}`);
}

export interface DecodedTable {
	def: TableDef;
	columns: Record<string, (string | null)[]>;
}

/** Fetches, verifies and decodes one table; runs while the engine is still starting. */
export async function fetchTable(dataUrl: string, manifest: Manifest, def: TableDef): Promise<DecodedTable> {
	const entry = manifest.tables[def.name];
	if (!entry) throw new DataFileError(`manifest.json lists no table ${def.name}`);
	const buf = await fetchBytes(`${dataUrl}/${entry.file}`);
	const hash = await sha256Hex(buf);
	if (hash !== null && hash !== entry.sha256)
		throw new DataFileError(`${entry.file} does not match its checksum in manifest.json (damaged or altered)`);
	let rows: Record<string, unknown>[];
	try {
		rows = (await parquetReadObjects({ file: buf })) as Record<string, unknown>[];
	} catch (e) {
		throw new DataFileError(`${entry.file} cannot be read as Parquet: ${(e as Error).message}`);
	}
	if (rows.length !== entry.rows)
		throw new DataFileError(`${entry.file} has ${rows.length} rows, manifest.json says ${entry.rows}`);
	const columns: Record<string, (string | null)[]> = {};
	for (const c of Object.keys(def.columns)) columns[c] = rows.map((r) => cellText(r[c]));
	return { def, columns };
}

export const ALL_TABLES: TableDef[] = Object.values(TABLES);

/** SQL run after a table's text columns were inserted as `stage`. */
export function createFromStage(def: TableDef, stage: string): string[] {
	return [`CREATE OR REPLACE TABLE ${def.name} AS ${typedSelect(def, stage)}`, `DROP TABLE ${stage}`];
}

export { textTable };
