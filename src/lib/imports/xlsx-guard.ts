/**
 * What an XLSX workbook would cost to read, measured before the spreadsheet reader touches it.
 *
 * An XLSX file is a ZIP archive, and a few megabytes of it can expand to gigabytes (a "zip bomb":
 * 30 million rows in 9.7 MB crashed the tab). The reader (read-excel-file) expands everything it
 * reads into memory, so the limits are checked here first, in three steps, each cheap:
 * 1. the sizes the archive's directory declares, summed;
 * 2. the archive actually inflated, as a stream, counting bytes, because a directory can lie;
 *    the stream stops at the first byte over a limit, so a bomb costs at most the limit;
 * 3. while inflating a worksheet, its highest row number and column letter, because the reader
 *    gives a full grid: one cell written at XFD1000000 becomes 16 billion cells.
 * It also finds rows or cells without their position (`r`), which the reader cannot place and
 * fails on with a bare TypeError, so that the user is told what is wrong in words.
 * Runs in the import worker (and in Node for tests): DecompressionStream is in both.
 */
import type { Reason } from '../schema/reason';

export interface XlsxLimits {
	/** Bytes the whole archive may expand to. */
	readonly expandedBytes: number;
	/** Rows of one worksheet (the highest row number). */
	readonly rows: number;
	/** Cells of one worksheet's grid: highest row × highest column. */
	readonly cells: number;
}

/** 100,000 rows of ten columns of text expand to about 60 MB; these leave room and stop bombs. */
export const XLSX_LIMITS: XlsxLimits = { expandedBytes: 256 * 2 ** 20, rows: 500_000, cells: 5_000_000 };

interface Entry {
	name: string;
	method: number;
	compressed: number;
	declared: number;
	localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

const mb = (bytes: number) => String(Math.ceil(bytes / 2 ** 20));

/** The archive's directory, or null when the bytes are no ZIP archive (or one cut short). */
export function zipDirectory(bytes: Uint8Array): Entry[] | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	// The end record is in the last 22 bytes, plus a comment of at most 65,535.
	let end = -1;
	for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
		if (view.getUint32(i, true) === EOCD) {
			end = i;
			break;
		}
	}
	if (end < 0) return null;
	const count = view.getUint16(end + 10, true);
	let at = view.getUint32(end + 16, true);
	const entries: Entry[] = [];
	for (let n = 0; n < count; n++) {
		if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return null;
		const nameLength = view.getUint16(at + 28, true);
		entries.push({
			method: view.getUint16(at + 10, true),
			compressed: view.getUint32(at + 20, true),
			declared: view.getUint32(at + 24, true),
			localOffset: view.getUint32(at + 42, true),
			name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength))
		});
		at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
	}
	return entries;
}

/** Where an entry's compressed bytes are, from its local header. */
function entryData(bytes: Uint8Array, e: Entry): Uint8Array | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const at = e.localOffset;
	if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) return null;
	const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
	if (start + e.compressed > bytes.length) return null;
	return bytes.subarray(start, start + e.compressed);
}

/** Highest row and column a worksheet's XML names, read chunk by chunk; and whether any position is missing. */
class SheetExtent {
	rows = 0;
	columns = 0;
	unplaced = false;
	private tail = '';
	private readonly decoder = new TextDecoder();

	add(chunk: Uint8Array) {
		// A tag may straddle two chunks: carry the last partial tag into the next one.
		const text = this.tail + this.decoder.decode(chunk, { stream: true });
		const cut = text.lastIndexOf('<');
		const whole = cut > 0 ? text.slice(0, cut) : text;
		this.tail = cut > 0 ? text.slice(cut) : '';
		this.scan(whole);
	}

	finish() {
		this.scan(this.tail);
		this.tail = '';
	}

	private scan(text: string) {
		for (const m of text.matchAll(/<(row|c)\b([^>]*)>/g)) {
			const r = /\br="([A-Z]*)(\d+)"/.exec(m[2]!);
			if (!r) {
				this.unplaced = true;
				continue;
			}
			this.rows = Math.max(this.rows, Number(r[2]));
			if (m[1] === 'c') this.columns = Math.max(this.columns, columnNumber(r[1]!));
		}
	}
}

function columnNumber(letters: string): number {
	let n = 0;
	for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
	return n;
}

const isWorksheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/.test(name);

/**
 * Null when the workbook may be read; otherwise the reason it may not, in words (a `problem.xlsx*`
 * key with the limit it broke). `limits` is a parameter so that tests can use small bombs.
 */
export async function checkXlsx(bytes: Uint8Array, limits: XlsxLimits = XLSX_LIMITS): Promise<Reason | null> {
	const entries = zipDirectory(bytes);
	if (!entries) return { key: 'problem.xlsxNotZip' };
	const tooLarge = { key: 'problem.xlsxTooLarge', params: { limit: mb(limits.expandedBytes) } } as const;
	let declared = 0;
	for (const e of entries) {
		// Sizes of 4 GB and more are written as ZIP64; no workbook within the limits needs them.
		if (e.declared === ZIP64_MARK || e.compressed === ZIP64_MARK) return tooLarge;
		declared += e.declared;
	}
	if (declared > limits.expandedBytes) return tooLarge;

	let expanded = 0;
	for (const e of entries) {
		const data = entryData(bytes, e);
		if (!data) return { key: 'problem.xlsxDamaged' };
		if (e.method !== 0 && e.method !== 8) return { key: 'problem.xlsxDamaged' };
		const extent = isWorksheet(e.name) ? new SheetExtent() : null;
		let inflated = 0;
		const source = new Blob([data as Uint8Array<ArrayBuffer>]).stream();
		const reader = (e.method === 8 ? source.pipeThrough(new DecompressionStream('deflate-raw')) : source).getReader();
		try {
			for (;;) {
				const { done, value } = await reader.read();
				if (done) break;
				expanded += value.length;
				inflated += value.length;
				if (expanded > limits.expandedBytes) {
					await reader.cancel();
					return tooLarge;
				}
				// More than the directory declared: the archive lies about its sizes (as bombs do).
				if (inflated > e.declared) {
					await reader.cancel();
					return { key: 'problem.xlsxDamaged' };
				}
				extent?.add(value);
			}
		} catch {
			return { key: 'problem.xlsxDamaged' };
		}
		if (!extent) continue;
		extent.finish();
		if (extent.unplaced) return { key: 'problem.xlsxUnplaced' };
		if (extent.rows > limits.rows) return { key: 'problem.xlsxTooManyRows', params: { limit: limits.rows } };
		if (extent.rows * extent.columns > limits.cells)
			return { key: 'problem.xlsxTooManyCells', params: { limit: limits.cells } };
	}
	return null;
}

/**
 * The reader's own failures, in words: its errors are English sentences for programmers, or a
 * bare TypeError from a part it did not expect, never something to show a diplomat.
 */
export function xlsxReadFailure(e: unknown): Reason {
	const message = e instanceof Error ? e.message : '';
	const missing = /"([^"]+)" file not found/.exec(message);
	if (missing) return { key: 'problem.xlsxMissingPart', params: { part: missing[1]! } };
	// Matched on the words, not the class: the browser bundle renames classes.
	if (/^Sheet not found/.test(message)) return { key: 'problem.xlsxNoSheet' };
	if (/look like an `\.xlsx` file|^No data|unzip/i.test(message)) return { key: 'problem.xlsxNotZip' };
	return { key: 'problem.xlsxDamaged' };
}
