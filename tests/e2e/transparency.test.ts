// /transparency in Chromium: the rule written next to the rates, known kept apart from unknown,
// the published figure beside the computed one, and the as-of control recomputing statuses.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, startServer, type OpenedPage, type RunningServer } from './harness';

const ROOT = path.resolve(import.meta.dirname, '../..');
let browser: Browser;
let server: RunningServer;
const opened: OpenedPage[] = [];

beforeAll(async () => {
	browser = await launchBrowser();
	server = await startServer(path.join(ROOT, 'build'));
});
afterAll(async () => {
	for (const o of opened) await o.context.close();
	await browser?.close();
	await server?.close();
});
async function open(route: string, opts?: { javaScriptEnabled?: boolean }) {
	const o = await openPage(browser, new URL(route, server.url).href, opts);
	opened.push(o);
	return o;
}

describe('/transparency', () => {
	it('is prerendered with the definition, the statuses, coverage and the published figures', async () => {
		const o = await open('/transparency', { javaScriptEnabled: false });
		const p = o.page;
		expect(await p.getByTestId('rules').innerText()).toContain(
			'due 30 April of Y+1 from every State Party whose initial report was due on or before 31 December of Y'
		);
		expect(await p.getByRole('figure', { name: /Annual reports per covering year/ }).count()).toBe(1);
		const nam = p.locator('[data-testid="initial-reports"] tr[data-iso3="NAM"]');
		expect(await nam.getAttribute('data-status')).toBe('late');
		expect(await nam.innerText()).toContain('27');
		expect(await p.getByTestId('comparison').innerText()).toMatch(
			/Published: 4 of 4 initial reports due in 2019 submitted on time/
		);
		expect(await p.locator('[data-testid="initial-reports"] tr[data-status="unknown"]').count()).toBeGreaterThan(0);
		expect(await p.locator('[data-testid="initial-reports"] tr[data-status="not_submitted"]').count()).toBe(0);
		expect(await p.getByTestId('published-figures').locator('tbody tr').count()).toBe(38);
		// The table view is a closed <details>: its text is in the page, not on screen.
		const y2011 = await p.locator('[data-testid="annual-table"] tr[data-year="2011"] td').allTextContents();
		expect(y2011.at(-1)).toMatch(/^\d+%$/);
		expect(o.foreignRequests).toEqual([]);
	});

	it('recomputes statuses for another day', async () => {
		const o = await open('/transparency');
		await o.page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, { timeout: 60_000 });
		await o.page.getByLabel('As of', { exact: true }).fill('2019-08-10');
		const nam = o.page.locator('[data-testid="initial-reports"] tr[data-iso3="NAM"]');
		// Before the Monitor's date of 27 Aug 2019 Namibia's report was due and not on record; the
		// record of initial reports due in 2019 is declared complete (coverage.csv), so: not submitted.
		await expect.poll(() => nam.getAttribute('data-status')).toBe('not_submitted');
		// Elsewhere, with no declaration, a report without a record stays unknown.
		expect(await o.page.locator('[data-testid="initial-reports"] tr[data-status="unknown"]').count()).toBeGreaterThan(
			0
		);
		expect(
			await o.page.locator('[data-testid="initial-reports"] tr[data-iso3="PHL"]').getAttribute('data-status')
		).toBe('not_yet_due');
		expect(new URL(o.page.url()).searchParams.get('as_of')).toBe('2019-08-10');
		expect(o.foreignRequests).toEqual([]);
		expect(o.consoleErrors).toEqual([]);
		expect(o.pageErrors).toEqual([]);
	});
});
