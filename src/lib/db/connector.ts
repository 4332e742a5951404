/**
 * The data boundary (after Mosaic's Connector): one method that runs SQL with positional
 * parameters ($1, $2 ...) and returns plain row objects. DuckDB in Node (build time, the metric
 * command, tests) and DuckDB-wasm (the browser) both sit behind it, so every query is written once.
 */
export type SqlParam = string | number | boolean | null;

export interface Connector {
	query(sql: string, params?: readonly SqlParam[]): Promise<Record<string, unknown>[]>;
}
