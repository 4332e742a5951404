/**
 * The Trust Fund ledger import as /trust-fund uses it: a contributions or budgets file (CSV or
 * XLSX) is recognised by its header, checked like ingest checks it, put into DuckDB-wasm and kept
 * in this browser's IndexedDB until cleared. Nothing is uploaded.
 */
import type { WasmEngine } from '../db/wasm';
import { resolverFromDb } from '../reference/from-db';
import type { Problem } from '../schema/validate';
import { ledgerKind, validateBudgets, validateContributions, type LedgerKind } from './ledger';
import { localImports, type StoredImport } from './local-store';
import { readTabularFile } from './tabular';

const TABLE = { contributions: 'tf_contributions', budgets: 'tf_budgets' } as const;
const key = (kind: LedgerKind) => `trustfund-${kind}`;

export type LedgerImport = StoredImport<object> & { kind: LedgerKind };

export async function importLedgerFile(
	engine: WasmEngine,
	file: File
): Promise<{ ok: true; stored: LedgerImport } | { ok: false; problems: Problem[] }> {
	let table;
	try {
		table = await readTabularFile(file);
	} catch (e) {
		return {
			ok: false,
			problems: [{ file: file.name, line: 0, column: 0, message: `cannot be read: ${(e as Error).message}` }]
		};
	}
	const kind = ledgerKind(table.header);
	if (!kind)
		return {
			ok: false,
			problems: [
				{
					file: file.name,
					line: 1,
					column: 1,
					message:
						'neither a contributions file (year, state, amount, currency, date_received, fund, source) nor a budgets file (year, approved_budget, currency, source_document)'
				}
			]
		};
	const v =
		kind === 'contributions'
			? validateContributions(table, file.name, await resolverFromDb(engine), file.name)
			: validateBudgets(table, file.name, file.name);
	if (v.problems.length) return { ok: false, problems: v.problems };
	await engine.removeImported(TABLE[kind]);
	await engine.appendRows(TABLE[kind], v.rows);
	const stored: LedgerImport = {
		key: key(kind),
		kind,
		fileName: file.name,
		importedAt: new Date().toISOString(),
		rows: v.rows
	};
	await localImports.put(stored);
	return { ok: true, stored };
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
