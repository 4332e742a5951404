// Every page type on a phone (390 x 844) in the six languages, as prerendered (JavaScript off): the
// page is no wider than the window in either direction, and the header (brand, language, pages,
// search, slides) takes at most a fifth of the first screen. Tables scroll in their own box, and
// charts stay inside theirs; whatever pushes the page wider is named in the failure.
import { describe, expect, it } from 'vitest';
import { browserSuite } from './harness';
import { PAGE_TYPES } from './page-types';
import { locales } from '../../src/lib/i18n/locales';

const suite = browserSuite();
const PAGES = PAGE_TYPES;
const WIDTH = 390;
const HEIGHT = 844;

describe('phones (390 px)', () => {
	it.each(locales.map((l) => l.code))(
		'%s: every page fits the window; the header keeps to a fifth of it',
		async (lang) => {
			const context = await suite.browser.newContext({
				viewport: { width: WIDTH, height: HEIGHT },
				javaScriptEnabled: false
			});
			try {
				const page = await context.newPage();
				for (const route of PAGES) {
					const path = [lang === 'en' ? '' : lang, route].filter(Boolean).join('/');
					await page.goto(new URL(path, suite.server.url).href);
					const fit = await page.evaluate(() => {
						const doc = document.documentElement;
						// The outermost elements past either edge, not inside a box that scrolls them.
						const over = Array.from(document.querySelectorAll('body *')).filter((el) => {
							const r = el.getBoundingClientRect();
							if (r.width === 0 || (r.right <= innerWidth + 1 && r.left >= -1)) return false;
							// Not drawn: in a closed disclosure (a table view, the slides tray) or hidden.
							if (!el.checkVisibility()) return false;
							for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
								if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(a).overflowX)) return false;
							}
							return true;
						});
						// A chart's description takes the width (its Download button goes under it), not a sliver.
						const captions = Array.from(document.querySelectorAll('figure.chart .caption-text')).map(
							(c) => c.getBoundingClientRect().width
						);
						return {
							narrowestCaption: Math.min(innerWidth, ...captions),
							scrollWidth: doc.scrollWidth,
							header: document.querySelector('header.site')!.getBoundingClientRect().height,
							over: over.slice(0, 3).map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`)
						};
					});
					expect({ path, ...fit }).toEqual({
						path,
						scrollWidth: WIDTH,
						header: fit.header,
						narrowestCaption: fit.narrowestCaption,
						over: []
					});
					expect(fit.header, path).toBeLessThanOrEqual(HEIGHT / 5);
					expect(fit.narrowestCaption, path).toBeGreaterThanOrEqual(WIDTH - 2 * 20);
				}
			} finally {
				await context.close();
			}
		},
		120_000
	);
});
