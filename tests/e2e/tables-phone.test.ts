// Tables on a phone (390 px), prerendered, JavaScript off, in English, Arabic and Chinese: every table
// sits in its own box that scrolls sideways (a named, focusable region, so a keyboard can scroll it)
// and no table reaches past the window on either side. Before, /universalization's regional table
// ended at 492 px, /unga's vote matrix at 652 and /compare's rates table at 1241, widening the page.
// Only tables are checked here: the header and the charts are other checks' business.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { browserSuite, importFile } from './harness';
import { PAGE_TYPES } from './page-types';

const suite = browserSuite();
const ROUTES = PAGE_TYPES;
const WIDTH = 390;
const CASES = ['en', 'ar', 'zh'].flatMap((lang) => ROUTES.map((route) => ({ lang, route })));

/** The tables of the page that are not in a named, focusable scrolling box inside the window. */
async function tablesOutside(page: Page) {
	// Table views are closed <details>: open them all, as a reader may, so their tables are laid out.
	await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
	return page.evaluate((width) => {
		const problems: string[] = [];
		const tables = [...document.querySelectorAll('table')];
		for (const table of tables) {
			const name = table.dataset.testid ?? table.className;
			const box = table.closest<HTMLElement>('.table-scroll');
			if (!box) {
				problems.push(`${name}: not in a scrolling box`);
				continue;
			}
			if (getComputedStyle(box).overflowX !== 'auto') problems.push(`${name}: its box does not scroll`);
			if (box.getAttribute('role') !== 'region' || box.tabIndex !== 0 || !box.getAttribute('aria-label')?.trim())
				problems.push(`${name}: its box is not a named, focusable region`);
			const r = box.getBoundingClientRect();
			if (r.width === 0) continue;
			if (r.left < -0.5 || r.right > width + 0.5)
				problems.push(`${name}: its box spans ${Math.round(r.left)} to ${Math.round(r.right)} px`);
		}
		return { count: tables.length, problems, scrollWidth: document.documentElement.scrollWidth };
	}, WIDTH);
}

describe('tables at 390 px', () => {
	it.each(CASES)('/$lang/$route: every table scrolls in its own box, inside the window', async ({ lang, route }) => {
		const context = await suite.browser.newContext({
			viewport: { width: WIDTH, height: 844 },
			javaScriptEnabled: false
		});
		try {
			const page = await context.newPage();
			await page.goto(suite.url(lang === 'en' ? route : `${lang}/${route}`));
			const found = await tablesOutside(page);
			expect(found.problems).toEqual([]);
			// A page with no table passes trivially; these pages all have some (the overview may not, and the
			// Trust Fund's tables come with a ledger: see the next test).
			if (route !== '' && route !== 'trust-fund') expect(found.count).toBeGreaterThan(0);
		} finally {
			await context.close();
		}
	});

	it('/trust-fund with a ledger imported: its four tables too', async () => {
		const context = await suite.browser.newContext({ viewport: { width: WIDTH, height: 844 } });
		try {
			const page = await context.newPage();
			await page.goto(suite.url('trust-fund'));
			await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
			await importFile(page, path.join(suite.root, 'tests/fixtures/trustfund/fixture-ledger-contributions.csv'));
			await expect.poll(() => page.getByTestId('tf-states').count(), { timeout: 30_000 }).toBe(1);
			const found = await tablesOutside(page);
			expect(found.problems).toEqual([]);
			expect(found.count).toBe(4);
		} finally {
			await context.close();
		}
	});
});
