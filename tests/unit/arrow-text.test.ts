// The hand-built Arrow text columns the browser loads into DuckDB: every cell reads back as
// written (ASCII, accents, Arabic, Chinese, characters outside the BMP, empty and missing cells).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textTable } from '../../src/lib/db/arrow-text';

const readBack = (values: (string | null)[]) =>
	textTable({ v: values })
		.getChild('v')!
		.toArray()
		.map((x: string | null) => x ?? null);

describe('textTable', () => {
	it('keeps every cell as written', () => {
		const cells = ['Norway', 'Côte d’Ivoire', '', null, 'الجمهورية العربية السورية', '中国', 'a😀b', 'Türkiye', null];
		expect(readBack(cells)).toEqual(cells);
	});

	it('keeps any strings, nulls among them (property)', () => {
		fc.assert(
			fc.property(fc.array(fc.option(fc.string({ unit: 'grapheme' }), { nil: null }), { maxLength: 50 }), (cells) => {
				expect(readBack(cells)).toEqual(cells);
			}),
			{ numRuns: 300 }
		);
	});
});
