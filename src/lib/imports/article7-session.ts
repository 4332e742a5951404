/**
 * The Article 7 import as the page uses it: read and validate a dropped file, put its rows into
 * DuckDB-wasm beside the shipped record, keep them in IndexedDB, and bring them back on the next
 * visit. Only the browser holds them; "clear" removes them from both places.
 */
import type { WasmEngine } from '../db/wasm';
import { statesFromDb } from '../reference/from-db';
import type { Problem } from '../schema/validate';
import type { TextEncoding } from '../text-decode';
import type { ImportedRecord } from './article7-import';
import { localImports, type StoredImport } from './local-store';
import { parseInWorker } from './parse-client';

const KEY = 'article7';

export type ImportOutcome = { encoding?: TextEncoding | null } & (
	{ ok: true; stored: StoredImport<ImportedRecord> } | { ok: false; problems: Problem[] }
);

export async function importArticle7File(engine: WasmEngine, file: File): Promise<ImportOutcome> {
	const parties = await engine.query(
		`SELECT DISTINCT iso3 FROM accession WHERE treaty = 'ccm' AND deposit_date IS NOT NULL`
	);
	const parsed = await parseInWorker({
		task: 'article7',
		file,
		states: await statesFromDb(engine),
		parties: parties.map((p) => String(p.iso3))
	});
	if (!parsed.ok) return parsed;
	const rows = parsed.rows as ImportedRecord[];
	const stored = { key: KEY, fileName: file.name, importedAt: new Date().toISOString(), rows };
	await engine.removeImported('a7_records');
	await engine.appendRows('a7_records', rows);
	await localImports.put(stored);
	return { ok: true, stored, encoding: parsed.encoding };
}

/** Puts a file imported on an earlier visit back into the engine. */
export async function restoreArticle7(engine: WasmEngine): Promise<StoredImport<ImportedRecord> | null> {
	const stored = await localImports.get<ImportedRecord>(KEY);
	if (!stored) return null;
	await engine.removeImported('a7_records');
	await engine.appendRows('a7_records', stored.rows);
	return stored;
}

export async function clearArticle7(engine: WasmEngine | null): Promise<void> {
	await localImports.clear(KEY);
	if (engine) await engine.removeImported('a7_records');
}
