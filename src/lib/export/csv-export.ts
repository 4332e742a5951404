/**
 * The CSV behind a chart, as the user sees it, for Excel users first: UTF-8 with a byte-order
 * mark (without it Excel reads "Côte d'Ivoire" as mojibake), CRLF line ends, and every row carrying
 * its source and as-of date so a pasted extract still says where it came from.
 *
 * Text that a spreadsheet would run as a formula (= + - @, tab, carriage return at the start) is
 * prefixed with an apostrophe, the OWASP advice for CSV injection; numbers stay numbers, negative
 * ones included, because a user sums them.
 */
import { csvLine } from '../csv';

export interface ExportColumn {
	key: string;
	label: string;
	/** What the column holds, for the metadata file beside the CSV (metadata.ts). */
	definition?: string;
}

export type ExportCell = string | number | boolean | null | undefined;
export type ExportRow = Record<string, ExportCell>;

/** The data behind a chart: its columns (labels in the UI language) and rows as currently shown. */
export interface ChartData {
	columns: readonly ExportColumn[];
	rows: readonly ExportRow[];
}

const NUMBER = /^-?(\d+(\.\d+)?|\.\d+)(e[+-]?\d+)?$/i;
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell made safe for a spreadsheet: numbers pass, formula-like text is quoted away. */
export function neutralise(cell: ExportCell): string | number | null {
	if (cell === null || cell === undefined) return null;
	if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
	if (typeof cell === 'boolean') return cell ? 'true' : 'false';
	if (NUMBER.test(cell)) return cell;
	return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export interface CsvMeta {
	/** Header of the two columns added to every row, in the UI language. */
	sourceLabel: string;
	asOfLabel: string;
	source: string;
	asOf: string;
}

/** The whole file: BOM, header row, one line per row, CRLF (what Excel writes itself). */
export function chartCsv(data: ChartData, meta: CsvMeta): string {
	const header = [...data.columns.map((c) => neutralise(c.label)), meta.sourceLabel, meta.asOfLabel];
	const lines = [csvLine(header)];
	for (const row of data.rows) {
		lines.push(csvLine([...data.columns.map((c) => neutralise(row[c.key])), neutralise(meta.source), meta.asOf]));
	}
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
