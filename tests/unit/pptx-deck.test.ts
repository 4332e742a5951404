// The slide deck as PowerPoint reads it, built in Node (no browser) and unzipped: a title slide
// first, then one chart per slide with its title once (in the title placeholder, off the picture's
// slide), the picture's alt text the chart's description, notes in separate paragraphs, and a
// native chart part with its data where the editable chart was chosen; in Arabic, right to left;
// in Chinese, marked as such and with a Chinese font for East Asian text.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDeck, slideFormat, type DeckLabels, type DeckSlide } from '../../src/lib/export/pptx';
import { nativeChart } from '../../src/lib/export/native-chart';

// A 1 x 1 white PNG: the deck only carries the bytes.
const FIXTURE_PNG = Uint8Array.from(
	atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=='),
	(c) => c.charCodeAt(0)
);

const fixtureData = {
	columns: [
		{ key: 'year', label: 'fixture-year' },
		{ key: 'a', label: 'fixture-a' },
		{ key: 'b', label: 'fixture-b' }
	],
	rows: [
		{ year: 'fixture-1', a: 1, b: 2 },
		{ year: 'fixture-2', a: 3, b: null }
	]
};

const slide = (n: number, extra: Partial<DeckSlide> = {}): DeckSlide => ({
	title: `fixture-title-${n}`,
	description: `fixture-description-${n}`,
	source: `Source: fixture-source-${n}`,
	permalink: `https://example.org/fixture-${n}?v=1&x=<y>`,
	asOf: '2026-02-03',
	png: FIXTURE_PNG,
	...extra
});

const labels = (over: Partial<DeckLabels> = {}): DeckLabels => ({
	deckTitle: 'fixture-deck-title',
	dataAsOf: 'Data as of fixture-date',
	language: 'Language: English',
	sourceLine: 'fixture-source-line',
	asOf: (s) => `Figures as of ${s.asOf}`,
	link: (s) => `Link: ${s.permalink}`,
	lang: 'en',
	dir: 'ltr',
	...over
});

async function open(bytes: Uint8Array) {
	const zip = await JSZip.loadAsync(bytes);
	const read = (path: string) => zip.file(path)!.async('string');
	const slides = Object.keys(zip.files)
		.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
		.sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
	const notesOf = async (i: number) => {
		const rels = await read(`ppt/slides/_rels/slide${i}.xml.rels`);
		const target = rels.match(/Target="\.\.\/notesSlides\/([^"]+)"/)![1];
		const xml = await read(`ppt/notesSlides/${target}`);
		// The notes body is the placeholder of type "body"; its paragraphs, as text.
		const body = xml.slice(xml.indexOf('type="body"'), xml.indexOf('</p:sp>', xml.indexOf('type="body"')));
		return [...body.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)]
			.map((p) => [...p[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join(''))
			.filter((p) => p !== '');
	};
	return {
		zip,
		read,
		slides,
		notesOf,
		charts: Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))
	};
}

