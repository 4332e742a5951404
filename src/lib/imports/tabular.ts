/**
 * A file a user drops onto a page, as a table of text cells with spreadsheet row numbers: CSV
 * (UTF-8 with or without BOM, UTF-16 with BOM or Windows-1252, decoded as the commands decode
 * them) or the first sheet of an XLSX workbook. Runs in the import worker (parse.worker.ts);
 * everything stays in the browser; nothing is uploaded.
 */
import { CsvError, parseCsv, type CsvTable } from '../csv';
import { csvProblem, DataError, problem } from '../validate';
import type { Reason } from '../schema/reason';
import { decodeText, type TextEncoding } from '../text-decode';
import { checkXlsx, XLSX_LIMITS, xlsxReadFailure, type XlsxLimits } from './xlsx-guard';

type Cell = string | number | boolean | Date | null | undefined;

/** Spreadsheet rows -> text table; dates become YYYY-MM-DD, whole numbers lose any ".0". */
export function sheetToTable(rows: readonly (readonly Cell[])[]): CsvTable {
	const text = (c: Cell) =>
		c === null || c === undefined ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c).trim();
	const [head, ...rest] = rows;
	if (!head) return { header: [], records: [] };
	const header = head.map(text);
	const records = rest
		.map((r, i) => ({ line: i + 2, cells: header.map((_, j) => text(r[j])) }))
		.filter((r) => r.cells.some((c) => c !== ''));
	return { header, records };
}

/** A problem with the whole file (no line or column). */
const fileProblem = (file: string, reason: Reason) => new DataError([problem({ file, line: 0, column: 0 }, reason)]);

/**
 * The table, and the encoding a CSV file was read in (null for XLSX). CSV syntax errors, and
 * workbooks too large or damaged to read, become DataErrors saying why in words.
 */
export async function readTabularFile(
	file: File,
	limits: XlsxLimits = XLSX_LIMITS
): Promise<{ table: CsvTable; encoding: TextEncoding | null }> {
	if (/\.xlsx$/i.test(file.name)) {
		const refusal = await checkXlsx(new Uint8Array(await file.arrayBuffer()), limits);
		if (refusal) throw fileProblem(file.name, refusal);
		const { readSheet } = await import('read-excel-file/web-worker');
		let rows: Cell[][];
		try {
			rows = (await readSheet(file)) as Cell[][];
		} catch (e) {
			throw fileProblem(file.name, xlsxReadFailure(e));
		}
		return { table: sheetToTable(rows), encoding: null };
	}
	const { text, encoding } = decodeText(new Uint8Array(await file.arrayBuffer()), file.name);
	try {
		return { table: parseCsv(text), encoding };
	} catch (e) {
		if (e instanceof CsvError) throw new DataError([csvProblem(e, file.name)]);
		throw e;
	}
}
