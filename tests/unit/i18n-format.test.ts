// Dates as records write them and State names in the reader's order, in each language.
import { describe, expect, it } from 'vitest';
import { compareNames, formatDate, formatPartialDate, parseDateInput } from '../../src/lib/i18n/format';
import { locales } from '../../src/lib/i18n/locales';
import { answers } from './support/answers';

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

describe('parseDateInput', () => {
	const DAYS = ['2008-12-03', '2016-01-01', '2012-02-29', '2026-02-03', '2019-05-31', '2020-06-15', '2021-07-04'];
	const MONTH_STARTS = Array.from({ length: 12 }, (_, i) => `2018-${String(i + 1).padStart(2, '0')}-${i + 10}`);

	it.each(locales.map((l) => l.intl))('reads back every date formatDate writes in %s', (intl) => {
		for (const day of [...DAYS, ...MONTH_STARTS]) expect(parseDateInput(formatDate(day, intl), intl), day).toBe(day);
	});

	it('reads YYYY-MM-DD, the locale’s numeric order, full and English month names', () => {
		// What a reader may type, by the locale of the page, and the day it is.
		const typed: Record<string, Record<string, string>> = {
			'fr-FR': {
				'2016-01-01': '2016-01-01',
				'01/02/2016': '2016-02-01',
				'1 janvier 2016': '2016-01-01',
				'1 fevrier 2016': '2016-02-01',
				'1 Jan 2016': '2016-01-01'
			},
			en: { '2016-1-5': '2016-01-05', 'January 1, 2016': '2016-01-01' },
			'ru-RU': { '3.2.2026': '2026-02-03', '3 февраль 2026': '2026-02-03' },
			'zh-CN': { '2026/2/3': '2026-02-03' },
			'es-ES': { '3 de febrero de 2026': '2026-02-03' },
			'ar-u-nu-latn': { '٣ فبراير ٢٠٢٦': '2026-02-03' }
		};
		const readIn = (intl: string) => (text: string) => parseDateInput(text, intl);
		for (const [intl, days] of Object.entries(typed)) expect(answers(readIn(intl), days), intl).toEqual(days);
	});

	it('refuses what is not one calendar day', () => {
		for (const text of [
			'',
			'abc',
			'2016-13-45',
			'2016-02-30',
			'31 févr. 2016',
			'1 jan',
			'1/2/16',
			'3 ju 2020',
			'12345'
		])
			expect(parseDateInput(text, 'fr-FR'), text).toBeNull();
		// "ju" could be June or July in French: a start shared by two months is not a month.
		expect(parseDateInput('3 jui 2020', 'fr-FR')).toBeNull();
	});
});
