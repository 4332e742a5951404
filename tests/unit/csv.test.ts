// The CSV reader: the same records whatever the chunking, and errors that name line and column.
import { describe, expect, it } from 'vitest';
import { CsvError, CsvStreamParser, parseCsv, toCsv, type CsvRecord } from '../../src/lib/csv';

const SAMPLE = '\ufeffa,b,c\r\n1,"x, y",3\n"multi\nline","say ""hi""",\n\n4,5,6';

function chunked(text: string, size: number): CsvRecord[] {
	const out: CsvRecord[] = [];
	const p = new CsvStreamParser();
	for (let i = 0; i < text.length; i += size) p.push(text.slice(i, i + size), (r) => out.push(r));
	p.end((r) => out.push(r));
	return out;
}

describe('parseCsv', () => {
	it('reads quotes, doubled quotes, line breaks in quotes, CRLF, a BOM and blank lines', () => {
		const t = parseCsv(SAMPLE);
		expect(t.header).toEqual(['a', 'b', 'c']);
		expect(t.records).toEqual([
			{ line: 2, cells: ['1', 'x, y', '3'] },
			{ line: 3, cells: ['multi\nline', 'say "hi"', ''] },
			{ line: 6, cells: ['4', '5', '6'] }
		]);
	});
	it('gives the same records for every chunk size', () => {
		const whole = chunked(SAMPLE, SAMPLE.length);
		for (let size = 1; size < 12; size++) expect(chunked(SAMPLE, size), `chunk ${size}`).toEqual(whole);
	});
	it('names the line and column of a broken record', () => {
		expect(() => parseCsv('a,b\n1,2,3\n')).toThrow(new CsvError('expected 2 fields as in the header, found 3', 2, 3));
		expect(() => parseCsv('a,b\n1,"open\n')).toThrowError(/never closed/);
		expect(() => parseCsv('a,b\n"x"y,2\n')).toThrowError(/after a closing quote/);
		expect(() => parseCsv('')).toThrowError(/empty/);
	});
	it('writes what it reads back', () => {
		const rows = [{ a: 'x, y', b: 'say "hi"', c: null }];
		expect(parseCsv(toCsv(['a', 'b', 'c'], rows)).records[0]!.cells).toEqual(['x, y', 'say "hi"', '']);
	});
});
