// Article 7 on the real records: the ISU's 2019 checkpoint, due dates for every State Party, the
// Namibia conflict, and honest rates (unknown stays unknown).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, firstDayOfMonthAfter } from '../../src/lib/domain/dates';
import { parseCsv } from '../../src/lib/csv';
import { NodeConnector } from '../../src/lib/server/node-connector';
import { json, ROOT, run } from './cli';

let out: string;
beforeAll(() => {
	out = fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-a7-'));
	expect(run('ingest', ['--out', out]).code).toBe(0);
});
const metric = (...args: string[]) => run('metric', [...args, '--data', out, '--json']);
type Initial = {
	iso3: string;
	name: string;
	due: string;
	status: string;
	submitted: string | null;
	days_late: number | null;
};

describe('initial-reports', () => {
	let rows: Initial[];
	beforeAll(() => {
		rows = json(metric('initial-reports', '--as-of', '2026-02-03')) as Initial[];
	});
	it('has exactly Sri Lanka, Namibia, the Gambia and the Philippines due in 2019 (as the ISU published)', () => {
		expect(
			rows
				.filter((r) => r.due.startsWith('2019'))
				.map((r) => r.iso3)
				.sort()
		).toEqual(['GMB', 'LKA', 'NAM', 'PHL']);
	});
	it('gives every State Party its due date by the rule, computed here independently', () => {
		const ccm = parseCsv(fs.readFileSync(path.join(ROOT, 'data/sources/accession/ccm.csv'), 'utf8'));
		const c = (n: string) => ccm.header.indexOf(n);
		const deposits = ccm.records
			.map((r) => r.cells[c('deposit_date')]!)
			.filter(Boolean)
			.sort();
		const thirtieth = deposits[29]!;
		const expected = new Map(
			ccm.records
				.filter((r) => r.cells[c('deposit_date')])
				.map((r) => {
					const dep = r.cells[c('deposit_date')]!;
					const eif = firstDayOfMonthAfter(dep <= thirtieth ? thirtieth : dep, 6);
					return [r.cells[c('iso3')]!, addDays(eif, 180)];
				})
		);
		expect(rows.length).toBe(expected.size);
		for (const r of rows) expect(r.due, r.iso3).toBe(expected.get(r.iso3));
	});
	it('shows the conflict: the Monitor dates Namibia’s report 27 days after its due date', () => {
		expect(rows.find((r) => r.iso3 === 'NAM')).toMatchObject({
			due: '2019-07-31',
			status: 'late',
			submitted: '2019-08-27',
			days_late: 27
		});
	});
	it('keeps a report without a record unknown, never "not submitted", outside a completeness declaration', () => {
		expect(rows.some((r) => r.status === 'unknown')).toBe(true);
		expect(rows.some((r) => r.status === 'not_submitted')).toBe(false);
	});
	it('answers a missing --as-of with exit 2', () => {
		expect(metric('initial-reports').code).toBe(2);
	});
	it('ends quietly when its reader stops early (piped into head)', () => {
		const r = spawnSync(
			'bash',
			['-o', 'pipefail', '-c', 'npx tsx scripts/metric.ts initial-reports --as-of 2026-02-03 | head -n 1'],
			{ cwd: ROOT, encoding: 'utf8' }
		);
		expect(r.stdout).toMatch(/^iso3: \w{3}, name: /);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
	});
});

describe('reporting --year', () => {
	it('gives the counts and the coverage of the annual reports covering a year', () => {
		const r = json(metric('reporting', '--year', '2011')) as {
			due: number;
			on_time: number;
			late: number;
			submitted_date_unknown: number;
			not_submitted: number;
			unknown: number;
			coverage: number;
		};
		expect(Object.keys(r)).toEqual([
			'year',
			'due',
			'on_time',
			'late',
			'submitted_date_unknown',
			'not_submitted',
			'unknown',
			'coverage',
			'as_of',
			'derived',
			'coverage_with_derived',
			'coverage_stated_only'
		]);
		expect(r.on_time + r.late + r.submitted_date_unknown + r.not_submitted + r.unknown).toBe(r.due);
		expect(r.coverage).toBeCloseTo((r.due - r.unknown) / r.due, 3);
		expect(r.unknown).toBeGreaterThan(0);
	});
	it('owes nothing for a year before any initial report fell due', () => {
		expect(json(metric('reporting', '--year', '2009'))).toMatchObject({ due: 0, coverage: null });
	});
});

describe('records without a covering year', () => {
	it('an annual record without its covering year is the record that counts for no report (as /transparency reads it)', async () => {
		const db = await NodeConnector.open(out);
		try {
			const rows = await db.query(
				`SELECT state, date, counts FROM a7_records WHERE report_type = 'annual' AND covering_year IS NULL`
			);
			// Guinea-Bissau's Monitor records (data/sources/article7/reports.csv) name no covering year.
			expect(rows.length).toBeGreaterThan(0);
			expect(rows.filter((r) => r.counts !== false)).toEqual([]);
		} finally {
			db.close();
		}
	});
});

describe('ingest of Article 7 records', () => {
	let line = 0;
	function ingestWith(extraRow: string) {
		const sources = fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-a7src-'));
		fs.cpSync(path.join(ROOT, 'data'), sources, { recursive: true });
		const file = path.join(sources, 'sources/article7/reports.csv');
		line = fs.readFileSync(file, 'utf8').split('\n').length; // the appended row's line
		fs.appendFileSync(file, extraRow);
		return run('ingest', ['--sources', sources, '--out', fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-a7out-'))]);
	}
	it('rejects an impossible date, naming file, line, column and value', () => {
		const r = ingestWith('Namibia,initial,,2019-02-30,received,fixture,,stated\n');
		expect(r.code).toBe(1);
		expect(r.stderr).toContain(
			`reports.csv line ${line}, column date: value "2019-02-30": expected a date written YYYY, YYYY-MM or YYYY-MM-DD`
		);
	});
	it('rejects a record of a State that never joined', () => {
		const r = ingestWith('United States of America,initial,,2019-01-01,received,fixture,,stated\n');
		expect(r.code).toBe(1);
		expect(r.stderr).toContain(
			`line ${line}, column state: value "United States of America": United States of America has deposited no instrument`
		);
	});
});
