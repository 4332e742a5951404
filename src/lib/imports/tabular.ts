/**
 * A file a user drops onto a page, as a table of text cells with spreadsheet row numbers: CSV
 * (UTF-8, with or without BOM) or the first sheet of an XLSX workbook. Everything stays in the
 * browser; nothing is uploaded.
 */
import { parseCsv, type CsvTable } from '../csv';

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

export async function readTabularFile(file: File): Promise<CsvTable> {
	if (/\.xlsx$/i.test(file.name)) {
		const { readSheet } = await import('read-excel-file/browser');
		return sheetToTable((await readSheet(file)) as Cell[][]);
	}
	return parseCsv(await file.text());
}
