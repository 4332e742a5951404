// Dates as records write them and State names in the reader's order, in each language.
import { describe, expect, it } from 'vitest';
import { compareNames, formatPartialDate } from '../../src/lib/i18n/format';

describe('formatPartialDate', () => {
	it('gives a record’s day, month or year as the language writes it', () => {
		expect(formatPartialDate('2019-08-27', 'en')).toBe('27 Aug 2019');
		expect(formatPartialDate('2019-08', 'fr-FR')).toBe('août 2019');
		expect(formatPartialDate('2019-08', 'zh-CN')).toBe('2019年8月');
		// A year alone is already as precise as the record; nothing is invented.
		expect(formatPartialDate('2019', 'ru-RU')).toBe('2019');
		expect(formatPartialDate(null)).toBe('');
	});
});

describe('compareNames', () => {
	it('sorts by the reader’s alphabet: pinyin on /zh/, Cyrillic on /ru/', () => {
		expect(['科特迪瓦', '梵蒂冈', '法国'].sort((a, b) => compareNames(a, b, 'zh-CN'))).toEqual([
			'法国',
			'梵蒂冈',
			'科特迪瓦'
		]);
		expect(['Чад', 'Ангола', 'Ёмен', 'Бенин'].sort((a, b) => compareNames(a, b, 'ru-RU'))).toEqual([
			'Ангола',
			'Бенин',
			'Ёмен',
			'Чад'
		]);
	});
});
