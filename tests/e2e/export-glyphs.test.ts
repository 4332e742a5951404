// Exported pictures in Arabic and Chinese draw the script's letters, not boxes. A character that no
// installed font has is drawn as an empty rectangle (.notdef); a machine without the CJK fonts
// (CI installs Debian's fonts-noto-cjk and fonts-noto-core) exports a Chinese title as a row of such
// boxes, which nobody notices until the slide is on the screen of a Meeting of States Parties.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ar } from '../../src/lib/i18n/catalogs/ar';
import { zh } from '../../src/lib/i18n/catalogs/zh';
import { SYSTEM_FONTS } from '../../src/lib/export/svg-export';
import { browserSuite } from './harness';

const suite = browserSuite();

/**
 * Whether the system has a font for the language (fontconfig, which Chromium uses on Linux). The
 * check needs the fonts .ci/run installs; on a machine with Chromium alone it is skipped, saying
 * which package draws the letters, since boxes there come from the machine, not from the site.
 */
function hasFontFor(lang: 'zh' | 'ar'): boolean {
	const r = spawnSync('fc-list', [`:lang=${lang}`, 'family'], { encoding: 'utf8' });
	const found = r.status === 0 && r.stdout.trim() !== '';
	if (!found)
		console.warn(
			`No ${lang} font installed: skipping the ${lang} picture check (sudo apt-get install -y fonts-noto-${lang === 'zh' ? 'cjk' : 'core'})`
		);
	return found;
}
const fonts = { zh: hasFontFor('zh'), ar: hasFontFor('ar') };

interface Ink {
	/** Clusters of ink in the title line (a Chinese character or part of it; an Arabic word). */
	runs: number;
	/** Share of those clusters that are hollow rectangles: ink on the edges, none inside. */
	hollow: number;
}

/**
 * Reads the title line of a PNG (the band where the exporter writes the title: 3.5% of the width
 * from the top, 4.2% of the height tall) and measures whether its clusters of ink are hollow boxes.
 */
async function titleInk(p: Page, pngBase64: string): Promise<Ink> {
	return p.evaluate(async (b64) => {
		const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
		const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
		const { width: W, height: H } = bitmap;
		const canvas = new OffscreenCanvas(W, H);
		const ctx = canvas.getContext('2d')!;
		ctx.drawImage(bitmap, 0, 0);
		const top = Math.round(W * 0.035);
		const bottom = top + Math.round(H * 0.042 * 1.3);
		const px = ctx.getImageData(0, top, W, bottom - top).data;
		const dark = (x: number, y: number) => {
			const i = (y * W + x) * 4;
			return px[i]! + px[i + 1]! + px[i + 2]! < 3 * 128;
		};
		const rows = bottom - top;
		const inkIn = (x: number) => {
			for (let y = 0; y < rows; y++) if (dark(x, y)) return true;
			return false;
		};
		const clusters: [number, number][] = [];
		for (let x = 0; x < W; x++) {
			if (!inkIn(x)) continue;
			const last = clusters.at(-1);
			if (last && last[1] >= x - 1) last[1] = x;
			else clusters.push([x, x]);
		}
		let hollow = 0;
		for (const [x0, x1] of clusters) {
			let y0 = rows;
			let y1 = -1;
			for (let y = 0; y < rows; y++)
				for (let x = x0; x <= x1; x++)
					if (dark(x, y)) {
						y0 = Math.min(y0, y);
						y1 = Math.max(y1, y);
					}
			// The inside of the cluster's box, a quarter of each side away from its edges.
			const dx = Math.ceil((x1 - x0 + 1) / 4);
			const dy = Math.ceil((y1 - y0 + 1) / 4);
			let inside = 0;
			let area = 0;
			for (let y = y0 + dy; y <= y1 - dy; y++)
				for (let x = x0 + dx; x <= x1 - dx; x++) {
					area++;
					if (dark(x, y)) inside++;
				}
			if (area > 0 && inside / area < 0.02) hollow++;
		}
		return { runs: clusters.length, hollow: clusters.length ? hollow / clusters.length : 0 };
	}, pngBase64);
}

