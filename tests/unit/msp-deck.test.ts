// The MSP deck (issue 25) built in Node from the bundled data, as `npm run deck` builds it, and
// unzipped: a title slide, then the six standard slides, each titled as its page titles the
// figure, in each of the six languages; notes holding the source, the as-of day and the
// description; the pictures 1920 x 1080 PNGs; Arabic right to left, Chinese marked as Chinese.
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const fixturePage = vi.hoisted(() => ({
	params: {} as Record<string, string | undefined>,
	data: {},
	url: new URL('http://localhost/')
}));
vi.mock('$app/state', () => ({ page: fixturePage }));
vi.mock('$app/paths', () => ({ base: '', assets: '' }));

const { NodeConnector } = await import('../../src/lib/server/node-connector');
const { readManifest } = await import('../../src/lib/server/read-manifest');
const { buildMspDeckServer } = await import('../../scripts/lib/msp-deck-node');
const { translator } = await import('../../src/lib/i18n/messages');
const { formatDate } = await import('../../src/lib/i18n/format');
const { localeInfo } = await import('../../src/lib/i18n/locales');

const DATA = path.resolve(import.meta.dirname, '../../static/data');
const manifest = readManifest(DATA, (f) => new Error(`${f} missing: run npm run ingest`));
const AS_OF = '2025-06-30';
const LANGS = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;
// Rasterizing is the slow part (resvg, 1.5-5.6 s a picture on 2 shared cores): every language's
// XML is checked, the pictures in Arabic only (right to left, the hardest to draw).
const RASTERIZED = new Set(['ar']);

let db: Awaited<ReturnType<typeof NodeConnector.open>>;
beforeAll(async () => {
	db = await NodeConnector.open(DATA);
});
afterAll(async () => {
	await db?.close?.();
});

const pngSize = (b: Uint8Array) => {
	const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
	return { png: b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47, width: v.getUint32(16), height: v.getUint32(20) };
};
// A 1 x 1 PNG stands in for the picture where a language is checked for its words only.
const TINY = Uint8Array.from(
	atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=='),
	(c) => c.charCodeAt(0)
);

async function open(bytes: Uint8Array) {
	const zip = await JSZip.loadAsync(bytes);
	const read = (p: string) => zip.file(p)!.async('string');
	const slides = Object.keys(zip.files)
		.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
		.sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
	const notesOf = async (i: number) => {
		const rels = await read(`ppt/slides/_rels/slide${i}.xml.rels`);
		const target = rels.match(/Target="\.\.\/notesSlides\/([^"]+)"/)?.[1];
		return target ? read(`ppt/notesSlides/${target}`) : '';
	};
	const media = await Promise.all(
		Object.keys(zip.files)
			.filter((f) => f.startsWith('ppt/media/') && !zip.files[f]!.dir)
			.map(async (f) => zip.file(f)!.async('uint8array'))
	);
	return { zip, read, slides, notesOf, media };
}
const unescape = (s: string) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');
const texts = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescape(m[1]!));

describe.each(LANGS)('the MSP deck in %s', (lang) => {
	const t = translator(lang);
	const intl = localeInfo(lang).intl;
	let deck: Awaited<ReturnType<typeof buildMspDeckServer>>;
	let opened: Awaited<ReturnType<typeof open>>;
	const times: Record<string, { render: number; rasterize: number }> = {};
	beforeAll(async () => {
		const rasterize = RASTERIZED.has(lang) ? undefined : async () => TINY;
		const start = performance.now();
		deck = await buildMspDeckServer(db, manifest, {
			asOf: AS_OF,
			lang,
			onSlide: (id, ms) => (times[id] = ms),
			rasterize
		});
		console.log(
			`${lang}: ${Math.round(performance.now() - start)} ms`,
			JSON.stringify(times, (_, v) => (typeof v === 'number' ? Math.round(v) : v))
		);
		opened = await open(deck.bytes);
	}, 120_000);

	it('has the title slide and one slide per standard chart, titled as the pages title them', async () => {
		expect(opened.slides).toHaveLength(7);
		expect(texts(await opened.read(opened.slides[0]!))[0]).toBe(t('msp.deckTitle'));
		const date = formatDate(AS_OF, intl);
		const expected = [
			t('map.title'),
			t('timeline.title'),
			t('tallies.title'),
			t('annual.title', { date }),
			t('impl.open.title', { date }),
			t('tf.factsTitle')
		];
		expect(deck.slides.map((s) => s.title)).toEqual(expected);
		for (const [i, title] of expected.entries())
			expect(texts(await opened.read(opened.slides[i + 1]!))).toContain(title);
	});

	it('the deadlines slide holds the obligations still open, as many as `metric deadlines` lists', async () => {
		const { deadlinesOn, loadImplementation } = await import('../../src/lib/controllers/implementation');
		const open = deadlinesOn(await loadImplementation(db), AS_OF).length;
		const slide = deck.slides.find((s) => s.title === t('impl.open.title', { date: formatDate(AS_OF, intl) }))!;
		expect(open).toBeGreaterThan(0);
		expect(slide.notes[3]).toContain(t('impl.open.desc', { count: open }).slice(0, 40));
	});

	it("each slide's notes say the source, the as-of day and the description, one paragraph each", async () => {
		for (const [i, s] of deck.slides.entries()) {
			const notes = texts(await opened.notesOf(i + 2));
			expect(notes).toContain(t('slides.notesAsOf', { date: formatDate(AS_OF, intl) }));
			expect(notes).toContain(s.notes[0]);
			expect(s.notes[0]).toContain(
				t('chart.source', { source: '' })
					.trim()
					.replace(/[:：]$/, '')
					.slice(0, 3)
			);
			expect(notes).toContain(s.notes[3]);
		}
		expect(deck.slides[0]!.notes[3]).toContain(
			t('map.desc', { date: formatDate(AS_OF, intl), parties: 0, signatories: 0, withdrawn: 0, notParty: 0 }).slice(
				0,
				8
			)
		);
	});

	it('is written in its language and direction', async () => {
		const xml = await opened.read(opened.slides[1]!);
		const notes = await opened.notesOf(2);
		if (lang === 'ar') {
			expect(notes).toContain('rtl="1"');
			expect(await opened.read('ppt/presentation.xml')).toMatch(/rtl="1"|<p:presentation/);
		}
		if (lang === 'zh') expect(notes).toContain('lang="zh-CN"');
		expect(xml).toContain('<p:sp>');
	});

	it.runIf(RASTERIZED.has(lang))('has a 1920 x 1080 PNG for each of the five chart slides', () => {
		const sizes = opened.media.map(pngSize);
		expect(sizes).toHaveLength(5);
		for (const s of sizes) expect(s).toEqual({ png: true, width: 1920, height: 1080 });
	});
});
