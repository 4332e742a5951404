/**
 * A small RFC 4180 CSV reader and writer shared by ingest, importers and the browser.
 * Hand-written (not d3.csvParse) because the browser runs under a CSP without 'unsafe-eval',
 * and because every error must name the line and column a user can find in a spreadsheet.
 */

export interface CsvRecord {
	/** 1-based line on which the record starts (the header is line 1). */
	line: number;
	cells: string[];
}

export interface CsvTable {
	header: string[];
	records: CsvRecord[];
}

export class CsvError extends Error {
	constructor(
		message: string,
		readonly line: number,
		readonly column: number
	) {
		super(message);
	}
}

/** Parses CSV text (a leading BOM is dropped; CRLF and LF both end records). */
export function parseCsv(text: string): CsvTable {
	const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const rows: CsvRecord[] = [];
	let cells: string[] = [];
	let cell = '';
	let line = 1;
	let recordLine = 1;
	let i = 0;
	let quoted = false;
	let quoteLine = 0;
	let cellStartedQuoted = false;
	const endCell = () => {
		cells.push(cell);
		cell = '';
		cellStartedQuoted = false;
	};
	const endRecord = () => {
		endCell();
		// A blank line is no record.
		if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: recordLine, cells });
		cells = [];
	};
	while (i < src.length) {
		const ch = src[i];
		if (quoted) {
			if (ch === '"') {
				if (src[i + 1] === '"') {
					cell += '"';
					i += 2;
					continue;
				}
				quoted = false;
				i++;
				const next = src[i];
				if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
					throw new CsvError(
						`unexpected character ${JSON.stringify(next)} after a closing quote`,
						line,
						cells.length + 1
					);
				}
				continue;
			}
			if (ch === '\n') line++;
			cell += ch;
			i++;
			continue;
		}
		if (ch === '"' && cell === '' && !cellStartedQuoted) {
			quoted = true;
			cellStartedQuoted = true;
			quoteLine = line;
			i++;
			continue;
		}
		if (ch === ',') {
			endCell();
			i++;
			continue;
		}
		if (ch === '\r' || ch === '\n') {
			endRecord();
			i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
			line++;
			recordLine = line;
			continue;
		}
		cell += ch;
		i++;
	}
	if (quoted) throw new CsvError('a quoted field is never closed', quoteLine, cells.length + 1);
	if (cell !== '' || cells.length > 0) endRecord();
	const [head, ...records] = rows;
	if (!head) throw new CsvError('the file is empty (no header line)', 1, 1);
	const header = head.cells.map((h) => h.trim());
	for (const r of records) {
		if (r.cells.length !== header.length) {
			throw new CsvError(
				`expected ${header.length} fields as in the header, found ${r.cells.length}`,
				r.line,
				Math.min(r.cells.length, header.length) + 1
			);
		}
	}
	return { header, records };
}

function quoteCell(value: unknown): string {
	if (value === null || value === undefined) return '';
	const s = String(value);
	return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Writes rows as CSV with a header, LF line ends, quoting only where needed. */
export function toCsv<T extends object>(columns: readonly (keyof T & string)[], rows: readonly T[]): string {
	const lines = [columns.join(',')];
	for (const row of rows) lines.push(columns.map((c) => quoteCell(row[c])).join(','));
	return lines.join('\n') + '\n';
}
