// What a reader sees on a chart in English, Arabic and Chinese: no label printed over another, no
// label cut off at the edge of its chart. Measured with Chromium's own text boxes on the
// prerendered pages (JavaScript off, as the issue measured them) at a desktop and a phone width,
// and on the standalone SVG each chart's Download menu writes (the file the PNG is drawn from).
// On a phone with the page running, every chart is drawn for its width: in all six languages no
// text on it shows below 11 CSS pixels, and still none overlaps or leaves it.
import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite, hydrated } from './harness';

const suite = browserSuite();
const LANGS = ['en', 'ar', 'zh'] as const;
const ALL_LANGS = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;
/** The smallest text a chart may show, in CSS pixels (frame.ts MIN_FONT_PX). */
const MIN_PX = 11;
// Every page type with a chart in the bundled data. /trust-fund draws its chart from a ledger, which
// the bundled data does not hold; /calendar draws one for the States chosen, in the browser.
const ROUTES = [
	'',
	'universalization',
	'unga',
	'transparency',
	'implementation',
	'calendar?states=fra-deu-nor&v=1',
	'compare',
	'states/fra'
];
const needsScript = (route: string) => route.startsWith('calendar');
/** CSS pixels two boxes may share (glyph boxes include the line's ascent and descent). */
const TOLERANCE = 2;

const path = (lang: string, route: string) => (lang === 'en' ? `/${route}` : `/${lang}/${route}`);
const counts: Record<string, number> = {};
afterAll(() => {
	// The totals, for the record of what changed (printed once the file has run).
	console.log(`chart label problems: ${JSON.stringify(counts)}`);
});

/**
 * Every visible <text> of the SVGs matching `selector`: each pair whose boxes overlap by more than
 * the tolerance both ways, and each box that leaves the nearest <svg> around it (an inner <svg>
 * clips what leaves it) or the outermost one.
 */
function labelProblems(p: Page, selector: string): Promise<string[]> {
	return p.evaluate(
		({ selector, tolerance }) => {
			const problems: string[] = [];
			const shown = (el: Element) => {
				for (let e: Element | null = el; e; e = e.parentElement) {
					const s = getComputedStyle(e);
					if (s.display === 'none' || s.visibility === 'hidden' || s.opacity === '0') return false;
				}
				return true;
			};
			const name = (el: Element) => JSON.stringify((el.textContent ?? '').trim().slice(0, 40));
			document.querySelectorAll<SVGSVGElement>(selector).forEach((svg, n) => {
				const where = `${svg.getAttribute('class') ?? 'svg'}#${n}`;
				const texts = [...svg.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim() && shown(t));
				const boxes = texts.map((t) => t.getBoundingClientRect());
				texts.forEach((t, i) => {
					const b = boxes[i]!;
					if (b.width === 0) return;
					for (const frame of new Set([t.closest('svg')!, svg])) {
						const f = frame.getBoundingClientRect();
						const out = Math.max(f.left - b.left, b.right - f.right, f.top - b.top, b.bottom - f.bottom);
						if (out > tolerance) problems.push(`${where}: ${name(t)} leaves its chart by ${Math.round(out)} px`);
					}
					for (let j = i + 1; j < texts.length; j++) {
						const c = boxes[j]!;
						const w = Math.min(b.right, c.right) - Math.max(b.left, c.left);
						const h = Math.min(b.bottom, c.bottom) - Math.max(b.top, c.top);
						if (w > tolerance && h > tolerance && c.width > 0)
							problems.push(`${where}: ${name(t)} overlaps ${name(texts[j]!)}`);
					}
				});
			});
			return problems;
		},
		{ selector, tolerance: TOLERANCE }
	);
}

