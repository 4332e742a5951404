/**
 * Bytes of a text file -> text, in the encodings spreadsheet programs write: UTF-8 (with or
 * without BOM), UTF-16 "Unicode text" (with BOM) and Windows-1252 ("CSV" from older Excel).
 * One function for the commands and the browser import, so a file reads the same in both.
 * Anything else (random bytes, a binary file, a UTF-16 file without BOM) is refused with the
 * line and column of the first character that is not text, instead of being read as garbage.
 */
import { DataError, problem } from './validate';

export type TextEncoding = 'UTF-8' | 'UTF-8 with BOM' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

export interface DecodedText {
	text: string;
	encoding: TextEncoding;
	/** Set for every encoding but plain UTF-8: what a user should know about how the file was read. */
	notice: string | null;
}

/** The WHATWG label TextDecoder takes for each encoding. */
export const DECODER_LABEL: Record<TextEncoding, string> = {
	'UTF-8': 'utf-8',
	'UTF-8 with BOM': 'utf-8',
	'UTF-16LE': 'utf-16le',
	'UTF-16BE': 'utf-16be',
	'Windows-1252': 'windows-1252' // only a label: see decodeWindows1252
};

/** The encoding a byte-order mark announces, or null without one. */
export function encodingFromBom(head: Uint8Array): TextEncoding | null {
	if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'UTF-8 with BOM';
	if (head[0] === 0xff && head[1] === 0xfe) return 'UTF-16LE';
	if (head[0] === 0xfe && head[1] === 0xff) return 'UTF-16BE';
	return null;
}

export function encodingNotice(file: string, encoding: TextEncoding): string | null {
	return encoding === 'UTF-8' ? null : `${file}: read as ${encoding}`;
}

// C0 controls other than tab, line feed, form feed and carriage return; C1 controls (what
// Windows-1252 leaves undefined decodes to these); U+FFFE/U+FFFF. None occurs in a text file.
// eslint-disable-next-line no-control-regex
const NOT_TEXT = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffe\uffff]/;

/** Line and column (1-based) of offset `at` in `text`. */
function position(text: string, at: number): { line: number; column: number } {
	let line = 1;
	let start = 0;
	for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
		line++;
		start = i + 1;
	}
	return { line, column: at - start + 1 };
}

/** The first character that no text file holds, as a problem naming where it is; null if none. */
export function findNonText(text: string, file: string, lineOffset = 0) {
	const m = NOT_TEXT.exec(text);
	if (!m) return null;
	const { line, column } = position(text, m.index);
	const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
	return problem({ file, line: line + lineOffset, column }, { key: 'problem.controlCharacter', params: { code } });
}

// Windows-1252's 0x80-0x9F (the five bytes it leaves undefined stay C1 controls, as in the WHATWG
// table). Decoded here, not with TextDecoder: Node 20's 'windows-1252' decoder is ISO-8859-1.
const CP1252_HIGH = [
	0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
	0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
	0x0153, 0x009d, 0x017e, 0x0178
];

export function decodeWindows1252(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 8192) {
		const codes = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b));
		out += String.fromCharCode(...codes);
	}
	return out;
}

/**
 * A pass over bytes (in chunks) that finds the first byte that is not UTF-8 and counts valid
 * multi-byte UTF-8 sequences against bytes that are not UTF-8. A file with at least as many of the
 * first as of the second is UTF-8 with stray bytes of another encoding (rows pasted from an older
 * file): reading it as Windows-1252 would turn every accent of the UTF-8 part into two wrong
 * letters ("CÃ´te dâ€™Ivoire"), so it is refused instead. (A Windows-1252 file almost never holds a
 * valid UTF-8 sequence; random bytes hold far more invalid bytes than valid sequences.)
 */
