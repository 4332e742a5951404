// Article 7 figures on every day, not only on the data's date: the metric command's answers (run
// in-process, then once as a command) against an independent derivation from the canonical CSVs and
// the parquet records. On a day D: no State before its deposit, no report owed before its due date,
// no record counted before its date, submitted counts that never fall as D moves on.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import { NodeConnector } from '../../src/lib/server/node-connector';
import { manifestSchema, type Manifest } from '../../src/lib/schema/manifest';
import { initialReportsMetric, reporting } from '../../scripts/lib/metrics/article7';
import { runMetric, type MetricContext } from '../../scripts/lib/metrics/context';
import { json, ROOT, run } from './cli';

type Initial = { iso3: string; due: string; status: string; group: string; submitted: string | null };
type Reporting = { due: number; on_time: number; late: number; submitted_date_unknown: number; unknown: number };

let dataDir: string;
let manifest: Manifest;
let db: NodeConnector;
/** iso3 -> deposit date, from data/sources/accession/ccm.csv (withdrawn States keep theirs). */
const deposits = new Map<string, string>();
/** Every dated record, as ingest resolved it: iso3, type, covering year, date text. */
let records: { iso3: string; report_type: string; covering_year: number | null; date: string }[] = [];

beforeAll(async () => {
	dataDir = path.join(ROOT, 'static/data');
	if (!fs.existsSync(path.join(dataDir, 'manifest.json'))) {
		dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-a7-days-'));
		expect(run('ingest', ['--out', dataDir]).code).toBe(0);
	}
	manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(dataDir, 'manifest.json'), 'utf8')));
	db = await NodeConnector.open(dataDir);
	const ccm = parseCsv(fs.readFileSync(path.join(ROOT, 'data/sources/accession/ccm.csv'), 'utf8'));
	const c = (n: string) => ccm.header.indexOf(n);
	for (const r of ccm.records)
		if (r.cells[c('deposit_date')]) deposits.set(r.cells[c('iso3')]!, r.cells[c('deposit_date')]!);
	records = (await db.query(
		`SELECT iso3, report_type, covering_year, coalesce(date, '') AS date FROM a7_records`
	)) as typeof records;
});
afterAll(() => db?.close());

/** The same answers, read once: the tables do not change between days, only the day asked about. */
const answers = new Map<string, Promise<Record<string, unknown>[]>>();
const memoDb = {
	query: (sql: string, params: readonly unknown[] = []) => {
		const key = JSON.stringify([sql, params]);
		if (!answers.has(key)) answers.set(key, db.query(sql, params as never));
		return answers.get(key)!;
	}
} as unknown as NodeConnector;
const ctx = (flags: Record<string, string>): MetricContext => ({ flags, manifest, db: memoDb });
const initialOn = async (day: string) => (await initialReportsMetric.run(ctx({ 'as-of': day }))) as Initial[];
const reportingOn = async (year: number, day: string) =>
	(await reporting.run(ctx({ year: String(year), 'as-of': day }))) as Reporting;

/** The first day a dated record can be counted, derived here without the domain module. */
function knownFrom(date: string): string {
	if (date === '') return manifest.data_as_of;
	if (/^\d{4}$/.test(date)) return `${Number(date) + 1}-01-01`;
	const m = /^(\d{4})-(\d{2})$/.exec(date);
	if (m)
		return Number(m[2]) === 12
			? `${Number(m[1]) + 1}-01-01`
			: `${m[1]}-${String(Number(m[2]) + 1).padStart(2, '0')}-01`;
	return date;
}

/** Every 1 January and 1 May from 2010 to the data's date, then the data's date itself. */
function sweepDays(): string[] {
	const days: string[] = [];
	for (let y = 2010; y <= Number(manifest.data_as_of.slice(0, 4)); y++)
		for (const md of ['01-01', '05-01']) if (`${y}-${md}` <= manifest.data_as_of) days.push(`${y}-${md}`);
	return [...days, manifest.data_as_of];
}

const SUBMITTED = new Set(['on_time', 'late', 'submitted_date_unknown']);

