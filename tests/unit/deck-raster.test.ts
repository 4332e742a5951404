// The MSP deck's pictures as resvg draws them (npm run deck), checked where a reader saw them go
// wrong in LibreOffice: the timeline's two end labels drawn over each other in Arabic, the meeting
// codes beside the Arabic tally bars drawn over the bars, every Arabic letter bold and every Chinese
// title at regular weight, and "◆Completion" in English in a serif face.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

const fixturePage = vi.hoisted(() => ({
	params: {} as Record<string, string | undefined>,
	data: {},
	url: new URL('http://localhost/')
}));
vi.mock('$app/state', () => ({ page: fixturePage }));
vi.mock('$app/paths', () => ({ base: '', assets: '' }));

const { NodeConnector } = await import('../../src/lib/server/node-connector');
const { readManifest } = await import('../../src/lib/server/read-manifest');
const { buildMspDeckServer, resvgOf } = await import('../../scripts/lib/msp-deck-node');
const { forResvg } = await import('../../src/lib/export/svg-compose');
const { translator } = await import('../../src/lib/i18n/messages');

const DATA = path.resolve(import.meta.dirname, '../../static/data');

/** The composed pictures of a deck, by slide id, before rasterizing (rendering only: a few seconds). */
async function pictures(lang: 'ar' | 'zh' | 'en') {
	const manifest = readManifest(DATA, (f) => new Error(`${f} missing: run npm run ingest`));
	const db = await NodeConnector.open(DATA);
	const svgs: string[] = [];
	try {
		const deck = await buildMspDeckServer(db, manifest, {
			asOf: manifest.data_as_of,
			lang,
			rasterize: async (svg) => {
				svgs.push(svg);
				return new Uint8Array();
			}
		});
		const ids = deck.slides.filter((s) => s.id !== 'trust-fund').map((s) => s.id);
		return Object.fromEntries(ids.map((id, i) => [id, svgs[i]!]));
	} finally {
		await db.close?.();
	}
}

const textElements = (svg: string) =>
	[...svg.matchAll(/<text\b([^>]*)>([\s\S]*?)<\/text>/g)].map((m) => [m[0], m[1] ?? '', m[2] ?? ''] as const);
const attr = (attrs: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];

describe('the deck as resvg draws it (Arabic unless said)', () => {
	const t = translator('ar');
	let svg: Record<string, string>;
	beforeAll(async () => {
		svg = await pictures('ar');
	}, 120_000);

	it("draws the timeline's two end labels on lines of their own", () => {
		const drawn = forResvg(svg.timeline!);
		const label = (name: string) => textElements(drawn).find(([, , inner]) => inner.includes(`${name}: `));
		const labels = [label(t('timeline.parties')), label(t('timeline.inForce'))];
		for (const l of labels) {
			expect(l, 'end label').toBeDefined();
			// resvg moves a right-to-left line's dy onto its first letter only: the line must not rely on it.
			expect(l![0]).not.toMatch(/\sdy=/);
		}
		const [a, b] = labels.map((l) => Number(attr(l![1], 'y')));
		const size = Number(attr(labels[0]![1], 'font-size'));
		expect(Math.abs(a! - b!)).toBeGreaterThanOrEqual(size);
	});

	it('keeps the meeting codes beside the tally bars, anchored by their right end', () => {
		const drawn = forResvg(svg.tallies!);
		const codes = textElements(drawn).filter(
			([, attrs, inner]) => /direction="ltr"/.test(attrs) && /MSP|RC/.test(inner)
		);
		expect(codes.length).toBeGreaterThan(5);
		// Left to right text anchored by its right end: "end" for resvg, as for the browser.
		for (const [, attrs] of codes) expect(attr(attrs, 'text-anchor')).toBe('end');
	});

	it('names a face holding every letter of a line Noto Sans cannot draw whole (a sign such as ◆ or ↓)', async () => {
		const en = await pictures('en');
		const signs = ['◆', '↓'];
		for (const sign of signs) {
			const picture = Object.values(en).find((s) => s.includes(sign))!;
			expect(picture, sign).toBeDefined();
			const line = textElements(forResvg(picture)).find(([, , inner]) => inner.includes(sign))!;
			// Left to itself resvg drew "◆Completion" in a serif face.
			expect(attr(line[1], 'font-family'), sign).toBe('DejaVu Sans');
		}
	}, 120_000);
});

// Ink on a white page: how many pixels are darker than mid-grey.
const ink = async (svg: string) => {
	const pixels = (await resvgOf(svg, 800)).render().pixels;
	let n = 0;
	for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! + pixels[i + 1]! + pixels[i + 2]! < 384) n++;
	return n;
};
const page = (dir: 'rtl' | 'ltr', text: string, weight: number) =>
	`<svg xmlns="http://www.w3.org/2000/svg" width="800" height="120" viewBox="0 0 800 120"${dir === 'rtl' ? ' direction="rtl"' : ''}>` +
	`<text x="${dir === 'rtl' ? 780 : 20}" y="80" font-size="48" font-weight="${weight}" fill="#111">${text}</text></svg>`;
const FONTS = [
	'/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf',
	'/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf',
	'/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
];
const fonts = FONTS.every((f) => fs.existsSync(f));
if (!fonts)
	console.warn(
		`deck-raster: skipping the weight checks: needs ${FONTS.join(', ')} (fonts-dejavu-extra fonts-noto-core fonts-noto-cjk)`
	);

describe.runIf(fonts)('the weight resvg draws each script at', () => {
	it.each([
		['Arabic', 'rtl', 'الدول الأطراف عبر الزمن'],
		['Arabic beside Latin', 'rtl', 'المصدر: (XXVI-6)'],
		['Chinese', 'ltr', '缔约国数目的变化'],
		['Latin', 'ltr', 'States Parties over time']
	] as const)('draws %s text regular unless it is bold', async (_, dir, text) => {
		const regular = await ink(page(dir, text, 400));
		const bold = await ink(page(dir, text, 700));
		expect(regular).toBeGreaterThan(500);
		expect(regular / bold).toBeLessThan(0.85);
	});
});
