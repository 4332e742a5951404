/**
 * A small RFC 4180 CSV reader and writer shared by ingest, importers and the browser.
 * Hand-written (not d3.csvParse) because the browser runs under a CSP without 'unsafe-eval',
 * because every error must name the line and column a user can find in a spreadsheet, and
 * because the UN voting file (hundreds of MB) must be read as a stream, never held whole.
 */
import type { Reason } from './domain/problems';
import { english } from './i18n/reason-text';

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
	/** The message as a key, for other languages (./schema/reason.ts). */
	declare readonly reason?: Reason;

	constructor(
		message: string,
		readonly line: number,
		readonly column: number,
		reason?: Reason
	) {
		super(message);
		// Not enumerable: a CsvError still equals one built from its English message, line and column.
		Object.defineProperty(this, 'reason', { value: reason, enumerable: false });
	}
}

const csvError = (reason: Reason, line: number, column: number) => new CsvError(english(reason), line, column, reason);

/**
 * Push text in chunks of any size; complete records come out as soon as they end. Quotes,
 * doubled quotes and line breaks inside quotes may straddle chunk boundaries.
 */
export class CsvStreamParser {
	private cells: string[] = [];
	private cell = '';
	private quoted = false;
	private afterQuote = false;
	private started = false;
	private pendingCR = false;
	private line = 1;
	private recordLine = 1;
	private quoteLine = 0;
	private first = true;

	push(chunk: string, emit: (r: CsvRecord) => void): void {
		let i = 0;
		if (this.first && chunk.length > 0) {
			this.first = false;
			if (chunk.charCodeAt(0) === 0xfeff) i = 1;
		}
		const n = chunk.length;
		while (i < n) {
			const ch = chunk[i]!;
			if (this.pendingCR) {
				this.pendingCR = false;
				if (ch === '\n') {
					i++;
					continue;
				}
			}
			if (this.quoted) {
				// Fast path: copy up to the next quote or line break in one slice.
				let j = i;
				while (j < n && chunk[j] !== '"' && chunk[j] !== '\n') j++;
				if (j > i) {
					this.cell += chunk.slice(i, j);
					i = j;
					continue;
				}
				if (ch === '\n') {
					this.line++;
					this.cell += ch;
					i++;
					continue;
				}
				// A quote: either a doubled quote or the closing one; the next character decides.
				if (i + 1 >= n) {
					this.quoted = false;
					this.afterQuote = true;
					i++;
					continue;
				}
				if (chunk[i + 1] === '"') {
					this.cell += '"';
					i += 2;
					continue;
				}
				this.quoted = false;
				this.afterQuote = true;
				i++;
				continue;
			}
			if (this.afterQuote) {
				this.afterQuote = false;
				if (ch === '"') {
					// The quote that ended the previous chunk was the first of a doubled pair.
					this.cell += '"';
					this.quoted = true;
					i++;
					continue;
				}
				if (ch !== ',' && ch !== '\n' && ch !== '\r')
					throw csvError(
						{ key: 'problem.afterQuote', params: { char: JSON.stringify(ch) } },
						this.line,
						this.cells.length + 1
					);
			}
			if (ch === '"' && this.cell === '' && !this.started) {
				this.quoted = true;
				this.started = true;
				this.quoteLine = this.line;
				i++;
				continue;
			}
			if (ch === ',') {
				this.endCell();
				i++;
				continue;
			}
			if (ch === '\n' || ch === '\r') {
				this.endRecord(emit);
				if (ch === '\r') this.pendingCR = true;
				this.line++;
				this.recordLine = this.line;
				i++;
				continue;
			}
			let j = i;
			while (j < n && chunk[j] !== ',' && chunk[j] !== '\n' && chunk[j] !== '\r' && chunk[j] !== '"') j++;
			if (j > i) {
				this.cell += chunk.slice(i, j);
				this.started = true;
				i = j;
			} else {
				this.cell += ch;
				this.started = true;
				i++;
			}
		}
	}

	/** Call once after the last chunk. */
	end(emit: (r: CsvRecord) => void): void {
		if (this.quoted) throw csvError({ key: 'problem.unclosedQuote' }, this.quoteLine, this.cells.length + 1);
		this.afterQuote = false;
		if (this.cell !== '' || this.cells.length > 0 || this.started) this.endRecord(emit);
	}

	private endCell() {
		this.cells.push(this.cell);
		this.cell = '';
		this.started = false;
	}

	private endRecord(emit: (r: CsvRecord) => void) {
		this.endCell();
		const cells = this.cells;
		this.cells = [];
		// A blank line is no record.
		if (!(cells.length === 1 && cells[0] === '')) emit({ line: this.recordLine, cells });
	}
}

/** Checks that every record has as many fields as the header. */
export function checkWidth(header: readonly string[], r: CsvRecord): void {
	if (r.cells.length !== header.length)
		throw csvError(
			{ key: 'problem.fieldCount', params: { expected: header.length, found: r.cells.length } },
			r.line,
			Math.min(r.cells.length, header.length) + 1
		);
}

/** Parses CSV text held in memory (a leading BOM is dropped; CRLF and LF both end records). */
export function parseCsv(text: string): CsvTable {
	const rows: CsvRecord[] = [];
	const parser = new CsvStreamParser();
	const emit = (r: CsvRecord) => rows.push(r);
	parser.push(text, emit);
	parser.end(emit);
	const [head, ...records] = rows;
	if (!head) throw csvError({ key: 'problem.emptyFile' }, 1, 1);
	const header = head.cells.map((h) => h.trim());
	for (const r of records) checkWidth(header, r);
	return { header, records };
}

function quoteCell(value: unknown): string {
	if (value === null || value === undefined) return '';
	const s = String(value);
	return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replaceAll('"', '""')}"` : s;
}

/** One CSV line (without its line end). */
export function csvLine(cells: readonly unknown[]): string {
	return cells.map(quoteCell).join(',');
}

/** Writes rows as CSV with a header, LF line ends, quoting only where needed. */
export function toCsv<T extends object>(columns: readonly (keyof T & string)[], rows: readonly T[]): string {
	const lines = [columns.join(',')];
	for (const row of rows) lines.push(csvLine(columns.map((c) => row[c])));
	return lines.join('\n') + '\n';
}