async function checkDay(day: string) {
	const rows = await initialOn(day);
	// Exactly the States that had deposited by that day, no more, no fewer.
	const expected = [...deposits].filter(([, d]) => d <= day).map(([iso3]) => iso3);
	expect(rows.map((r) => r.iso3).sort(), day).toEqual(expected.sort());
	for (const r of rows) {
		if (r.due >= day) expect(['not_yet_due', 'on_time'], `${day} ${r.iso3}`).toContain(r.status);
		if (r.submitted !== null) {
			// The record shown was known on that day, and some record of that State's initial report says so.
			expect(knownFrom(r.submitted) <= day, `${day} ${r.iso3} ${r.submitted}`).toBe(true);
			expect(records.some((x) => x.iso3 === r.iso3 && x.report_type === 'initial' && x.date === r.submitted)).toBe(
				true
			);
		}
		if (SUBMITTED.has(r.status)) expect(r.group).toBe('submitted');
		if (r.status === 'unknown') {
			expect(r.group).toBe('no_record');
			// No record of it was known on that day.
			const known = records.filter((x) => x.iso3 === r.iso3 && x.report_type === 'initial' && knownFrom(x.date) <= day);
			expect(known, `${day} ${r.iso3}`).toEqual([]);
		}
	}
	// A covering year whose report is not yet due on that day owes nothing.
	const year = Number(day.slice(0, 4));
	for (const y of [year - 2, year - 1, year]) {
		if (y < 2010) continue;
		const s = await reportingOn(y, day);
		if (`${y + 1}-04-30` >= day) expect(s, `${y} on ${day}`).toMatchObject({ due: 0, on_time: 0, unknown: 0 });
		expect(s.on_time + s.late + s.submitted_date_unknown + s.unknown).toBeLessThanOrEqual(s.due);
	}
	return rows;
}

describe('Article 7 on every day', () => {
	it('holds on every 1 January and 1 May from 2010 to the data’s date', async () => {
		const days = sweepDays();
		let previousSubmitted = 0;
		const submittedByYear = new Map<number, number>();
		for (const day of days) {
			const rows = await checkDay(day);
			// Counts of submitted reports never fall as the day moves on.
			const submitted = rows.filter((r) => r.group === 'submitted').length;
			expect(submitted, day).toBeGreaterThanOrEqual(previousSubmitted);
			previousSubmitted = submitted;
			for (let y = 2011; y < Number(day.slice(0, 4)); y++) {
				const s = await reportingOn(y, day);
				const n = s.on_time + s.late + s.submitted_date_unknown;
				expect(n, `${y} on ${day}`).toBeGreaterThanOrEqual(submittedByYear.get(y) ?? 0);
				submittedByYear.set(y, n);
			}
		}
		expect(days.length).toBeGreaterThanOrEqual(33);
	});

	it('holds on 60 days drawn at random between the opening for signature and the data’s date', async () => {
		const start = Date.parse('2008-12-03');
		const end = Date.parse(manifest.data_as_of);
		await fc.assert(
			fc.asyncProperty(fc.integer({ min: 0, max: Math.round((end - start) / 864e5) }), async (n) => {
				await checkDay(new Date(start + n * 864e5).toISOString().slice(0, 10));
			}),
			{ numRuns: 60 }
		);
	});

	it('on 1 January 2016: no Nigeria, Vanuatu, South Sudan or Sri Lanka; nothing owed for 2015 or 2016 yet', async () => {
		const rows = await initialOn('2016-01-01');
		for (const iso3 of ['NGA', 'VUT', 'SSD', 'LKA']) expect(rows.map((r) => r.iso3)).not.toContain(iso3);
		expect(rows.length).toBe([...deposits.values()].filter((d) => d <= '2016-01-01').length);
		expect(await reportingOn(2016, '2016-01-01')).toMatchObject({ due: 0, submitted_date_unknown: 0 });
		expect(await reportingOn(2015, '2016-01-01')).toMatchObject({ due: 0 });
	});

	it('answers the same as a command as in-process', async () => {
		for (const day of ['2016-01-01', manifest.data_as_of]) {
			const cli = json(run('metric', ['initial-reports', '--as-of', day, '--data', dataDir, '--json']));
			// The command names States as the English pages do ("Czechia"): runMetric is what it prints.
			const inProcess = await runMetric(initialReportsMetric, ctx({ 'as-of': day }));
			expect(cli, day).toEqual(JSON.parse(JSON.stringify(inProcess)));
		}
	});
});
