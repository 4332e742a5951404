// Published figures as readers see them: every metric id and convention of the shipped file has a
// label in every language, and quotes lose the maintainers' editorial note, nothing else.
//
// Golden: tests/golden/controllers/published-figures-bundled.json, every figure of the shipped file
// as an English reader gets it. After a deliberate change (a label, the quote rule or the file),
// `npx vitest run tests/unit/published-figures.test.ts -u` rewrites it; review its diff line by line
// before committing it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import { displayQuote, publishedConventionKey, publishedMetricLabel } from '../../src/lib/i18n/published-figures';
import { translator } from '../../src/lib/i18n/messages';
import { goldenFile, goldenJson } from './support/golden';
import { repoRoot } from './support/sources';

const file = parseCsv(
	readFileSync(path.join(repoRoot, 'data/sources/comparison/published_reporting_figures.csv'), 'utf8')
);
const column = (name: string) => file.records.map((r) => r.cells[file.header.indexOf(name)]!);
const LANGS = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;

describe('labels of the published figures', () => {
	it.each([...new Set(column('metric'))])('%s has a label naming its year, in every language', (metric) => {
		const { key, params } = publishedMetricLabel(metric);
		expect(key).not.toBe('published.figure.other');
		const year = /\d{4}/.exec(metric)?.[0];
		for (const lang of LANGS) {
			const label = translator(lang)(key, params);
			expect(label).not.toMatch(/_|\{|published\./);
			if (year) expect(label).toContain(year);
		}
	});
	it('an id of an unknown shape reads as a figure as published, not as the id', () => {
		expect(translator('en')(publishedMetricLabel('fixture_new_metric').key)).toBe(
			'Figure as published (see the quote)'
		);
	});
	it.each([...new Set(column('convention'))])('%s is named by the catalog', (convention) => {
		const key = publishedConventionKey(convention);
		expect(key).not.toBeNull();
		expect(translator('fr')(key!)).not.toBe(convention);
	});
});

describe('quotes as displayed', () => {
	it('drop the editorial note that ends a quote', () => {
		const bwc = column('quote').find((q) => q.includes('OCR'))!;
		expect(displayQuote(bwc)).toBe(
			'I am pleased to inform you that 2018 saw the second highest ever number of CBMs submitted with a total of 78 reports received.'
		);
	});
	it('keep brackets that are the source’s words or a short insertion', () => {
		const q = 'Cover page of the annual article 7 report Name of State [Party]: SWITZERLAND';
		expect(displayQuote(q)).toBe(q);
		expect(displayQuote('fixture text ending with an insertion [the]')).toBe(
			'fixture text ending with an insertion [the]'
		);
		expect(displayQuote('fixture quote')).toBe('fixture quote');
	});
	it('leave every other quote of the file as it is', () => {
		const changed = column('quote').filter((q) => displayQuote(q) !== q);
		expect(changed).toHaveLength(1);
	});
});

describe('the shipped figures as an English reader gets them', () => {
	it('match their golden', async () => {
		const t = translator('en');
		const golden = file.records.map((r) => {
			const cell = (name: string) => r.cells[file.header.indexOf(name)]!;
			const { key, params } = publishedMetricLabel(cell('metric'));
			const convention = publishedConventionKey(cell('convention'));
			return {
				convention: convention ? t(convention) : null,
				figure: t(key, params),
				value: cell('value'),
				as_of: cell('as_of_date'),
				quote: displayQuote(cell('quote'))
			};
		});
		await expect(goldenJson(golden)).toMatchFileSnapshot(goldenFile('published-figures', 'bundled'));
	});
});
