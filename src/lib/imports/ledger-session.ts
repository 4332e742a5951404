/**
 * The Trust Fund ledger import as /trust-fund uses it: a contributions or budgets file (CSV or
 * XLSX) is recognised by its header, checked like ingest checks it, put into DuckDB-wasm and kept
 * in this browser's IndexedDB until cleared. Nothing is uploaded.
 */
import type { WasmEngine } from '../db/wasm';
import { statesFromDb } from '../reference/from-db';
import type { Problem } from '../validate';
import type { TextEncoding } from '../text-decode';
import type { LedgerKind } from './ledger';
import { localImports, type StoredImport } from './local-store';
import { parseInWorker } from './parse-client';

const TABLE = { contributions: 'tf_contributions', budgets: 'tf_budgets' } as const;
const key = (kind: LedgerKind) => `trustfund-${kind}`;

export type LedgerImport = StoredImport<object> & { kind: LedgerKind };

export async function importLedgerFile(
	engine: WasmEngine,
	file: File
): Promise<
	{ encoding?: TextEncoding | null } & ({ ok: true; stored: LedgerImport } | { ok: false; problems: Problem[] })
> {
	const parsed = await parseInWorker({ task: 'ledger', file, states: await statesFromDb(engine) });
	if (!parsed.ok) return parsed;
	const kind = parsed.kind as LedgerKind;
	await engine.removeImported(TABLE[kind]);
	await engine.appendRows(TABLE[kind], parsed.rows);
	const stored: LedgerImport = {
		key: key(kind),
		kind,
		fileName: file.name,
		importedAt: new Date().toISOString(),
		rows: parsed.rows
	};
	await localImports.put(stored);
	return { ok: true, stored, encoding: parsed.encoding };
}

/** Files imported on an earlier visit, put back into the engine. */
export async function restoreLedger(engine: WasmEngine): Promise<LedgerImport[]> {
	const found: LedgerImport[] = [];
	for (const kind of ['contributions', 'budgets'] as const) {
		const stored = (await localImports.get<object>(key(kind))) as LedgerImport | undefined;
		if (!stored) continue;
		await engine.removeImported(TABLE[kind]);
		await engine.appendRows(TABLE[kind], stored.rows);
		found.push(stored);
	}
	return found;
}

export async function clearLedger(engine: WasmEngine | null): Promise<void> {
	for (const kind of ['contributions', 'budgets'] as const) {
		await localImports.clear(key(kind));
		if (engine) await engine.removeImported(TABLE[kind]);
	}
}

/** Whether this browser holds an imported ledger file (asks IndexedDB only, no engine). */
export async function hasStoredLedger(): Promise<boolean> {
	for (const kind of ['contributions', 'budgets'] as const) if (await localImports.has(key(kind))) return true;
	return false;
}

/** The ledger import as a page's import session takes it. */
export const ledgerFiles = { restore: restoreLedger, importFile: importLedgerFile, clear: clearLedger };
