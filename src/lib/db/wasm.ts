/**
 * DuckDB-wasm in the browser: one lazily created instance, started after first paint, from the
 * site's own files (the `eh` bundle only: every current browser takes it). Nothing is fetched
 * from another origin and extension autoloading is off, so the engine never calls out.
 * Import this module only from browser code: under SSR duckdb-wasm resolves to its Node build.
 */
import type { Connector, SqlParam } from './connector';
import { nextTurn, ROWS_PER_TURN } from '../next-turn';
import { ALL_TABLES, createFromStage, fetchManifest, fetchTable, textTable } from './load-tables';
import type { Manifest } from '../schema/manifest';
import { cellText, TABLES, typedSelect, type TableName } from '../schema/tables';

export interface WasmEngine extends Connector {
	manifest: Manifest;
	/** Adds rows (imported in this browser) to a table; they are typed like the shipped ones. */
	appendRows(table: TableName, rows: readonly object[]): Promise<void>;
	/** Removes every row imported in this browser from a table that records `imported_from`. */
	removeImported(table: 'a7_records' | 'a7_coverage' | 'tf_contributions' | 'tf_budgets'): Promise<void>;
}

let engine: Promise<WasmEngine> | null = null;

/** The shared engine; the first call starts it, later calls get the same promise. */
export function startEngine(dataUrl: string): Promise<WasmEngine> {
	engine ??= create(dataUrl);
	return engine;
}

async function create(dataUrl: string): Promise<WasmEngine> {
	// Data downloads and decoding run while the wasm module compiles.
	const tablesPromise = fetchManifest(dataUrl).then(async (manifest) => ({
		manifest,
		tables: await Promise.all(ALL_TABLES.map((def) => fetchTable(dataUrl, manifest, def)))
	}));
	tablesPromise.catch(() => {});
	const [duckdb, wasmUrl, workerUrl] = await Promise.all([
		import('@duckdb/duckdb-wasm'),
		import('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url').then((m) => m.default),
		import('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url').then((m) => m.default)
	]);
	const worker = new Worker(workerUrl);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(new URL(wasmUrl, location.href).href);
	await db.open({ query: { castBigIntToDouble: true } });
	const conn = await db.connect();
	await conn.query('SET autoinstall_known_extensions = false');
	await conn.query('SET autoload_known_extensions = false');
	const { manifest, tables } = await tablesPromise;
	for (const t of tables) {
		const stage = `stage_${t.def.name}`;
		await conn.insertArrowTable(textTable(t.columns), { name: stage });
		for (const sql of createFromStage(t.def, stage)) await conn.query(sql);
	}
	const statements = new Map<string, Awaited<ReturnType<typeof conn.prepare>>>();
	return {
		manifest,
		async appendRows(table, rows) {
			const def = TABLES[table];
			const stage = `stage_append_${table}`;
			// In slices, giving the page a turn between them: 100,000 rows built at once held the
			// main thread for seconds (no task may take over 200 ms, see BENCHMARKS.md).
			for (let from = 0; from < rows.length; from += ROWS_PER_TURN) {
				const slice = rows.slice(from, from + ROWS_PER_TURN);
				const columns: Record<string, (string | null)[]> = {};
				for (const c of Object.keys(def.columns))
					columns[c] = slice.map((r) => cellText((r as Record<string, unknown>)[c]));
				await conn.insertArrowTable(textTable(columns), { name: stage });
				await conn.query(`INSERT INTO ${def.name} ${typedSelect(def, stage)}`);
				await conn.query(`DROP TABLE ${stage}`);
				await nextTurn();
			}
		},
		async removeImported(table) {
			await conn.query(`DELETE FROM ${TABLES[table].name} WHERE imported_from IS NOT NULL`);
		},
		async query(sql: string, params: readonly SqlParam[] = []) {
			let stmt = statements.get(sql);
			if (!stmt) {
				stmt = await conn.prepare(sql);
				statements.set(sql, stmt);
			}
			const table = await stmt.query(...params);
			return table.toArray().map((r) => r.toJSON() as Record<string, unknown>);
		}
	};
}
