// Files dropped in the browser: spreadsheet rows become the same text table a CSV gives, and an
// XLSX workbook is read by the maintained reader (read-excel-file) into it.
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { sheetToTable } from '../../src/lib/imports/tabular';
import { makeXlsx } from '../fixtures/make-xlsx';

describe('sheetToTable', () => {
	it('turns cells into text with spreadsheet row numbers, dates as days, skipping empty rows', () => {
		const t = sheetToTable([
			['state', 'covering_year', 'date'],
			['Namibia', 2019, new Date(Date.UTC(2020, 3, 20))],
			[null, null, null],
			['Iceland', '2019', '2020-04']
		]);
		expect(t.header).toEqual(['state', 'covering_year', 'date']);
		expect(t.records).toEqual([
			{ line: 2, cells: ['Namibia', '2019', '2020-04-20'] },
			{ line: 4, cells: ['Iceland', '2019', '2020-04'] }
		]);
	});
	it('reads a generated XLSX fixture through read-excel-file', async () => {
		const xlsx = makeXlsx([
			['state', 'report_type'],
			["Côte d'Ivoire", 'annual']
		]);
		const rows = await readSheet(Buffer.from(xlsx));
		expect(sheetToTable(rows as never).records).toEqual([{ line: 2, cells: ["Côte d'Ivoire", 'annual'] }]);
	});
});
