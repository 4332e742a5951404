/**
 * A named SQL text with its parameters and the zod schema of its rows. Rows are checked on the
 * way out, so a type that differs between DuckDB in Node and DuckDB-wasm (BigInt counts, dates as
 * epoch numbers) fails loudly in tests instead of drawing a wrong chart.
 */
import { z } from '../schema/z';
import type { Connector, SqlParam } from '../db/connector';

export interface Query<P, R extends z.ZodType> {
	name: string;
	sql: string;
	params: (p: P) => SqlParam[];
	row: R;
}

export function defineQuery<P, R extends z.ZodType>(q: Query<P, R>): Query<P, R> {
	return q;
}

export async function runQuery<P, R extends z.ZodType>(db: Connector, q: Query<P, R>, p: P): Promise<z.output<R>[]> {
	const rows = await db.query(q.sql, q.params(p));
	return rows.map((r, i) => {
		const parsed = q.row.safeParse(r);
		if (!parsed.success)
			throw new Error(`query ${q.name}: row ${i} does not match its schema: ${parsed.error.message}`);
		return parsed.data;
	});
}

/**
 * The columns of a figure quoted from a document (published reporting figures, Trust Fund facts):
 * the figure's name and value as the document gives them, the words quoted and where they are.
 */
export const quotedFigure = {
	metric: z.string(),
	value: z.string(),
	quote: z.string(),
	source: z.string()
};
