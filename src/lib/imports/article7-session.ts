/**
 * The Article 7 import as the page uses it: read and validate a dropped file, put its rows into
 * DuckDB-wasm beside the shipped record, keep them in IndexedDB, and bring them back on the next
 * visit. Only the browser holds them; "clear" removes them from both places.
 */
import type { WasmEngine } from '../db/wasm';
import { resolverFromDb } from '../reference/from-db';
import type { Problem } from '../schema/validate';
import { validateArticle7Import, type ImportedRecord } from './article7-import';
import { localImports, type StoredImport } from './local-store';
import { readTabularFile } from './tabular';

const KEY = 'article7';

async function resolverAndParties(engine: WasmEngine) {
	const parties = await engine.query(
		`SELECT DISTINCT iso3 FROM accession WHERE treaty = 'ccm' AND deposit_date IS NOT NULL`
	);
	return { resolver: await resolverFromDb(engine), parties: new Set(parties.map((p) => String(p.iso3))) };
}

export type ImportOutcome = { ok: true; stored: StoredImport<ImportedRecord> } | { ok: false; problems: Problem[] };

export async function importArticle7File(engine: WasmEngine, file: File): Promise<ImportOutcome> {
	let table;
	try {
		table = await readTabularFile(file);
	} catch (e) {
		return {
			ok: false,
			problems: [{ file: file.name, line: 0, column: 0, message: `cannot be read: ${(e as Error).message}` }]
		};
	}
	const { resolver, parties } = await resolverAndParties(engine);
	const { rows, problems } = validateArticle7Import(table, file.name, resolver, parties);
	if (problems.length) return { ok: false, problems };
	const stored = { key: KEY, fileName: file.name, importedAt: new Date().toISOString(), rows };
	await engine.removeImported('a7_records');
	await engine.appendRows('a7_records', rows);
	await localImports.put(stored);
	return { ok: true, stored };
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
