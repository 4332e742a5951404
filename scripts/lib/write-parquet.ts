/**
 * Writes rows to a Parquet file with DuckDB in Node, typed by the table's declaration in
 * src/lib/schema/tables.ts (default Parquet settings: the browser decoder reads them). Rows are
 * appended one by one, so a table of a million votes never has to be held in memory as objects.
 */
import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import { cellText, typedSelect, type TableDef } from '../../src/lib/schema/tables';

export class ParquetTableWriter {
	rows = 0;
	private constructor(
		private readonly def: TableDef,
		private readonly instance: DuckDBInstance,
		private readonly conn: DuckDBConnection,
		private readonly appender: DuckDBAppender,
		private readonly columns: string[]
	) {}

	static async open(def: TableDef): Promise<ParquetTableWriter> {
		const instance = await DuckDBInstance.create(':memory:', {
			autoinstall_known_extensions: 'false',
			autoload_known_extensions: 'false'
		});
		const conn = await instance.connect();
		const columns = Object.keys(def.columns);
		await conn.run(`CREATE TABLE stage (${columns.map((c) => `"${c}" VARCHAR`).join(', ')})`);
		return new ParquetTableWriter(def, instance, conn, await conn.createAppender('stage'), columns);
	}

	append(row: object): void {
		const r = row as Record<string, unknown>;
		for (const c of this.columns) {
			const v = cellText(r[c]);
			if (v === null) this.appender.appendNull();
			else this.appender.appendVarchar(v);
		}
		this.appender.endRow();
		this.rows++;
	}

	/** Types the staged text columns, writes the Parquet file and releases the database. */
	async finish(file: string): Promise<void> {
		try {
			this.appender.closeSync();
			await this.conn.run(`CREATE TABLE out AS ${typedSelect(this.def, 'stage')}`);
			await this.conn.run(`COPY out TO '${file.replaceAll("'", "''")}' (FORMAT parquet)`);
		} finally {
			this.conn.closeSync();
			this.instance.closeSync();
		}
	}
}
