/**
 * The Article 7 import as the page uses it: read and validate a dropped file, put its rows into
 * DuckDB-wasm beside the shipped record, keep them in IndexedDB, and bring them back on the next
 * visit. A file is either records (reports.csv's columns) or a coverage declaration (coverage.csv's
 * columns), each kept under its own key, so importing one never drops the other. Only the browser
 * holds them; "clear" removes them from both places.
 */
import type { WasmEngine } from '../db/wasm';
import { statesFromDb } from '../reference/from-db';
import type { Problem } from '../validate';
import type { TextEncoding } from '../text-decode';
import { localImports, type StoredImport } from './local-store';
import { parseInWorker } from './parse-client';

const KINDS = {
	records: { key: 'article7', table: 'a7_records' },
	coverage: { key: 'article7-coverage', table: 'a7_coverage' }
} as const;
export type Article7Kind = keyof typeof KINDS;
export type Article7Import = StoredImport<object> & { kind: Article7Kind };

export type ImportOutcome = { encoding?: TextEncoding | null } & (
	{ ok: true; stored: Article7Import } | { ok: false; problems: Problem[] }
);

async function load(engine: WasmEngine, kind: Article7Kind, rows: readonly object[]) {
	await engine.removeImported(KINDS[kind].table);
	await engine.appendRows(KINDS[kind].table, rows);
}

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
	const kind = parsed.kind === 'coverage' ? 'coverage' : 'records';
	const stored: Article7Import = {
		key: KINDS[kind].key,
		kind,
		fileName: file.name,
		importedAt: new Date().toISOString(),
		rows: parsed.rows
	};
	await load(engine, kind, stored.rows);
	await localImports.put(stored);
	return { ok: true, stored, encoding: parsed.encoding };
}

/** Whether this browser holds an imported record or declaration (asks IndexedDB only, no engine). */
export async function hasStoredArticle7(): Promise<boolean> {
	for (const kind of Object.keys(KINDS) as Article7Kind[]) if (await localImports.has(KINDS[kind].key)) return true;
	return false;
}

/** Puts the files imported on an earlier visit back into the engine. */
export async function restoreArticle7(engine: WasmEngine): Promise<Article7Import[]> {
	const found: Article7Import[] = [];
	for (const kind of Object.keys(KINDS) as Article7Kind[]) {
		const stored = await localImports.get<object>(KINDS[kind].key);
		if (!stored) continue;
		// Stored before declarations existed: a record file saved without its kind.
		const item: Article7Import = { ...stored, kind };
		await load(engine, kind, item.rows);
		found.push(item);
	}
	return found;
}

export async function clearArticle7(engine: WasmEngine | null): Promise<void> {
	for (const kind of Object.keys(KINDS) as Article7Kind[]) {
		await localImports.clear(KINDS[kind].key);
		if (engine) await engine.removeImported(KINDS[kind].table);
	}
}

/** The Article 7 import as a page's import session takes it. */
export const article7Files = { restore: restoreArticle7, importFile: importArticle7File, clear: clearArticle7 };