/** The exporter's picture path (SVG text drawn on a canvas) for a title alone, as base64 PNG. */
async function titleOnly(p: Page, title: string, dir: 'ltr' | 'rtl'): Promise<string> {
	return p.evaluate(
		async ({ title, dir, fonts }) => {
			const [W, H] = [1920, 1080];
			const pad = Math.round(W * 0.035);
			const size = Math.round(H * 0.042);
			const x = dir === 'rtl' ? W - pad : pad;
			const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
			svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
			for (const [k, v] of Object.entries({ width: W, height: H, 'font-family': fonts, direction: dir }))
				svg.setAttribute(k, String(v));
			const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
			for (const [k, v] of Object.entries({ x, y: pad + size, 'font-size': size, 'font-weight': 700 }))
				text.setAttribute(k, String(v));
			text.setAttribute('text-anchor', dir === 'rtl' ? 'end' : 'start');
			text.textContent = title;
			svg.append(text);
			const url = URL.createObjectURL(new Blob([svg.outerHTML], { type: 'image/svg+xml' }));
			const img = new Image(W, H);
			img.src = url;
			await img.decode();
			const canvas = new OffscreenCanvas(W, H);
			const ctx = canvas.getContext('2d')!;
			ctx.fillStyle = '#fff';
			ctx.fillRect(0, 0, W, H);
			ctx.drawImage(img, 0, 0);
			const blob = await canvas.convertToBlob({ type: 'image/png' });
			const bytes = new Uint8Array(await blob.arrayBuffer());
			let bin = '';
			for (const b of bytes) bin += String.fromCharCode(b);
			return btoa(bin);
		},
		{ title, dir, fonts: SYSTEM_FONTS }
	);
}

describe('exported pictures in Arabic and Chinese', () => {
	it.skipIf(!fonts.zh)('the measure tells boxes from letters: unassigned code points come out hollow', async () => {
		const { page: p } = await suite.open('/zh/universalization');
		// U+0378..U+037F are unassigned in Unicode: no font has them, every one is a .notdef box.
		const boxes = await titleInk(p, await titleOnly(p, '\u0378\u0379\u0380\u0381\u0382\u0383', 'ltr'));
		expect(boxes.runs).toBeGreaterThanOrEqual(6);
		expect(boxes.hollow).toBeGreaterThan(0.8);
		const letters = await titleInk(p, await titleOnly(p, zh['timeline.title'], 'ltr'));
		expect(letters.hollow).toBeLessThan(0.2);
	});

	for (const [lang, messages, dir] of [
		['zh', zh, 'ltr'],
		['ar', ar, 'rtl']
	] as const) {
		it.skipIf(!fonts[lang])(
			`/${lang}/: the PNG of a chart draws its ${lang === 'zh' ? 'Chinese' : 'Arabic'} title in letters`,
			async () => {
				const { page: p } = await suite.open(`/${lang}/universalization`);
				await p.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, { timeout: 30_000 });
				expect(await p.evaluate(() => document.documentElement.dir)).toBe(dir);
				const figure = p.getByRole('figure', { name: messages['timeline.title'], exact: true });
				await figure.getByRole('button', { name: messages['export.download'], exact: true }).click();
				const [file] = await Promise.all([
					p.waitForEvent('download'),
					figure.getByRole('menuitem', { name: messages['export.png'], exact: true }).click()
				]);
				const png = await readFile((await file.path())!);
				const ink = await titleInk(p, png.toString('base64'));
				// Chinese: about one cluster per character (8 in the title); Arabic: one per word or letter group.
				expect(ink.runs).toBeGreaterThanOrEqual(4);
				expect(ink.hollow).toBeLessThan(0.2);
			}
		);
	}
});
