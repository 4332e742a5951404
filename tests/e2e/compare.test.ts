// /compare in Chromium: it loads without console errors or foreign requests, the alignment
// toggle redraws the curves and keeps the choice in the URL, the short list shows the States an
// independent computation from the CSV files finds, and the as-of control recomputes it.
import { describe, expect, it } from 'vitest';
import { overlapFromCsv } from '../unit/support/overlap-from-csv';
import { browserSuite, engineSettled, expectClean, hydrated, type OpenedPage } from './harness';

const DATA_DATE = '2026-02-03';
const suite = browserSuite({ requires: 'compare.html' });
const open = suite.open;

/** The union of the three lists, as the page shows it: iso3 codes in name order. */
function expectedShortList(day: string) {
	const byIso = new Map<string, string>();
	for (const other of ['ottawa', 'att', 'ccw_p5'] as const)
		for (const e of overlapFromCsv(other, day)) byIso.set(e.iso3, e.name);
	return [...byIso].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)).map(([iso3]) => iso3);
}

const shortListIso3 = (o: OpenedPage) =>
	o.page.$$eval('[data-testid="short-list"] tbody tr', (rows) => rows.map((r) => r.getAttribute('data-iso3')));

describe('/compare', () => {
	it('shows the curves, the treaties, the short list and the published reporting figures, prerendered', async () => {
		const o = await open('/compare', { javaScriptEnabled: false });
		expect(await o.page.locator('h1').innerText()).toBe('The CCM beside other disarmament treaties');
		expect(await o.page.locator('[data-testid="curves"] path[data-series]').count()).toBe(9);
		expect(await shortListIso3(o)).toEqual(expectedShortList(DATA_DATE));
		const row = o.page.locator('[data-testid="treaties-table"] tr[data-treaty="ctbt"] td[data-eif]');
		expect(await row.innerText()).toContain('not in force');
		expect(await o.page.locator('[data-testid="treaties-table"] tr[data-treaty="ccm"] td.num').innerText()).toBe('112');
		// The published reporting figures: one measure drawn, the CCM's share beside the 2014 figure
		// drawn as a gap (status known for none of its 84 reports), the rest listed with a reason.
		const bars = o.page.locator('svg.share-bars g[data-row]');
		expect(await bars.count()).toBe(6);
		const ccm2014 = o.page.locator('svg.share-bars g[data-row="ccm-2014-2015-06-18"]');
		expect(await ccm2014.getAttribute('data-unknown')).toBe('1');
		expect(await ccm2014.textContent()).toContain('at least 0%; 0 of 84 known');
		expect(await o.page.locator('svg.share-bars').textContent()).toContain('Mine Ban 2009, day 216');
		const others = o.page.locator('[data-testid="rates-others"] tbody tr');
		expect(await others.count()).toBe(27);
		expect(
			await o.page.locator('[data-testid="rates-others"] tr[data-convention="att"]').first().innerText()
		).toContain('The day it was counted is not published');
		expect(await o.page.locator('nav.main a[aria-current="page"]').innerText()).toBe('Compare');
	});

	it('toggles the alignment, keeps it in the URL and restores it from a link', async () => {
		const o = await open('/compare');
		await engineSettled(o.page);
		const curves = o.page.getByTestId('curves');
		expect(await curves.getAttribute('data-align')).toBe('opening');
		const before = await o.page.locator('path[data-series="ccm"]').getAttribute('d');
		await o.page.getByLabel('calendar years').check();
		await o.page.waitForSelector('[data-testid="curves"][data-align="calendar"]');
		expect(new URL(o.page.url()).searchParams.get('align')).toBe('calendar');
		expect(await o.page.locator('path[data-series="ccm"]').getAttribute('d')).not.toBe(before);
		expect(await o.page.locator('.curves-chart').textContent()).toContain('Year');
		expectClean(o);

		const again = await open('/compare?align=calendar&v=1');
		await again.page.waitForSelector('[data-testid="curves"][data-align="calendar"]');
		expect(await again.page.getByLabel('calendar years').isChecked()).toBe(true);
	}, 180_000);

	it('recomputes the short list in the browser for another day', async () => {
		const o = await open('/compare');
		// Typed before hydration, the day would sit in the prerendered field with nobody listening.
		await hydrated(o.page, 60_000);
		expect(await shortListIso3(o)).toEqual(expectedShortList(DATA_DATE));
		await o.page.getByLabel('As of', { exact: true }).fill('2019-06-01');
		await o.page.waitForSelector('[data-testid="figures-as-of"][data-as-of="2019-06-01"]', { timeout: 60_000 });
		const list = await shortListIso3(o);
		expect(list).toEqual(expectedShortList('2019-06-01'));
		// Lithuania was a CCM party in 2019; it is on the list once its CCM withdrawal took effect.
		expect(list).not.toContain('LTU');
		expect(new URL(o.page.url()).searchParams.get('as_of')).toBe('2019-06-01');
		expectClean(o);
	}, 180_000);
});
