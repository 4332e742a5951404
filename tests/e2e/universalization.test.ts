// The built site in Chromium: prerendered figures without JavaScript, the as-of control driving
// DuckDB-wasm with it, and nothing requested from another origin.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import { browserSuite, engineReady, expectClean, type OpenedPage } from './harness';

const suite = browserSuite({ requires: 'universalization.html' });
const ROOT = suite.root;
const open = suite.open;

// Independent of the SQL under test: counts straight from the canonical CSV.
const ccm = parseCsv(fs.readFileSync(path.join(ROOT, 'data/sources/accession/ccm.csv'), 'utf8'));
const col = (name: string) => ccm.header.indexOf(name);
function partiesOn(day: string) {
	return ccm.records.filter((r) => {
		const dep = r.cells[col('deposit_date')]!;
		const wd = r.cells[col('withdrawal_effective')]!;
		return dep !== '' && dep <= day && (wd === '' || day < wd);
	}).length;
}

const text = (o: OpenedPage, testid: string) => o.page.getByTestId(testid).first().innerText();

describe('without JavaScript (prerendered)', () => {
	it('shows the headline figures and the chart on the overview', async () => {
		const o = await open('/', { javaScriptEnabled: false });
		expect(await text(o, 'states-parties')).toBe('112');
		expect(await text(o, 'in-force')).toBe('111');
		expect(await text(o, 'signatories')).toBe('12');
		expect(await o.page.locator('figure#timeline svg path').count()).toBeGreaterThanOrEqual(2);
		expect(await o.page.getByRole('figure', { name: 'States Parties over time' }).count()).toBe(1);
		expectClean(o, { javaScript: false });
	});

	it('shows every chart, the map with all 197 States, the signatories and the regional groups', async () => {
		const o = await open('/universalization', { javaScriptEnabled: false });
		expect(await text(o, 'states-parties')).toBe('112');
		expect(await text(o, 'withdrawn')).toBe('1');
		const map = o.page.locator('figure#map svg');
		const placed = await map
			.locator('[data-iso3]')
			.evaluateAll((els) => new Set(els.map((e) => e.getAttribute('data-iso3'))).size);
		expect(placed).toBe(197);
		expect(await map.locator('circle').count()).toBeGreaterThanOrEqual(25);
		expect(await o.page.locator('figure#map details tr[data-iso3="LTU"] td').nth(1).textContent()).toBe('Withdrawn');
		expect(
			await o.page.getByText('do not imply official endorsement or acceptance by the United Nations').count()
		).toBe(1);
		expect(await o.page.locator('figure#joins svg rect').count()).toBeGreaterThan(10);
		const signatories = o.page.getByTestId('signatories-table').locator('tbody tr');
		expect(await signatories.count()).toBe(12);
		const none = o.page.getByTestId('regions-table').locator('tr[data-region="none"] td');
		expect(await none.last().innerText()).toBe('4');
		for (const name of ['Status of each State', 'States Parties over time', 'States joining per year'])
			expect(await o.page.getByRole('figure', { name }).count(), name).toBe(1);
		expectClean(o, { javaScript: false });
	});
});

describe('with JavaScript (DuckDB-wasm)', () => {
	const fill = (o: OpenedPage, iso3: string) =>
		o.page.locator(`figure#map svg [data-iso3="${iso3}"]`).first().getAttribute('fill');

	it('re-colours the map and recounts when the as-of date changes', async () => {
		const o = await open('/universalization', { until: 'engine' });
		expect(await fill(o, 'LTU')).toBe('#CC79A7'); // withdrawn on the data date
		await o.page.getByLabel('As of', { exact: true }).fill('2015-01-01');
		await o.page.waitForSelector('[data-testid="figures-as-of"][data-as-of="2015-01-01"]');
		expect(await text(o, 'states-parties')).toBe(String(partiesOn('2015-01-01')));
		expect(await fill(o, 'LTU')).toBe('#0072B2'); // a party in force in 2015
		expect(await fill(o, 'VUT')).toBe('#D4D4D4'); // not party before its 2025 accession
		// The outlines come from the prerendered SVG only (not the hydration data): all still drawn.
		const outlines = await o.page
			.locator('figure#map svg path')
			.evaluateAll((ps) => ps.map((p) => (p.getAttribute('d') ?? '').length));
		expect(outlines.length).toBeGreaterThan(150);
		expect(outlines.filter((n) => n < 10)).toEqual([]);
		// The map's table view, opened after the change, lists the same day.
		const mapTable = o.page.locator('figure#map details');
		await mapTable.locator('summary').click();
		await expect
			.poll(() => mapTable.locator('tr[data-iso3="LTU"] td').nth(1).innerText())
			.toBe('State Party (in force)');
		expect(await mapTable.locator('tbody tr').count()).toBe(197);
		// The permalink follows once the control rests.
		await expect.poll(() => new URL(o.page.url()).searchParams.get('as_of')).toBe('2015-01-01');
		expectClean(o);
	});

	it("shows the name and status of the State the map's keyboard focus is on", async () => {
		const o = await open('/universalization', { until: 'hydrated' });
		const p = o.page;
		const label = p.locator('figure#map [data-testid="map-focus"]');
		expect(await label.count()).toBe(0);
		await p.locator('figure#map svg a[tabindex="0"]').focus();
		await p.keyboard.press('Home');
		// The first State by name, in words beside the map, not only in the shape's <title>.
		await expect.poll(() => label.innerText()).toMatch(/^Afghanistan: State Party/);
		expect(await label.isVisible()).toBe(true);
		await p.keyboard.press('ArrowRight');
		await expect.poll(() => label.innerText()).toMatch(/^Albania: /);
		await p.keyboard.press('End');
		await expect.poll(() => label.innerText()).toMatch(/^Zimbabwe: /);
		// Leaving the map takes the label away.
		await p.keyboard.press('Tab');
		await expect.poll(() => label.count()).toBe(0);
	});

	it('opens a permalink on its date and labels a later date as a projection', async () => {
		const o = await open('/universalization?as_of=2025-03-06&v=1');
		await o.page.waitForSelector('[data-testid="figures-as-of"][data-as-of="2025-03-06"]', { timeout: 60_000 });
		expect(await text(o, 'states-parties')).toBe(String(partiesOn('2025-03-06')));
		expect(await text(o, 'withdrawn')).toBe('1');
		await o.page.getByLabel('As of', { exact: true }).fill('2026-03-01');
		await o.page.waitForSelector('[data-testid="figures-as-of"][data-as-of="2026-03-01"]');
		expect(await text(o, 'in-force')).toBe('112');
		expect(await o.page.getByTestId('projection').innerText()).toContain('Projection');
		expectClean(o);
	});

	it('falls back to the data date with a notice for an unusable as_of', async () => {
		const o = await open('/universalization?as_of=2023-02-30');
		await expect
			.poll(() => o.page.getByRole('status').allInnerTexts())
			.toEqual(expect.arrayContaining([expect.stringContaining('as_of=2023-02-30')]));
		expect(await text(o, 'states-parties')).toBe('112');
		// The reason is said in the page's language, with the date the reader's way.
		const fr = await open('/fr/universalization?as_of=2000-01-01');
		await expect
			.poll(() => fr.page.getByRole('status').allInnerTexts())
			.toEqual(
				expect.arrayContaining([
					expect.stringMatching(/as_of=2000-01-01.*antérieure à l’ouverture de la Convention .* 3 déc\. 2008/)
				])
			);
		await engineReady(o.page);
		expectClean(o);
	});
});