const texts = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1] ?? '');
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('the slide deck', () => {
	it('opens with a title slide: deck title, data date, language, source line', async () => {
		const deck = await open(await buildDeck([slide(1)], labels()));
		expect(deck.slides).toHaveLength(2);
		const cover = await deck.read('ppt/slides/slide1.xml');
		expect(texts(cover)).toEqual([
			'fixture-deck-title',
			'Data as of fixture-date',
			'Language: English',
			'fixture-source-line'
		]);
		expect(cover).toContain('type="title"');
		expect(cover).not.toContain('<p:pic>');
	});

	it('a chart slide: one picture, its alt text the description, the title once and off the slide', async () => {
		const deck = await open(await buildDeck([slide(1), slide(2)], labels()));
		for (const i of [2, 3]) {
			const xml = await deck.read(`ppt/slides/slide${i}.xml`);
			expect(xml.match(/<p:pic>/g)).toHaveLength(1);
			expect(xml).toMatch(new RegExp(`<p:cNvPr [^>]*descr="fixture-description-${i - 1}"`));
			// The title is the slide's title (the placeholder of type title), written once.
			expect(texts(xml)).toEqual([`fixture-title-${i - 1}`]);
			expect(xml).toMatch(/<p:ph[^>]*type="title"/);
			// The title placeholder lies just below the slide (5.625 in = 5143500 EMU): not drawn twice.
			const title = xml.slice(xml.indexOf('type="title"'));
			expect(Number(title.match(/<a:off x="\d+" y="(\d+)"/)![1])).toBeGreaterThanOrEqual(5_143_500);
		}
	});

	it('notes: source (once), data as of, link, description, each its own paragraph', async () => {
		const deck = await open(await buildDeck([slide(1)], labels()));
		const notes = (await deck.notesOf(2)).map(decode);
		expect(notes).toEqual([
			'Source: fixture-source-1',
			'Figures as of 2026-02-03',
			'Link: https://example.org/fixture-1?v=1&x=<y>',
			'fixture-description-1'
		]);
		expect(notes.join('\n').match(/Source:/g)).toHaveLength(1);
	});

	it('an editable chart, where chosen and possible, carries its data in the slide', async () => {
		const chart = nativeChart(fixtureData, { type: 'bar', category: 'year', series: ['a', 'b'] });
		expect(chart).toEqual({
			type: 'bar',
			stacked: false,
			categories: ['fixture-1', 'fixture-2'],
			series: [
				{ name: 'fixture-a', values: [1, 3] },
				{ name: 'fixture-b', values: [2, null] }
			]
		});
		const deck = await open(
			await buildDeck(
				[slide(1, { chart, format: 'chart' }), slide(2, { chart, format: 'picture' }), slide(3, { format: 'chart' })],
				labels()
			)
		);
		expect(deck.charts).toHaveLength(1);
		const chartXml = await deck.read(deck.charts[0]!);
		expect(chartXml).toContain('<c:barChart>');
		// Series names, categories and values are in the chart part (and its embedded workbook).
		for (const v of ['fixture-a', 'fixture-b', 'fixture-1', 'fixture-2', '3'])
			expect(chartXml).toContain(`<c:v>${v}</c:v>`);
		expect(Object.keys(deck.zip.files).some((f) => /^ppt\/embeddings\/.+\.xlsx$/.test(f))).toBe(true);
		const s2 = await deck.read('ppt/slides/slide2.xml');
		expect(s2).not.toContain('<p:pic>');
		expect(s2).toContain('<p:graphicFrame>');
		expect(s2).toMatch(/descr="fixture-description-1"/);
		// The editable chart has no picture to carry its title: the title shows on the slide, once.
		expect(texts(s2).filter((t) => t === 'fixture-title-1')).toHaveLength(1);
		expect(texts(s2).some((t) => t.includes('Source: fixture-source-1'))).toBe(true);
		// A slide chosen as picture, or without a native form, stays a picture.
		for (const i of [3, 4]) expect(await deck.read(`ppt/slides/slide${i}.xml`)).toContain('<p:pic>');
		expect(slideFormat({ format: 'chart', chart: null })).toBe('picture');
	});

	it('long data (one row per year and group) pivots into one series per group', () => {
		const long = {
			columns: [
				{ key: 'year', label: 'fixture-year' },
				{ key: 'action', label: 'fixture-action' },
				{ key: 'n', label: 'fixture-n' }
			],
			rows: [
				{ year: 'fixture-1', action: 'fixture-x', n: 2 },
				{ year: 'fixture-1', action: 'fixture-y', n: 1 },
				{ year: 'fixture-2', action: 'fixture-x', n: 4 }
			]
		};
		expect(
			nativeChart(long, { type: 'bar', category: 'year', pivot: { by: 'action', value: 'n' }, stacked: true })
		).toEqual({
			type: 'bar',
			stacked: true,
			categories: ['fixture-1', 'fixture-2'],
			series: [
				{ name: 'fixture-x', values: [2, 4] },
				{ name: 'fixture-y', values: [1, null] }
			]
		});
		expect(
			nativeChart({ columns: long.columns, rows: [] }, { type: 'line', category: 'year', series: ['n'] })
		).toBeNull();
	});

	it('in Arabic: right-to-left text in the language, categories read from the right', async () => {
		const chart = nativeChart(fixtureData, { type: 'line', category: 'year', series: ['a'] });
		const deck = await open(
			await buildDeck(
				[slide(1, { title: 'عنوان-تجريبي', description: 'وصف-تجريبي', chart, format: 'chart' }), slide(2)],
				labels({
					deckTitle: 'اتفاقية الذخائر العنقودية: رسوم بيانية',
					language: 'اللغة: العربية',
					lang: 'ar',
					dir: 'rtl'
				})
			)
		);
		const cover = await deck.read('ppt/slides/slide1.xml');
		expect(texts(cover)).toContain('اتفاقية الذخائر العنقودية: رسوم بيانية');
		// Every paragraph of the title slide reads right to left, not only the first of a box.
		const paragraphs = cover.match(/<a:pPr[^>]*>/g)!;
		expect(paragraphs).toHaveLength(4);
		for (const p of paragraphs) expect(p).toContain('rtl="1"');
		expect(cover).toContain('lang="ar"');
		const chartXml = await deck.read(deck.charts[0]!);
		expect(chartXml).toContain('<c:lineChart>');
		expect(chartXml).toMatch(/<c:catAx>[\s\S]*<c:orientation val="maxMin"\/>/);
		expect(await deck.read('ppt/slides/slide2.xml')).toMatch(/descr="وصف-تجريبي"/);
	});

	it('in Arabic: every paragraph of every slide and of the notes right to left and right-aligned, every run in Arabic, an Arabic font named', async () => {
		const chart = nativeChart(fixtureData, { type: 'bar', category: 'year', series: ['a'] });
		const deck = await open(
			await buildDeck(
				[slide(1, { title: 'عنوان-تجريبي', chart, format: 'chart' }), slide(2, { title: 'عنوان-تجريبي-2' })],
				labels({ deckTitle: 'اتفاقية الذخائر العنقودية: رسوم بيانية', lang: 'ar', dir: 'rtl' })
			)
		);
		for (const i of [1, 2, 3]) {
			const xml = await deck.read(`ppt/slides/slide${i}.xml`);
			const paragraphs = xml.match(/<a:p>[\s\S]*?<\/a:p>/g)!;
			for (const p of paragraphs)
				expect(p, `slide ${i}`).toMatch(/<a:pPr[^>]*rtl="1"[^>]*algn="r"|<a:pPr[^>]*algn="r"[^>]*rtl="1"/);
			for (const r of xml.match(/<a:rPr[^>]*>/g)!) expect(r, `slide ${i}`).toContain('lang="ar"');
		}
		// The chart slide's title shows on it, in Arabic, right to left.
		expect(texts(await deck.read('ppt/slides/slide2.xml'))).toContain('عنوان-تجريبي');
		const notes = await deck.read('ppt/notesSlides/notesSlide2.xml');
		const body = notes.slice(notes.indexOf('type="body"'));
		expect(body.match(/<a:pPr algn="r" rtl="1"\/>/g)).toHaveLength(4);
		expect(body).toContain('<a:rPr lang="ar"');
		expect(await deck.read(deck.charts[0]!)).toContain('<c:lang val="ar"/>');
		// Arabic letters take the theme's complex-script font: one that has them, named, not left empty.
		const theme = await deck.read('ppt/theme/theme1.xml');
		expect(theme.match(/<a:cs typeface="Arial"[^>]*\/>/g)).toHaveLength(2);
	});

	it('in Arabic: a table cell quoting English reads left to right, so the quotation keeps its first word first', async () => {
		const quote = '“fixture-6 States Parties had made contributions” fixture-minutes, item 6.7';
		const deck = await open(
			await buildDeck(
				[
					slide(1, {
						title: 'عنوان-تجريبي',
						table: { columns: ['السنة', 'القيمة', 'كما نُشر'], rows: [['2023', 'عدد الدول: 57', quote]] }
					})
				],
				labels({ lang: 'ar', dir: 'rtl' })
			)
		);
		const xml = await deck.read('ppt/slides/slide2.xml');
		const cells = [...xml.matchAll(/<a:tc\b[\s\S]*?<\/a:tc>/g)].map((m) => m[0]);
		const cellOf = (text: string) => cells.find((c) => decode(texts(c).join('')) === text)!;
		expect(cellOf(quote)).toMatch(/<a:pPr[^>]*algn="l"/);
		expect(cellOf(quote)).not.toMatch(/rtl="1"/);
		for (const arabic of ['عدد الدول: 57', 'كما نُشر']) expect(cellOf(arabic)).toMatch(/<a:pPr[^>]*rtl="1"/);
	});

	it('in Chinese: the title slide in Chinese, every run marked zh-CN, a Chinese (Simplified) font for East Asian text', async () => {
		const chart = nativeChart(fixtureData, { type: 'line', category: 'year', series: ['a', 'b'] });
		const zh = labels({
			deckTitle: '集束弹药公约：图表',
			dataAsOf: '数据截至2026年2月3日',
			language: '语言：中文',
			sourceLine: '来源：fixture-source-line',
			asOf: (s) => `数据截至${s.asOf}`,
			link: (s) => `链接：${s.permalink}`,
			lang: 'zh-CN'
		});
		const deck = await open(
			await buildDeck([slide(1, { title: '缔约国数目', chart, format: 'chart' }), slide(2, { title: '各国状况' })], zh)
		);
		const cover = await deck.read('ppt/slides/slide1.xml');
		expect(texts(cover)).toEqual([
			'集束弹药公约：图表',
			'数据截至2026年2月3日',
			'语言：中文',
			'来源：fixture-source-line'
		]);
		for (const i of [1, 2, 3]) {
			const xml = await deck.read(`ppt/slides/slide${i}.xml`);
			const runs = xml.match(/<a:rPr[^>]*>/g)!;
			for (const r of runs) expect(r, `slide ${i}`).toContain('lang="zh-CN"');
			expect(xml).not.toContain('rtl="1"');
		}
		expect(texts(await deck.read('ppt/slides/slide2.xml'))).toContain('缔约国数目');
		const notes = (await deck.notesOf(2)).map(decode);
		expect(notes).toEqual([
			'Source: fixture-source-1',
			'数据截至2026-02-03',
			'链接：https://example.org/fixture-1?v=1&x=<y>',
			'fixture-description-1'
		]);
		expect(await deck.read('ppt/notesSlides/notesSlide2.xml')).toContain('<a:rPr lang="zh-CN"');
		expect(await deck.read(deck.charts[0]!)).toContain('<c:lang val="zh-CN"/>');
		// Han characters take the theme's East Asian font, named (left empty, an English-language
		// PowerPoint may draw them with a Japanese font), in the headings' and the body's font.
		const theme = await deck.read('ppt/theme/theme1.xml');
		expect(theme.match(/<a:ea typeface="Microsoft YaHei"[^>]*\/>/g)).toHaveLength(2);
		expect(theme).not.toContain('<a:ea typeface=""/>');
	});

	it('in English: the theme is left as it was (no East Asian or complex-script font forced)', async () => {
		const theme = await (await open(await buildDeck([slide(1)], labels()))).read('ppt/theme/theme1.xml');
		expect(theme.match(/<a:ea typeface=""\/>/g)).toHaveLength(2);
		expect(theme.match(/<a:cs typeface=""\/>/g)).toHaveLength(2);
	});
});