export class Utf8Scan {
	/** Offset of the first byte that is not UTF-8; -1 while none is found. */
	firstInvalid = -1;
	/** Valid multi-byte sequences (an accent, a typographic quote) and bytes that are not UTF-8. */
	sequences = 0;
	invalids = 0;
	/** Line breaks before the first invalid byte, and the offset its line starts at. */
	lines = 0;
	lineStart = 0;
	private offset = 0;
	private need = 0;
	private lo = 0x80;
	private hi = 0xbf;
	private leadAt = 0;

	push(bytes: Uint8Array) {
		for (let i = 0; i < bytes.length; i++) {
			const b = bytes[i]!;
			const at = this.offset + i;
			if (this.need > 0) {
				if (b >= this.lo && b <= this.hi) {
					this.lo = 0x80;
					this.hi = 0xbf;
					if (--this.need === 0) this.sequences++;
					continue;
				}
				// The sequence broke off: its lead byte is the one that is not UTF-8; this byte starts afresh.
				this.invalid(this.leadAt);
			}
			if (b < 0x80) {
				if (b === 0x0a && this.firstInvalid < 0) {
					this.lines++;
					this.lineStart = at + 1;
				}
				continue;
			}
			this.leadAt = at;
			if (b >= 0xc2 && b <= 0xdf) this.need = 1;
			else if (b === 0xe0) [this.need, this.lo] = [2, 0xa0];
			else if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) this.need = 2;
			else if (b === 0xed) [this.need, this.hi] = [2, 0x9f];
			else if (b === 0xf0) [this.need, this.lo] = [3, 0x90];
			else if (b >= 0xf1 && b <= 0xf3) this.need = 3;
			else if (b === 0xf4) [this.need, this.hi] = [3, 0x8f];
			else this.invalid(at);
		}
		this.offset += bytes.length;
	}

	end() {
		if (this.need > 0) this.invalid(this.leadAt);
	}

	/** UTF-8 with stray bytes of another encoding (see above). */
	get mixed() {
		return this.invalids > 0 && this.sequences >= this.invalids;
	}

	private invalid(at: number) {
		this.invalids++;
		if (this.firstInvalid < 0) this.firstInvalid = at;
		this.need = 0;
		this.lo = 0x80;
		this.hi = 0xbf;
	}
}

/** The problem of a UTF-8 file with a stray byte, at its line and column (`lineBytes`: its line up to the byte). */
export function mixedEncodingProblem(file: string, scan: Utf8Scan, lineBytes: Uint8Array, byte: number) {
	const column = new TextDecoder('utf-8').decode(lineBytes).length + 1;
	const hex = byte.toString(16).toUpperCase().padStart(2, '0');
	return problem({ file, line: scan.lines + 1, column }, { key: 'problem.mixedEncoding', params: { byte: hex } });
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
	try {
		return new TextDecoder(label, { fatal: true }).decode(bytes);
	} catch {
		return null;
	}
}

/** Decodes a whole file; throws a DataError (file, line, column) when it is no text. */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
	const bom = encodingFromBom(bytes);
	let encoding: TextEncoding;
	let text: string | null;
	if (bom) {
		encoding = bom;
		text = tryDecode(DECODER_LABEL[bom], bytes);
		if (text === null)
			throw new DataError([
				problem({ file, line: 1, column: 1 }, { key: 'problem.badByteOrderMark', params: { encoding: bom } })
			]);
	} else {
		text = tryDecode('utf-8', bytes);
		encoding = 'UTF-8';
		if (text === null) {
			const scan = new Utf8Scan();
			scan.push(bytes);
			scan.end();
			if (scan.mixed)
				throw new DataError([
					mixedEncodingProblem(file, scan, bytes.subarray(scan.lineStart, scan.firstInvalid), bytes[scan.firstInvalid]!)
				]);
			// Not UTF-8: Windows-1252 maps every byte, so only the control check below can refuse it.
			text = decodeWindows1252(bytes);
			encoding = 'Windows-1252';
		}
	}
	const bad = findNonText(text, file);
	if (bad) throw new DataError([bad]);
	// TextDecoder drops the BOM itself (ignoreBOM is false).
	return { text, encoding, notice: encodingNotice(file, encoding) };
}
