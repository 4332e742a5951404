/**
 * Writes rows to a Parquet file with DuckDB in Node, typed by the table's declaration in
 * src/lib/schema/tables.ts (default Parquet settings: the browser decoder reads them).
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { cellText, typedSelect, type TableDef } from '../../src/lib/schema/tables';

export async function writeParquet(def: TableDef, rows: readonly object[], file: string): Promise<void> {
	const instance = await DuckDBInstance.create(':memory:', {
		autoinstall_known_extensions: 'false',
		autoload_known_extensions: 'false'
	});
	const conn = await instance.connect();
	try {
		const columns = Object.keys(def.columns);
		await conn.run(`CREATE TABLE stage (${columns.map((c) => `"${c}" VARCHAR`).join(', ')})`);
		const appender = await conn.createAppender('stage');
		for (const row of rows) {
			const r = row as Record<string, unknown>;
			for (const c of columns) {
				const v = cellText(r[c]);
				if (v === null) appender.appendNull();
				else appender.appendVarchar(v);
			}
			appender.endRow();
		}
		appender.closeSync();
		await conn.run(`CREATE TABLE out AS ${typedSelect(def, 'stage')}`);
		await conn.run(`COPY out TO '${file.replaceAll("'", "''")}' (FORMAT parquet)`);
	} finally {
		conn.closeSync();
		instance.closeSync();
	}
}
