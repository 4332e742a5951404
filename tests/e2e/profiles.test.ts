// Country profiles: one prerendered page per State of the reference, reached from the search box
// by any alias, showing facts that match the data; "copy citation" puts a sentence on the clipboard.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import { formatDate } from '../../src/lib/i18n/format';
import { browserSuite } from './harness';

const suite = browserSuite();
const ROOT = suite.root;
const states = parseCsv(fs.readFileSync(path.join(ROOT, 'data/reference/states.csv'), 'utf8'));
const ccm = parseCsv(fs.readFileSync(path.join(ROOT, 'data/sources/accession/ccm.csv'), 'utf8'));
const ccmRow = (iso3: string) => {
	const r = ccm.records.find((x) => x.cells[ccm.header.indexOf('iso3')] === iso3);
	return (col: string) => (r ? r.cells[ccm.header.indexOf(col)]! : '');
};

describe('profiles', () => {
	it('exist in the static build for every State of the reference (197)', () => {
		expect(states.records.length).toBe(197);
		const missing = states.records
			.map((r) => r.cells[states.header.indexOf('iso3')]!.toLowerCase())
			.filter((iso3) => !fs.existsSync(path.join(ROOT, 'build/states', `${iso3}.html`)));
		expect(missing).toEqual([]);
	});

	for (const [alias, iso3] of [
		['Czechia', 'CZE'],
		['Türkiye', 'TUR'],
		['holy see', 'VAT']
	] as const) {
		it(`are found by typing "${alias}" in the search box and pressing Enter`, async () => {
			const o = await suite.open('/');
			const p = o.page;
			await p.waitForLoadState('networkidle');
			const box = p.getByRole('combobox', { name: 'Find a State' });
			await box.focus();
			await p.keyboard.type(alias);
			await expect.poll(() => p.locator('#state-search-list').getByRole('option', { selected: true }).count()).toBe(1);
			await p.keyboard.press('Enter');
			await p.waitForURL(`**/states/${iso3.toLowerCase()}`);
			const row = ccmRow(iso3);
			expect(await p.getByTestId('deposit').innerText()).toContain(
				row('deposit_date') ? formatDate(row('deposit_date')) : '—'
			);
			expect(await p.getByTestId('signature').innerText()).toBe(
				row('signature_date') ? formatDate(row('signature_date')) : '—'
			);
			if (iso3 === 'VAT') expect(await p.getByTestId('not-voting').innerText()).toContain('not a voting member');
			if (iso3 === 'TUR') {
				expect(await p.getByTestId('status').getAttribute('data-status')).toBe('not_party');
				expect(await p.getByTestId('prospect').innerText()).toMatch(/^Prospect: .*(voted|abstained|did not vote)/i);
				// One row a year with per-State votes, 2015 to 2024.
				expect(await p.getByTestId('state-votes').locator('tbody tr').count()).toBe(10);
				// The same chart component as /unga, as a figure with its table view.
				const group = p.getByRole('figure', {
					name: 'How the Western European and Others Group voted, with the vote of Türkiye'
				});
				expect(await group.locator('svg rect').count()).toBeGreaterThan(8);
				expect(await group.locator('details table tbody tr').count()).toBe(10);
			}
			expect(o.foreignRequests).toEqual([]);
			expect(o.pageErrors).toEqual([]);
		});
	}

	// The UN's own names (M49), not the common ones ("Laos", "英国"), with the formal name beneath.
	for (const [route, heading, formal] of [
		['/fr/states/lao', 'République démocratique populaire lao', 'la République démocratique populaire lao'],
		['/zh/states/gbr', '大不列颠及北爱尔兰联合王国', null],
		['/ru/states/lao', 'Лаосская Народно-Демократическая Республика', null],
		['/states/tur', 'Türkiye', null]
	] as const) {
		it(`${route} is headed "${heading}"${formal ? ` over "${formal}"` : ''}`, async () => {
			const o = await suite.open(route, { javaScriptEnabled: false });
			expect(await o.page.getByRole('heading', { level: 1 }).innerText()).toBe(heading);
			const subtitle = o.page.getByTestId('formal-name');
			// 大不列颠及北爱尔兰联合王国 is already the formal name; Türkiye's on file predates the name.
			if (route === '/zh/states/gbr' || route === '/states/tur') expect(await subtitle.count()).toBe(0);
			if (formal) expect(await subtitle.innerText()).toBe(formal);
		});
	}

	it('are found in Chinese by the common name "英国", listed under the official name', async () => {
		const o = await suite.open('/zh/');
		const p = o.page;
		await p.waitForLoadState('networkidle');
		// The overview has selects (comboboxes) of its own: the search box is the one named so.
		const box = p.locator('#state-search');
		await box.focus();
		await p.keyboard.type('英国');
		await expect
			.poll(() => p.locator('#state-search-list').getByRole('option', { selected: true }).innerText())
			.toBe('大不列颠及北爱尔兰联合王国');
		await p.keyboard.press('Enter');
		await p.waitForURL('**/zh/states/gbr');
		expect(o.pageErrors).toEqual([]);
	});

	it('copies a citation with the figure, its date and its source', async () => {
		const context = await suite.browser.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(suite.server.url).origin });
		const p = await context.newPage();
		await p.goto(suite.url('/states/ltu'));
		await p.waitForLoadState('networkidle');
		await p.getByRole('button', { name: 'Copy citation' }).click();
		const text = await p.evaluate(() => navigator.clipboard.readText());
		expect(text).toBe(
			'Convention on Cluster Munitions, Lithuania: Withdrawn as of 3 Feb 2026 (ratification deposited 24 Mar 2011, in force 1 Sept 2011, withdrawal effective 6 Mar 2025). Source: UN Treaty Collection, status of the Convention (XXVI-6), as at 3 Feb 2026.'
		);
		await context.close();
	});

	it('link from the vote matrix', async () => {
		const o = await suite.open('/unga', { javaScriptEnabled: false });
		expect(await o.page.locator('[data-testid="vote-matrix"] tr[data-iso3="NOR"] th a').getAttribute('href')).toMatch(
			/states\/nor$/
		);
	});
	it("lists South Africa's statement of no report as one, and a derived record as derived", async () => {
		const zaf = (await suite.open('/states/zaf', { javaScriptEnabled: false })).page;
		const none = zaf.locator('[data-testid="records"] li[data-basis="stated_none_as_of"]');
		expect(await none.count()).toBe(4);
		expect(await none.first().innerText()).toMatch(/^No annual report covering 2016 as of .*2020, the source says/);
		const afg = (await suite.open('/states/afg', { javaScriptEnabled: false })).page;
		const derived = afg.locator('[data-testid="records"] li[data-basis="derived_monitor_ever_since"]');
		expect(await derived.count()).toBeGreaterThan(0);
		expect(await derived.first().innerText()).toContain('derived from the Monitor’s “ever since” statement');
	});
});
