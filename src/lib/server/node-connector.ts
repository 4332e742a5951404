/**
 * DuckDB in Node (@duckdb/node-api) over the Parquet files ingest wrote. Used at build time to
 * prerender pages, by the metric command and by tests: the same SQL the browser runs.
 */
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import path from 'node:path';
import { TABLES } from '../schema/tables';
import type { Connector, SqlParam } from '../db/connector';

function sqlString(s: string) {
	return `'${s.replaceAll("'", "''")}'`;
}

export class NodeConnector implements Connector {
	private constructor(private readonly conn: DuckDBConnection) {}

	/** Opens an in-memory database with one view per Parquet table found in `dataDir`. */
	static async open(dataDir: string): Promise<NodeConnector> {
		const instance = await DuckDBInstance.create(':memory:', {
			autoinstall_known_extensions: 'false',
			autoload_known_extensions: 'false'
		});
		const conn = await instance.connect();
		for (const t of Object.values(TABLES)) {
			const file = path.resolve(dataDir, t.file);
			// Table names come from the fixed list above, never from input.
			await conn.run(`CREATE VIEW ${t.name} AS SELECT * FROM read_parquet(${sqlString(file)})`);
		}
		return new NodeConnector(conn);
	}

	async query(sql: string, params: readonly SqlParam[] = []): Promise<Record<string, unknown>[]> {
		const reader = await this.conn.runAndReadAll(sql, params as DuckDBValue[]);
		return reader.getRowObjectsJS() as Record<string, unknown>[];
	}

	close() {
		this.conn.closeSync();
	}
}
