// The CSV export as a spreadsheet reads it: BOM, CRLF, source and as-of columns, formula-like text
// neutralised (CSV injection) while numbers, negative ones included, stay numbers.
import { describe, expect, it } from 'vitest';
import { chartCsv, neutralise } from '../../src/lib/export/csv-export';
import { parseCsv } from '../../src/lib/csv';

const meta = { sourceLabel: 'source', asOfLabel: 'as_of', source: 'Source: UN Treaty Collection', asOf: '2026-02-03' };

describe('neutralise', () => {
	it.each([
		['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
		['+1+2', `'+1+2`],
		['-2+3', `'-2+3`],
		['@SUM(A1)', `'@SUM(A1)`],
		['\tTab', `'\tTab`],
		['\rCR', `'\rCR`],
		['Côte d’Ivoire', 'Côte d’Ivoire'],
		['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>']
	])('text %j becomes %j', (input, expected) => {
		expect(neutralise(input)).toBe(expected);
	});

	it.each([[-5], [0], [112], [-0.25], [1e21]])('the number %d stays a number', (n) => {
		expect(neutralise(n)).toBe(n);
	});

	it.each(['-5', '-0.25', '112', '3.5e2'])('numeric text %j is not prefixed', (n) => {
		expect(neutralise(n)).toBe(n);
	});

	it('empty cells stay empty and non-finite numbers are not written', () => {
		expect(neutralise(null)).toBeNull();
		expect(neutralise(undefined)).toBeNull();
		expect(neutralise(Number.NaN)).toBeNull();
	});
});

describe('chartCsv', () => {
	const data = {
		columns: [
			{ key: 'name', label: 'State' },
			{ key: 'change', label: 'Change' }
		],
		rows: [
			{ name: 'Lithuania', change: -1 },
			{ name: '=cmd|"/c calc"!A1', change: 2 },
			{ name: 'Bosnia, "and" Herzegovina', change: null }
		]
	};
	const text = chartCsv(data, meta);

	it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
		expect(text.startsWith('\uFEFF')).toBe(true);
		expect(text.split('\r\n')).toHaveLength(5);
		expect(text.replaceAll('\r\n', '')).not.toContain('\n');
	});

	it('reads back with the labels, the data, the source and the as-of date', () => {
		const csv = parseCsv(text.slice(1));
		expect(csv.header).toEqual(['State', 'Change', 'source', 'as_of']);
		expect(csv.records.map((r) => r.cells)).toEqual([
			['Lithuania', '-1', 'Source: UN Treaty Collection', '2026-02-03'],
			[`'=cmd|"/c calc"!A1`, '2', 'Source: UN Treaty Collection', '2026-02-03'],
			['Bosnia, "and" Herzegovina', '', 'Source: UN Treaty Collection', '2026-02-03']
		]);
	});

	it('neutralises a formula in a column label too', () => {
		const csv = parseCsv(chartCsv({ columns: [{ key: 'a', label: '=1+1' }], rows: [] }, meta).slice(1));
		expect(csv.header[0]).toBe(`'=1+1`);
	});
});