describe('chart labels on the pages (JavaScript off)', () => {
	for (const width of [1440, 390])
		for (const lang of LANGS)
			it.each(ROUTES)(`${lang} at ${width} px: /%s`, async (route) => {
				const context = await suite.browser.newContext({
					javaScriptEnabled: needsScript(route),
					viewport: { width, height: 900 }
				});
				try {
					const p = await context.newPage();
					await p.goto(suite.url(path(lang, route).slice(1)));
					if (needsScript(route)) await p.locator('figure .chart-body svg').first().waitFor({ timeout: 60_000 });
					expect(await p.locator('figure .chart-body svg').count()).toBeGreaterThan(0);
					const problems = await labelProblems(p, 'figure .chart-body svg');
					const key = `page ${lang} ${width}`;
					counts[key] = (counts[key] ?? 0) + problems.length;
					expect(problems).toEqual([]);
				} finally {
					await context.close();
				}
			});
});

/** Each chart text shown smaller than `min` CSS pixels: its font size times the SVG's scale. */
function smallText(p: Page, selector: string, min: number): Promise<string[]> {
	return p.evaluate(
		({ selector, min }) => {
			const small: string[] = [];
			document.querySelectorAll<SVGSVGElement>(selector).forEach((svg, n) => {
				for (const t of svg.querySelectorAll('text')) {
					if (!(t.textContent ?? '').trim() || t.getBoundingClientRect().width === 0) continue;
					const px = parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1);
					if (px < min - 0.05)
						small.push(
							`${svg.getAttribute('class')}#${n}: ${JSON.stringify(t.textContent!.trim().slice(0, 30))} at ${px.toFixed(1)} px`
						);
				}
			});
			return small;
		},
		{ selector, min }
	);
}

describe('charts on a phone, drawn for its width (JavaScript on)', () => {
	for (const lang of ALL_LANGS)
		it.each(ROUTES)(`${lang} at 390 px: /%s`, async (route) => {
			const context = await suite.browser.newContext({ viewport: { width: 390, height: 844 } });
			try {
				const p = await context.newPage();
				await p.goto(suite.url(path(lang, route).slice(1)));
				await hydrated(p);
				const svg = p.locator('figure .chart-body svg').first();
				await svg.waitFor({ timeout: 60_000 });
				// Drawn for the phone: the chart's viewBox is as wide as its box, not the desktop's 720.
				await p.waitForFunction(() => {
					const s = document.querySelector('figure .chart-body svg:not(.world-map)');
					return !s || Number(s.getAttribute('viewBox')?.split(' ')[2]) < 720;
				});
				const problems = [
					...(await labelProblems(p, 'figure .chart-body svg')),
					...(await smallText(p, 'figure .chart-body svg', MIN_PX))
				];
				const key = `phone ${lang}`;
				counts[key] = (counts[key] ?? 0) + problems.length;
				expect(problems).toEqual([]);
			} finally {
				await context.close();
			}
		});
});

describe('chart labels in the exported SVGs', () => {
	for (const lang of LANGS)
		it.each(ROUTES)(`${lang}: every chart of /%s`, async (route) => {
			const o = await suite.open(path(lang, route).slice(1));
			const p = o.page;
			await hydrated(p);
			if (needsScript(route)) await p.locator('figure .chart-body svg').first().waitFor({ timeout: 60_000 });
			const figures = p.locator('figure:has(.download-button)');
			const n = await figures.count();
			expect(n).toBeGreaterThan(0);
			const viewer = await o.context.newPage();
			const problems: string[] = [];
			for (let i = 0; i < n; i++) {
				const figure = figures.nth(i);
				await figure.locator('.download-button').click();
				const [file] = await Promise.all([
					p.waitForEvent('download'),
					figure.getByRole('menuitem', { name: 'SVG', exact: true }).click()
				]);
				const svg = (await readFile((await file.path())!, 'utf8')).replace(/^<\?xml[^>]*>\s*/, '');
				// Shown at its own size (1920 x 1080), as the PNG is drawn.
				await viewer.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
				const id = await figure.getAttribute('id');
				problems.push(...(await labelProblems(viewer, 'body > svg')).map((m) => `${id}: ${m}`));
			}
			counts[`export ${lang}`] = (counts[`export ${lang}`] ?? 0) + problems.length;
			expect(problems).toEqual([]);
		});
});
