// The Article 7 annual-report additions on the real files: what entered the record with which
// basis, the derivation rules left out checked against the stated records, the coverage with and
// without derived records, which record counts when several say the same, and bad input.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import { loadTransparency, statusesOn, type TransparencyData } from '../../src/lib/controllers/transparency';
import { NodeConnector } from '../../src/lib/server/node-connector';
import { okJson, ROOT, run } from './cli';

const DIR = path.join(ROOT, 'data/sources/article7');
const COMPILED = [path.join(DIR, 'compiled/reports.csv'), path.join(DIR, 'compiled/annual_reports_additions.csv')];
const DATA_DATE = '2026-02-03';

function rowsOf(file: string): Record<string, string>[] {
	const t = parseCsv(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
	return t.records.map((r) => Object.fromEntries(t.header.map((h, i) => [h, r.cells[i] ?? ''])));
}
const count = <T>(xs: readonly T[], key: (x: T) => string) => {
	const m: Record<string, number> = {};
	for (const x of xs) m[key(x)] = (m[key(x)] ?? 0) + 1;
	return m;
};

let out: string;
let data: TransparencyData;
beforeAll(async () => {
	out = fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-a7add-'));
	expect(run('ingest', ['--out', out]).code).toBe(0);
	const db = await NodeConnector.open(out);
	data = await loadTransparency(db);
	db.close();
});
const reporting = (year: number, asOf = DATA_DATE) =>
	okJson(run('metric', ['reporting', '--year', String(year), '--as-of', asOf, '--data', out, '--json'])) as Record<
		string,
		number
	>;

describe('the record and its bases', () => {
	it('holds 310 stated records, 164 derived from the Monitor and 4 statements of no report', () => {
		expect(count(rowsOf(path.join(DIR, 'reports.csv')), (r) => r.basis!)).toEqual({
			stated: 310,
			derived_monitor_ever_since: 164,
			stated_none_as_of: 4
		});
	});

	it('is what import:article7 writes from the two compilations, and it says what it left out', () => {
		const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-a7imp-')), 'reports.csv');
		const r = run('import-article7', [...COMPILED, '--out', tmp]);
		expect(r.code, r.stderr).toBe(0);
		expect(r.stdout).toBe('');
		expect(fs.readFileSync(tmp, 'utf8')).toBe(fs.readFileSync(path.join(DIR, 'reports.csv'), 'utf8'));
		expect(r.stderr).toContain('wrote 478 records');
		expect(r.stderr).toContain('33 repeats of a record already written');
		expect(r.stderr).toMatch(
			/159 derived_cy_from_submission_year, 88 derived_due_before_late_initial_report, 120 derived_no_initial_report_as_of/
		);
	});
});

describe('the derivation rules left out, against the stated records', () => {
	const additions = rowsOf(COMPILED[1]!);
	const stated = additions.filter((r) => r.basis === 'stated');
	const statedYears = new Map(stated.map((r) => [`${r.iso3}|${r.covering_year}`, r]));

	it('"covering year = submission year - 1" holds on 22 of 22 dated stated records and 9 of 9 State-years', () => {
		const dated = stated.filter((r) => r.submitted_date);
		const agree = dated.filter((r) => Number(r.submitted_date!.slice(0, 4)) - 1 === Number(r.covering_year));
		expect([agree.length, dated.length]).toEqual([22, 22]);
		const derived = additions.filter((r) => r.basis === 'derived_cy_from_submission_year');
		const both = derived.filter((r) => statedYears.has(`${r.iso3}|${r.covering_year}`));
		expect([both.filter((r) => r.submitted === 'yes').length, both.length]).toEqual([9, 9]);
	});

	it('"none due before a late initial report" cannot be checked: no stated record of the same State and year', () => {
		const derived = additions.filter((r) => r.basis === 'derived_due_before_late_initial_report');
		expect(derived.length).toBe(88);
		expect(derived.filter((r) => statedYears.has(`${r.iso3}|${r.covering_year}`)).length).toBe(0);
	});
});

describe('coverage with and without derived records (hand count on reports.csv: see the README)', () => {
	// Hand count: distinct States with an annual record of the year, stated only / stated or derived.
	it.each([
		[2011, 50, 7, 17, 10],
		[2012, 67, 5, 24, 19],
		[2016, 98, 3, 13, 10],
		[2019, 106, 4, 8, 4]
	])('%i: of %i due, %i known on stated records, %i with derived (%i derived)', (year, due, stated, all, derived) => {
		const r = reporting(year);
		expect(r.due).toBe(due);
		expect(r.derived).toBe(derived);
		expect(r.due! - r.unknown!).toBe(all);
		expect(r.coverage_with_derived).toBe(Math.round((all / due) * 1000) / 1000);
		expect(r.coverage).toBe(r.coverage_with_derived);
		expect(r.coverage_stated_only).toBe(Math.round((stated / due) * 1000) / 1000);
	});
});

describe('several records of one report', () => {
	it("counts Afghanistan's 2012 report once, on its stated record, not on the three derived ones", () => {
		const afg = statusesOn(data, DATA_DATE, DATA_DATE).find((r) => r.iso3 === 'AFG' && r.covering_year === 2012)!;
		expect(afg).toMatchObject({ records: 4, derived: false, status: 'late', daysLate: 19, submitted: '2013-05-19' });
		expect(afg.record?.basis).toBe('stated');
	});

	it('never counts a report twice: one status per report owed, derived or not', () => {
		const reports = statusesOn(data, DATA_DATE, DATA_DATE).filter((r) => r.report_type === 'annual');
		expect(new Set(reports.map((r) => `${r.iso3}|${r.covering_year}`)).size).toBe(reports.length);
	});
});

describe('a statement that no report was made', () => {
	it("makes South Africa's 2017 report not submitted up to 1 August 2020, unknown after", () => {
		const zaf = (asOf: string) =>
			statusesOn(data, asOf, DATA_DATE).find((r) => r.iso3 === 'ZAF' && r.covering_year === 2017)!.status;
		expect(zaf('2019-08-10')).toBe('not_submitted');
		expect(zaf('2020-08-01')).toBe('not_submitted');
		expect(zaf('2020-08-02')).toBe('unknown');
		expect(reporting(2017, '2019-08-10').not_submitted).toBe(1);
	});
});

describe('bad input', () => {
	it('import:article7 names file, line, column, value and what was expected, and keeps the previous output', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-a7bad-'));
		const bad = path.join(dir, 'fixture-bad-additions.csv');
		fs.writeFileSync(
			bad,
			'state,iso3,covering_year,submitted,submitted_date,source,quote,basis,as_of,derivation\n' +
				'Afghanistan,AFG,2012,yes,,https://example.org/a,q,guessed,,\n' +
				'Afghanistan,AFG,,no,,https://example.org/a,q,stated_none_as_of,,\n'
		);
		const outFile = path.join(dir, 'out.csv');
		fs.writeFileSync(outFile, 'previous\n');
		const r = run('import-article7', [COMPILED[0]!, bad, '--out', outFile]);
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(
			/fixture-bad-additions\.csv line 2, column basis: value "guessed": expected stated, derived_monitor_ever_since/
		);
		expect(r.stderr).toMatch(
			/fixture-bad-additions\.csv line 3, column covering_year: value "": expected an annual report/
		);
		expect(r.stderr).toMatch(/fixture-bad-additions\.csv line 3, column date: value "": expected the date/);
		expect(fs.readFileSync(outFile, 'utf8')).toBe('previous\n');
	});

	it('ingest refuses a basis it does not know, naming the cell, and leaves the previous output as it was', () => {
		const src = fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-a7src-'));
		fs.cpSync(path.join(ROOT, 'data'), src, { recursive: true });
		const file = path.join(src, 'sources/article7/reports.csv');
		const lines = fs.readFileSync(file, 'utf8').split('\n');
		lines[2] = lines[2]!.replace(/,stated$/, ',guessed');
		fs.writeFileSync(file, lines.join('\n'));
		const before = fs.readFileSync(path.join(out, 'manifest.json'), 'utf8');
		const r = run('ingest', ['--sources', src, '--out', out]);
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(
			/reports\.csv line 3, column basis: value "guessed": expected stated, derived_monitor_ever_since or stated_none_as_of/
		);
		expect(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')).toBe(before);
	});
});
