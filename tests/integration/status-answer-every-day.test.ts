// The compact status answer (/status-periods.json, controllers/status-answer.ts) answers the as-of
// control of /universalization until DuckDB-wasm is up, so it must give the engine's answer: on
// every day the control offers, from the Convention's opening to a year past the data's date, the
// whole view (each State's status and in-force flag, the headline counts, the signatories with
// their years waiting, the regional counts) equals the one the page's own SQL gives in DuckDB.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerFromPeriods, wholeYears, type CompactStatuses } from '../../src/lib/controllers/status-answer';
import { loadAsOf, loadCompactStatuses } from '../../src/lib/controllers/universalization';
import { addDays, daysBetween } from '../../src/lib/domain/dates';
import { CCM } from '../../src/lib/domain/treaties';
import { NodeConnector } from '../../src/lib/server/node-connector';
import { TABLES } from '../../src/lib/schema/tables';
import type { Connector } from '../../src/lib/db/connector';
import { latestAsOf } from '../../src/lib/view-state/as-of-param';
import { ROOT, run } from './cli';

let db: NodeConnector;
let compact: CompactStatuses;
let dataAsOf: string;
let memory: Connector;
let closeMemory: (() => void) | undefined;

beforeAll(async () => {
	let dataDir = path.join(ROOT, 'static/data');
	if (!fs.existsSync(path.join(dataDir, 'manifest.json'))) {
		dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-status-days-'));
		expect(run('ingest', ['--out', dataDir]).code).toBe(0);
	}
	dataAsOf = JSON.parse(fs.readFileSync(path.join(dataDir, 'manifest.json'), 'utf8')).data_as_of;
	db = await NodeConnector.open(dataDir);
	compact = await loadCompactStatuses(db, dataAsOf);
	// The same SQL over the same rows, held in memory rather than re-read from Parquet by every
	// statement: 26,000 statements then take a minute, not four.
	const instance = await DuckDBInstance.create(':memory:', {
		autoinstall_known_extensions: 'false',
		autoload_known_extensions: 'false'
	});
	const conn = await instance.connect();
	for (const t of Object.values(TABLES))
		if (fs.existsSync(path.join(dataDir, t.file)))
			await conn.run(`CREATE TABLE ${t.name} AS SELECT * FROM read_parquet('${path.join(dataDir, t.file)}')`);
	memory = {
		query: async (sql, params = []) =>
			(await conn.runAndReadAll(sql, params as DuckDBValue[])).getRowObjectsJS() as Record<string, unknown>[]
	};
	closeMemory = () => conn.closeSync();
}, 120_000);
afterAll(() => {
	db?.close();
	closeMemory?.();
});

describe('the compact status answer', () => {
	it('covers exactly the days the as-of control offers, and answers none outside them', () => {
		expect(compact.from).toBe(CCM.openedForSignature);
		expect(compact.to).toBe(latestAsOf(dataAsOf));
		expect(answerFromPeriods(compact, addDays(compact.from, -1))).toBeNull();
		expect(answerFromPeriods(compact, addDays(compact.to, 1))).toBeNull();
	});

	it('stays small: a few kB for the page to fetch', () => {
		expect(JSON.stringify(compact).length).toBeLessThan(20_000);
	});

	it('gives the engine’s whole view on every day from 3 Dec 2008 to a year past the data date', async () => {
		const days = daysBetween(compact.from, compact.to) + 1;
		let checked = 0;
		for (let i = 0; i < days; i++) {
			const day = addDays(compact.from, i);
			const engine = await loadAsOf(memory, day);
			const mine = answerFromPeriods(compact, day);
			// Compared as text, in the engine's order: a wrong order is a different table on the page.
			if (JSON.stringify(mine) !== JSON.stringify(engine))
				expect(JSON.stringify(mine, null, 1)).toBe(JSON.stringify(engine, null, 1));
			checked++;
		}
		expect(checked).toBe(days);
		expect(checked).toBeGreaterThan(6_500);
	}, 900_000);

	it('counts whole years as DuckDB’s date_sub does, on any pair of days', async () => {
		const iso = fc
			.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
			.map((d) => d.toISOString().slice(0, 10));
		// Month ends and 29 February are where the rule bites: drawn on purpose besides any day.
		const edge = fc
			.record({
				y: fc.integer({ min: 2000, max: 2040 }),
				m: fc.integer({ min: 1, max: 12 }),
				back: fc.integer({ min: 0, max: 3 })
			})
			.map(({ y, m, back }) =>
				addDays(`${m === 12 ? y + 1 : y}-${String((m % 12) + 1).padStart(2, '0')}-01`, -1 - back)
			);
		const day = fc.oneof(iso, edge);
		const pairs = fc.sample(
			fc.tuple(day, day).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
			{ numRuns: 3_000, seed: 20081203 }
		);
		const values = pairs.map(([a, b]) => `(DATE '${a}', DATE '${b}')`).join(',');
		const rows = (await db.query(
			`SELECT strftime(a, '%Y-%m-%d') AS a, strftime(b, '%Y-%m-%d') AS b, date_sub('year', a, b)::INTEGER AS y FROM (VALUES ${values}) t(a, b)`
		)) as { a: string; b: string; y: number }[];
		expect(rows).toHaveLength(pairs.length);
		for (const r of rows) expect({ ...r, y: wholeYears(r.a, r.b) }).toEqual(r);
	});
});
