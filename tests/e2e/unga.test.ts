// /unga in Chromium: tallies, the kinds of empty, prospects and the vote matrix prerendered; the
// year, grouping and search controls with JavaScript; nothing requested from another origin.
import { describe, expect, it } from 'vitest';
import { browserSuite } from './harness';

const suite = browserSuite();
const open = suite.open;

describe('/unga', () => {
	it('is prerendered: tallies, the three kinds of empty, prospects and the matrix', async () => {
		const o = await open('/unga', { javaScriptEnabled: false });
		const p = o.page;
		expect(await p.getByRole('figure', { name: 'Plenary votes on the resolution, per year' }).count()).toBe(1);
		const cell = (year: number, i: number) =>
			p.locator(`[data-testid="tally-grid"] tr[data-year="${year}"] td[data-kind]`).nth(i);
		expect(await cell(2015, 0).innerText()).toContain('139–2–40, 12 non-voting');
		// 2024: counted from the UN Digital Library record; 2025: the published tally only.
		expect(await cell(2024, 0).innerText()).toContain('121–1–33, 38 non-voting');
		expect(await cell(2025, 0).innerText()).toMatch(/138–2–35\s*\(published tally\)/);
		expect(await cell(2025, 2).innerText()).toMatch(/131–2–41/);
		expect(await cell(2015, 1).getAttribute('data-kind')).toBe('no_separate_vote');
		expect(await cell(2016, 2).getAttribute('data-kind')).toBe('not_in_data');
		expect(await cell(2018, 1).innerText()).toContain('153–0–18');
		// The official 2022 record agrees with the provisional rows: nothing is provisional now.
		expect(await p.getByTestId('provisional-notice').count()).toBe(0);
		// ... so the chart's description names no provisional year (it read "– is provisional").
		const desc = await p.locator('figure:has(svg.tally-bars) .desc').first().innerText();
		expect(desc).toContain('Years whose tally is not in the data are marked as such');
		expect(desc).not.toMatch(/provisional/i);
		expect(await p.getByTestId('fc-note').innerText()).toContain(
			'Per-State First Committee votes are not in the record'
		);
		expect(await p.getByTestId('published-only').innerText()).toContain(
			'up to 2024; for 2025 only the published tallies'
		);
		const sponsors = p.getByTestId('sponsors');
		expect(await sponsors.locator('li[data-year="2024"]').innerText()).toMatch(
			/^2024 \(A\/RES\/79\/58\): Mexico, Australia/
		);
		expect(await p.getByTestId('absent-sponsors').innerText()).toMatch(
			/In 2024, 155 States voted and 38 did not \(between 8 and 13 in the other years.*Netherlands/
		);
		expect(await p.getByTestId('record-notes').locator('li[data-year="2023"]').innerText()).toContain('Zimbabwe');
		// The votes are current to their own day, not the treaty status's: the figure and the footer say so.
		expect(await p.locator('figure#tallies .source').innerText()).toContain(
			'Data current to 1 Dec 2025 (the latest vote).'
		);
		expect(await p.getByTestId('dataset-dates').innerText()).toMatch(
			/Treaty status: 3 Feb 2026 .*General Assembly votes: 1 Dec 2025 \(the latest vote\)/
		);
		expect(await p.getByTestId('prospects').locator('tbody tr').count()).toBeGreaterThan(20);
		const matrix = p.getByTestId('vote-matrix');
		expect(await matrix.locator('tbody tr[data-iso3]').count()).toBe(197);
		expect(await matrix.locator('tr[data-iso3="VAT"] td').innerText()).toBe('Not a voting member');
		expect(await matrix.locator('tr[data-iso3="TUR"] td').count()).toBe(10);
		expect(o.foreignRequests).toEqual([]);
	});

	it("names the No voters under the tallies and heads the prospects' votes with their years", async () => {
		const { page: p } = await open('/unga', { javaScriptEnabled: false });
		// One or two States a year voted No; the tally's figure names them (the per-State plenary record).
		const note = await p.getByTestId('tallies-note').innerText();
		expect(note).toMatch(
			/^Voted No: 2015: Russian Federation, Zimbabwe; .*2018: Zimbabwe; .*2024: Russian Federation\.$/
		);
		// The prospects' vote history: a header per year above a cell per year, not a string of letters.
		const prospects = p.getByTestId('prospects');
		const years = await prospects.locator('thead tr').last().locator('th').allInnerTexts();
		expect(years[0]).toBe('2015');
		expect(years.at(-1)).toBe('2024');
		const first = prospects.locator('tbody tr').first();
		const votes = await first.locator('td.vote').allInnerTexts();
		expect(votes).toHaveLength(years.length);
		for (const v of votes) expect(v.trim()).toMatch(/^(Y|N|A|X|–)\*?$/);
		// Each letter says its year and vote in words to a screen reader and on hover.
		const cast = first.locator('td.vote:not(.none)').first();
		expect(await cast.getAttribute('title')).toMatch(/^20\d\d: (Yes|No|Abstain|Non-voting)/);
	});

	it('changes year, grouping and search with the keyboard, keeping them in the URL', async () => {
		const o = await open('/unga');
		const p = o.page;
		await p.waitForLoadState('networkidle');
		const year = p.getByLabel('Year of the vote');
		await year.focus();
		await year.selectOption('2016');
		await expect.poll(() => p.getByRole('heading', { name: 'Universalization prospects in 2016' }).count()).toBe(1);
		expect(new URL(p.url()).searchParams.get('year')).toBe('2016');
		await p.getByLabel('Filter the table by State').fill('turkiye');
		await expect.poll(() => p.getByTestId('vote-matrix').locator('tbody tr[data-iso3]').count()).toBe(1);
		expect(await p.getByTestId('vote-matrix').locator('tbody tr[data-iso3]').getAttribute('data-iso3')).toBe('TUR');
		await p.getByLabel('Filter the table by State').fill('');
		await p.getByLabel('Group by').selectOption('region');
		await expect.poll(() => p.getByTestId('vote-matrix').locator('tbody[data-group]').count()).toBe(6);
		const url = new URL(p.url());
		expect(url.searchParams.get('group')).toBe('region');
		// The permalink reopens the same view.
		const again = await open(`/unga${url.search}`);
		await again.page.waitForLoadState('networkidle');
		await expect.poll(() => again.page.getByTestId('vote-matrix').locator('tbody[data-group]').count()).toBe(6);
		expect(await again.page.getByLabel('Year of the vote').inputValue()).toBe('2016');
		for (const x of [o, again]) {
			expect(x.foreignRequests).toEqual([]);
			expect(x.consoleErrors).toEqual([]);
			expect(x.pageErrors).toEqual([]);
		}
	});

	it('says so for a year without per-State votes', async () => {
		const o = await open('/unga?year=2025&v=1');
		await o.page.waitForLoadState('networkidle');
		await expect
			.poll(() => o.page.getByRole('status').allInnerTexts())
			.toEqual(expect.arrayContaining([expect.stringContaining('year=2025')]));
		await o.page.getByLabel('Year of the vote').selectOption('2025');
		expect(await o.page.getByTestId('no-votes').innerText()).toContain('no per-State votes for 2025');
	});
});

describe('/unga on a phone', () => {
	it('wraps the notes in the record (they quote long addresses) within the screen', async () => {
		const context = await suite.browser.newContext({ viewport: { width: 390, height: 844 } });
		try {
			const page = await context.newPage();
			await page.goto(suite.url('/unga'));
			for (const id of ['record-notes', 'sponsors', 'absent-sponsors']) {
				const box = await page.getByTestId(id).boundingBox();
				expect(box!.x + box!.width, id).toBeLessThanOrEqual(390);
			}
		} finally {
			await context.close();
		}
	});
});
