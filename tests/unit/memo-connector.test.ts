// The build asks the same questions for the six languages of a page: DuckDB answers each once
// (src/lib/db/memo-connector.ts), and a page that changes its rows cannot change another's.
import { describe, expect, it } from 'vitest';
import type { Connector, SqlParam } from '../../src/lib/db/connector';
import { MemoConnector } from '../../src/lib/db/memo-connector';

/** Fixture connector: counts the questions it is asked; fails when told to. */
function fixtureConnector() {
	const asked: string[] = [];
	let failNext = false;
	const c: Connector & { asked: string[]; failNext: () => void } = {
		asked,
		failNext: () => (failNext = true),
		async query(sql: string, params: readonly SqlParam[] = []) {
			asked.push(`${sql} ${JSON.stringify(params)}`);
			if (failNext) {
				failNext = false;
				throw new Error('fixture failure');
			}
			return [{ iso3: 'AGO', n: params[0] ?? 0, list: [1, 2] }];
		}
	};
	return c;
}

describe('MemoConnector', () => {
	it('asks each query with the same parameters once, and the others apart', async () => {
		const inner = fixtureConnector();
		const memo = new MemoConnector(inner);
		for (let i = 0; i < 6; i++) await memo.query('SELECT $1', [1]);
		await memo.query('SELECT $1', ['1']);
		await memo.query('SELECT $1', [2]);
		await memo.query('SELECT 2');
		expect(inner.asked).toEqual(['SELECT $1 [1]', 'SELECT $1 ["1"]', 'SELECT $1 [2]', 'SELECT 2 []']);
	});

	it('gives each caller its own copy of the rows', async () => {
		const memo = new MemoConnector(fixtureConnector());
		const first = await memo.query('SELECT 1');
		first[0]!.iso3 = 'changed';
		(first[0]!.list as number[]).push(3);
		first.reverse().push({ iso3: 'extra' });
		expect(await memo.query('SELECT 1')).toEqual([{ iso3: 'AGO', n: 0, list: [1, 2] }]);
	});

	it('asks again after a failure instead of failing every later page', async () => {
		const inner = fixtureConnector();
		const memo = new MemoConnector(inner);
		inner.failNext();
		await expect(memo.query('SELECT 1')).rejects.toThrow('fixture failure');
		expect(await memo.query('SELECT 1')).toHaveLength(1);
		expect(inner.asked).toHaveLength(2);
	});
});
