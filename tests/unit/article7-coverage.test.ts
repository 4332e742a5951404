// Coverage declarations: the canonical coverage.csv and a declaration the ISU imports in the browser
// go through one schema; a covering year or a range of years, each year becoming one declaration.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import { runParseJob } from '../../src/lib/imports/parse-job';
import { COVERAGE_COLUMNS, coverageDeclarations, coverageRowSchema } from '../../src/lib/schema/article7';
import { collectTable, formatProblem } from '../../src/lib/validate';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIX = path.join(ROOT, 'tests/fixtures/article7');

const table = (text: string) => collectTable(parseCsv(text), COVERAGE_COLUMNS, coverageRowSchema, 'c.csv');
const HEAD = 'report_type,covering_year,complete,as_of,source\n';

describe('coverage declarations', () => {
	it('reads the shipped coverage.csv unchanged: one year, one declaration', () => {
		const v = table(fs.readFileSync(path.join(ROOT, 'data/sources/article7/coverage.csv'), 'utf8'));
		expect(v.problems).toEqual([]);
		expect(coverageDeclarations(v.rows, null)).toEqual([
			expect.objectContaining({
				report_type: 'initial',
				covering_year: 2019,
				complete: true,
				as_of: '2019-12-12',
				imported_from: null
			})
		]);
	});

	it('expands a range of covering years into one declaration per year, with its source', () => {
		const v = table(`${HEAD}annual,2015-2017,true,2021-06-01,ISU\nannual,2019 – 2019,true,2021-06-01,ISU\n`);
		expect(v.problems).toEqual([]);
		const d = coverageDeclarations(v.rows, 'x.csv');
		expect(d.map((r) => r.covering_year)).toEqual([2015, 2016, 2017, 2019]);
		expect(d.every((r) => r.source === 'ISU' && r.imported_from === 'x.csv' && r.complete)).toBe(true);
	});

	it('refuses a partial date, a reversed range and a year before the Convention, by row and column', () => {
		const v = table(
			`${HEAD}annual,2019-12,true,2021-06-01,ISU\nannual,2020-2018,true,2021-06-01,ISU\nannual,2007,true,2021-06-01,ISU\n`
		);
		expect(v.problems.map(formatProblem)).toEqual([
			expect.stringContaining(
				'c.csv line 2, column covering_year: value "2019-12": expected a year such as 2019 or a range such as 2015-2019'
			),
			expect.stringContaining('c.csv line 3, column covering_year: value "2020-2018"'),
			expect.stringContaining('c.csv line 4, column covering_year: value "2007"')
		]);
	});

	it('recognises a declaration file dropped on the record import by its header', async () => {
		const file = new File([fs.readFileSync(path.join(FIX, 'fixture-isu-coverage.csv'))], 'fixture-isu-coverage.csv');
		const r = await runParseJob({ task: 'article7', file, states: [], parties: [] });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.kind).toBe('coverage');
		expect(r.rows).toEqual([
			{
				report_type: 'annual',
				covering_year: 2018,
				complete: true,
				as_of: '2021-06-01',
				source: 'FIXTURE: made-up declaration for tests',
				imported_from: 'fixture-isu-coverage.csv'
			},
			{
				report_type: 'annual',
				covering_year: 2019,
				complete: true,
				as_of: '2021-06-01',
				source: 'FIXTURE: made-up declaration for tests',
				imported_from: 'fixture-isu-coverage.csv'
			}
		]);
	});
});
