// The comparison data on the real bundled data: all nine treaties ingested each with its own
// entry-into-force rule (or none), the CCM's figures untouched, and the `overlap` metric against
// a short list computed independently from the CSV files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeConnector } from '../../src/lib/server/node-connector';
import { TREATIES } from '../../src/lib/domain/treaties';
import { overlapFromCsv } from '../unit/support/overlap-from-csv';
import { json, run } from './cli';

let out: string;
let db: NodeConnector;

beforeAll(async () => {
	out = fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-compare-'));
	const r = run('ingest', ['--out', out]);
	expect(r.code, r.stderr).toBe(0);
	db = await NodeConnector.open(out);
});

afterAll(() => {
	db?.close();
	fs.rmSync(out, { recursive: true, force: true });
});

const metric = (...args: string[]) => run('metric', [...args, '--data', out]);

describe('the accession dataset with nine treaties', () => {
	it('holds every treaty, and the CCM rows are still 125', async () => {
		const rows = await db.query(
			`SELECT treaty, count(*)::INTEGER AS n FROM accession GROUP BY treaty ORDER BY treaty`,
			[]
		);
		expect(rows.map((r) => r.treaty).sort()).toEqual([...TREATIES].sort());
		expect(rows.find((r) => r.treaty === 'ccm')?.n).toBe(125);
	});

	it('gives entry into force wherever the rule is implemented: every deposit but the CTBT’s and ENMOD’s', async () => {
		const rows = await db.query(
			`SELECT treaty, count(entry_into_force)::INTEGER AS eif, count(initial_report_due)::INTEGER AS due
			FROM accession GROUP BY treaty ORDER BY treaty`,
			[]
		);
		const of = (t: string) => rows.find((r) => r.treaty === t);
		expect(of('ottawa')?.eif).toBe(166); // every Mine Ban row has a deposit
		// Every deposit of the after-deposit treaties (their pages' Parties counts).
		expect([of('att')?.eif, of('ccw')?.eif, of('ccw_p5')?.eif, of('cwc')?.eif, of('tpnw')?.eif]).toEqual([
			117, 128, 99, 193, 74
		]);
		for (const t of ['ctbt', 'enmod']) expect(of(t)?.eif, t).toBe(0);
		// The 180-day initial report is the CCM's Article 7 only.
		expect(of('ottawa')?.due).toBe(0);
	});

	it('the Mine Ban Convention entered into force on 1 March 1999, as its page says', async () => {
		const rows = await db.query(
			`SELECT min(entry_into_force)::VARCHAR AS first, count(*) FILTER (WHERE entry_into_force = DATE '1999-03-01')::INTEGER AS original
			FROM accession WHERE treaty = 'ottawa'`,
			[]
		);
		// 41 instruments by the 40th's day (two on 16 Sep 1998) and 4 more later that September.
		expect(rows[0]).toEqual({ first: '1999-03-01', original: 45 });
	});
});

describe('metric overlap', () => {
	for (const other of ['ottawa', 'att', 'ccw_p5'] as const)
		for (const day of ['2026-02-03', '2019-06-01'])
			it(`--with ${other} --as-of ${day} is the short list computed from the CSV files`, () => {
				const r = metric('overlap', '--with', other, '--as-of', day, '--json');
				expect(r.code, r.stderr).toBe(0);
				const got = json(r) as { iso3: string }[];
				expect(got).toEqual(overlapFromCsv(other, day));
				expect(got.length).toBeGreaterThan(0);
			});

	it('keeps the Mine Ban States that withdrew in 2025 off the list, and a pending one (Poland) counts as party', () => {
		const r = metric('overlap', '--with', 'ottawa', '--as-of', '2026-02-03', '--json');
		const iso3 = (json(r) as { iso3: string }[]).map((e) => e.iso3);
		// Estonia, Finland and Latvia left the Mine Ban Convention in effect; Lithuania left both.
		for (const gone of ['EST', 'FIN', 'LVA', 'LTU']) expect(iso3).not.toContain(gone);
		expect(iso3).toContain('POL');
	});

	it('gives last_unga_vote null for a State with no vote (not a UN member)', () => {
		const r = metric('overlap', '--with', 'ottawa', '--as-of', '2026-02-03', '--json');
		const list = json(r) as { iso3: string; last_unga_vote: unknown }[];
		for (const e of list.filter((x) => ['COK', 'NIU', 'VAT', 'PSE'].includes(x.iso3)))
			expect(e.last_unga_vote).toBeNull();
		expect(list.find((e) => e.iso3 === 'DZA')?.last_unga_vote).toEqual({ year: 2024, vote: 'Y', provisional: false });
	});

	it('exits 2 on usage errors, saying what is expected', () => {
		const cases = [
			['overlap', '--as-of', '2026-02-03'],
			['overlap', '--with', 'ccw', '--as-of', '2026-02-03'],
			['overlap', '--with', 'att'],
			['overlap', '--with', 'att', '--as-of', '2026-02-30'],
			['overlap', '--with', 'att', '--as-of', '2000-01-01']
		];
		for (const args of cases) {
			const r = metric(...args, '--json');
			expect(r.code, args.join(' ')).toBe(2);
			expect(r.stdout).toBe('');
			expect(r.stderr).toMatch(/error: /);
		}
		expect(metric('overlap', '--as-of', '2026-02-03').stderr).toContain('--with ottawa|att|ccw_p5');
	});
});
