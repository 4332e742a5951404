// Workbooks too large or too damaged to read are refused before the spreadsheet reader expands
// them, with a reason in words (issue 19: a 9.7 MB XLSX expanding to 2.4 GB crashed the tab; two
// broken ones said "Cannot read properties of undefined (reading 'length')").
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkXlsx, XLSX_LIMITS, zipDirectory } from '../../src/lib/imports/xlsx-guard';
import { readTabularFile } from '../../src/lib/imports/tabular';
import { DataError, formatProblem } from '../../src/lib/validate';
import { makeXlsx } from '../fixtures/make-xlsx';

const good = makeXlsx([
	['state', 'report_type'],
	['Namibia', 'annual']
]);
const parts = unzipSync(good);
const withSheet = (sheetData: string) =>
	zipSync({
		...parts,
		'xl/worksheets/sheet1.xml': strToU8(
			`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>`
		)
	});
const row = (n: number) => `<row r="${n}"><c r="A${n}" t="inlineStr"><is><t>x</t></is></c></row>`;
const SMALL = { expandedBytes: 2 ** 20, rows: 1000, cells: 10_000 };

/** Rewrites every size the archive's directory declares (a bomb's lie). */
function declareSizes(zip: Uint8Array, size: number): Uint8Array {
	const out = zip.slice();
	const view = new DataView(out.buffer);
	for (let i = 0; i + 4 <= out.length; i++)
		if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
	return out;
}

const refusal = async (bytes: Uint8Array, name = 'fixture-broken.xlsx') => {
	try {
		await readTabularFile(new File([bytes as Uint8Array<ArrayBuffer>], name));
	} catch (e) {
		if (e instanceof DataError) return e.problems.map(formatProblem);
		throw e;
	}
	return null;
};

describe('checkXlsx', () => {
	it('lets an ordinary workbook through and lists its parts', async () => {
		expect(await checkXlsx(good)).toBeNull();
		expect(zipDirectory(good)?.map((e) => e.name)).toContain('xl/worksheets/sheet1.xml');
	});

	it('refuses bytes that are no ZIP archive, or one cut short', async () => {
		expect(await checkXlsx(strToU8('state,report_type\nNamibia,annual\n'))).toEqual({ key: 'problem.xlsxNotZip' });
		expect(await checkXlsx(good.slice(0, good.length - 30))).toEqual({ key: 'problem.xlsxNotZip' });
	});

	it('refuses a workbook whose directory declares more than the limit, before inflating anything', async () => {
		const bomb = declareSizes(good, 300 * 2 ** 20);
		const t = performance.now();
		expect(await checkXlsx(bomb)).toEqual({ key: 'problem.xlsxTooLarge', params: { limit: '256' } });
		expect(performance.now() - t).toBeLessThan(1000);
	});

	it('refuses a bomb that expands past the limit, even when its directory is honest', async () => {
		const bomb = withSheet(Array.from({ length: 40_000 }, (_, i) => row(i + 1)).join(''));
		expect(bomb.length).toBeLessThan(200_000);
		expect(await checkXlsx(bomb, SMALL)).toEqual({ key: 'problem.xlsxTooLarge', params: { limit: '1' } });
	});

	it('refuses a bomb whose directory lies about its sizes, at the first byte past the lie', async () => {
		const bomb = declareSizes(withSheet(Array.from({ length: 40_000 }, (_, i) => row(i + 1)).join('')), 100);
		expect(await checkXlsx(bomb, SMALL)).toEqual({ key: 'problem.xlsxDamaged' });
	});

	it('refuses a sheet whose highest row or column makes a grid over the limits', async () => {
		expect(await checkXlsx(withSheet(row(600_000)))).toEqual({
			key: 'problem.xlsxTooManyRows',
			params: { limit: XLSX_LIMITS.rows }
		});
		// One cell at XFD1000 is a grid of 1,000 × 16,384 cells in the reader's answer.
		expect(await checkXlsx(withSheet('<row r="1000"><c r="XFD1000"><v>1</v></c></row>'))).toEqual({
			key: 'problem.xlsxTooManyCells',
			params: { limit: XLSX_LIMITS.cells }
		});
	});

	it('finds rows and cells without their position, even when a tag straddles two chunks', async () => {
		const padding = Array.from({ length: 5000 }, (_, i) => row(i + 1)).join('');
		expect(await checkXlsx(withSheet(`${padding}<row><c><v>5</v></c></row>`))).toEqual({ key: 'problem.xlsxUnplaced' });
	});
});

describe('readTabularFile on broken workbooks', () => {
	const cases: [string, Uint8Array, RegExp][] = [
		['not a ZIP', strToU8('hello'), /not an XLSX workbook/],
		['rows without r', withSheet('<row><c><v>5</v></c></row>'), /do not say where they are/],
		['no worksheet part', zipSync({ ...parts, 'xl/worksheets/sheet1.xml': undefined as never }), /damaged|incomplete/],
		[
			'no workbook part',
			zipSync(Object.fromEntries(Object.entries(parts).filter(([k]) => k !== 'xl/workbook.xml'))),
			/part xl\/workbook\.xml is missing/
		],
		[
			'relationships emptied',
			zipSync({ ...parts, 'xl/_rels/workbook.xml.rels': strToU8('<Relationships/>') }),
			/damaged XLSX workbook/
		],
		['a bomb', declareSizes(good, 300 * 2 ** 20), /more than 256 MB/]
	];
	it.each(cases)(
		'%s: says what is wrong with the file in words, naming it, with no line 0',
		async (_, bytes, words) => {
			const lines = await refusal(bytes);
			expect(lines).toHaveLength(1);
			expect(lines![0]).toMatch(/^fixture-broken\.xlsx: /);
			expect(lines![0]).toMatch(words);
			expect(lines![0]).not.toMatch(/line 0|Cannot read|undefined|is not a function/);
		}
	);

	it('still reads a good workbook', async () => {
		expect(await refusal(good)).toBeNull();
	});
});
