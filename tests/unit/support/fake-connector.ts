/**
 * A Connector that answers from rows written in the test, keyed by the named query (its SQL text),
 * and records what was asked: for controller behaviour that needs no data (error propagation,
 * fallbacks, which queries run). A query it was not given rows for fails, naming the query.
 */
import type { Connector, SqlParam } from '../../../src/lib/db/connector';
import type { ZodType } from 'zod';
import type { Query } from '../../../src/lib/queries/query';

type Rows = readonly Record<string, unknown>[];
type Answer = Rows | ((params: readonly SqlParam[]) => Rows | Error);

export interface FakeConnector extends Connector {
	/** Every call in order: the query's name and its parameters. */
	calls: { name: string; params: readonly SqlParam[] }[];
}

// Any named query: its parameter type does not matter here, only its SQL text and name.
type AnyQuery = Query<never, ZodType>;

export function fakeConnector(answers: readonly (readonly [AnyQuery, Answer])[]): FakeConnector {
	const bySql = new Map(answers.map(([q, a]) => [q.sql, { name: q.name, answer: a }]));
	const calls: FakeConnector['calls'] = [];
	return {
		calls,
		async query(sql, params = []) {
			const entry = bySql.get(sql);
			if (!entry) throw new Error(`fixture connector: no answer for ${sql.trim().slice(0, 60)}`);
			calls.push({ name: entry.name, params });
			const rows = typeof entry.answer === 'function' ? entry.answer(params) : entry.answer;
			if (rows instanceof Error) throw rows;
			return [...rows];
		}
	};
}
