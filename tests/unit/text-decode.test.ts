// The encodings spreadsheet programs write are read to the same text, with a notice naming the
// encoding; bytes that are text in none of them are refused with a line and column.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import { readTabularFile } from '../../src/lib/imports/tabular';
import { readTextFile, streamTextFile } from '../../src/lib/server/read-text-file';
import { DataError } from '../../src/lib/validate';
import { decodeText, decodeWindows1252 } from '../../src/lib/text-decode';

const DIR = path.resolve(import.meta.dirname, '../fixtures/encodings');
const bytes = (f: string) => new Uint8Array(fs.readFileSync(path.join(DIR, f)));
const CLEAN = decodeText(bytes('fixture-utf8.csv'), 'x').text;

describe('decodeText', () => {
	it.each([
		['fixture-utf8.csv', 'UTF-8', null],
		['fixture-utf8-bom.csv', 'UTF-8 with BOM', 'fixture-utf8-bom.csv: read as UTF-8 with BOM'],
		['fixture-windows-1252.csv', 'Windows-1252', 'fixture-windows-1252.csv: read as Windows-1252'],
		['fixture-utf16le.csv', 'UTF-16LE', 'fixture-utf16le.csv: read as UTF-16LE']
	])('reads %s as %s to the same table', (file, encoding, notice) => {
		const d = decodeText(bytes(file), file);
		expect(d.encoding).toBe(encoding);
		expect(d.notice).toBe(notice);
		expect(parseCsv(d.text)).toEqual(parseCsv(CLEAN));
		expect(d.text).toContain("Côte d'Ivoire,“quoted” – €5");
	});
	it('refuses bytes that are text in none of them, naming line and column', () => {
		expect(() => decodeText(bytes('fixture-not-text.bin'), 'x.bin')).toThrow(DataError);
		expect(() => decodeText(bytes('fixture-not-text.bin'), 'x.bin')).toThrow(
			/^x\.bin line 2, column 3: control character U\+0000: this is not a text file/
		);
	});
	it('refuses a UTF-16 byte-order mark followed by an odd byte count', () => {
		expect(() => decodeText(new Uint8Array([0xff, 0xfe, 0x41]), 'y.csv')).toThrow(
			/y\.csv line 1, column 1: starts with a UTF-16LE byte-order mark but is not valid UTF-16LE/
		);
	});
	it('maps the Windows-1252 range 0x80-0x9F by its table, not as ISO-8859-1', () => {
		expect(decodeWindows1252(new Uint8Array([0x80, 0x93, 0x94, 0x85, 0xe9]))).toBe('€“”…é');
	});
});

describe('the readers use it', () => {
	it('readTextFile and streamTextFile (commands) read every fixture alike', async () => {
		for (const f of ['fixture-utf8-bom.csv', 'fixture-windows-1252.csv', 'fixture-utf16le.csv']) {
			expect(parseCsv(readTextFile(path.join(DIR, f)).text)).toEqual(parseCsv(CLEAN));
			let streamed = '';
			let heard = '';
			for await (const chunk of streamTextFile(path.join(DIR, f), f, (e) => (heard = e))) streamed += chunk;
			expect(parseCsv(streamed)).toEqual(parseCsv(CLEAN));
			expect(heard).not.toBe('UTF-8');
		}
	});
	it('streamTextFile names the line of a control character in a later chunk', async () => {
		const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-enc-')), 'big.csv');
		const line = 'a,b\n'.repeat(400_000); // 1.6 MB: two chunks
		fs.writeFileSync(tmp, `${line}x,\u0001y\n`);
		const read = async () => {
			for await (const chunk of streamTextFile(tmp)) void chunk;
		};
		await expect(read()).rejects.toThrow(/big\.csv line 400001, column 3: control character U\+0001/);
	});
	it('readTabularFile (browser import) reads every fixture alike and reports the encoding', async () => {
		for (const [f, enc] of [
			['fixture-utf8.csv', 'UTF-8'],
			['fixture-windows-1252.csv', 'Windows-1252'],
			['fixture-utf16le.csv', 'UTF-16LE']
		]) {
			const file = new File([bytes(f!)], f!);
			const { table, encoding } = await readTabularFile(file);
			expect(table).toEqual(parseCsv(CLEAN));
			expect(encoding).toBe(enc);
		}
		await expect(readTabularFile(new File([bytes('fixture-not-text.bin')], 'n.csv'))).rejects.toThrow(DataError);
	});
});
