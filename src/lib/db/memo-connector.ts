/**
 * A Connector that answers each distinct query (SQL text and parameters) once and hands out
 * copies afterwards, for a span over which the data cannot change: one build process
 * (src/lib/server/data.ts), or one answer of a page that calls several controllers reading the
 * same records (the overview's brief and its charts). Answers are never kept on disk nor beyond
 * that span, so a build or an answer always reads the data it was started with.
 */
import type { Connector, SqlParam } from './connector';

type Rows = Record<string, unknown>[];
type Timer = <T>(run: () => Promise<T>, hit?: boolean) => Promise<T>;

export class MemoConnector implements Connector {
	private readonly answers = new Map<string, Promise<Rows>>();

	constructor(
		private readonly inner: Connector,
		private readonly time: Timer = (run) => run()
	) {}

	query(sql: string, params: readonly SqlParam[] = []): Promise<Rows> {
		// JSON keeps 1 and '1' apart, and SQL text cannot contain the NUL separator.
		const key = `${sql}\0${JSON.stringify(params)}`;
		let answer = this.answers.get(key);
		const hit = answer !== undefined;
		if (!answer) {
			answer = this.inner.query(sql, params);
			this.answers.set(key, answer);
			// A failed query is asked again next time rather than failing every later page.
			answer.catch(() => this.answers.delete(key));
		}
		// Callers may sort or change what they get; the kept answer stays as DuckDB gave it.
		const kept = answer;
		return this.time(async () => structuredClone(await kept), hit);
	}
}
