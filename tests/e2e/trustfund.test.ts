// /trust-fund in Chromium: published facts without a ledger; a fixture ledger (invented for tests)
// imported in the browser drives every chart and table, stays local, and is cleared.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserSuite, importFile, importOutcome } from './harness';

const suite = browserSuite();
const FIX = path.join(suite.root, 'tests/fixtures/trustfund');

const open = suite.open;

/** /trust-fund with its engine ready and a fixture ledger put in its import field. */
async function importLedger(file: string) {
	const o = await open('/trust-fund', { until: 'engine' });
	await importFile(o.page, path.join(FIX, file));
	return o;
}

describe('/trust-fund', () => {
	it('shows the published facts with their sources and says the ledger is not public', async () => {
		const o = await open('/trust-fund', { javaScriptEnabled: false });
		const card = o.page.locator('[data-testid="facts"] li[data-metric="contributing_states"][data-year="2023"]');
		expect(await card.innerText()).toContain('57 States');
		expect(await card.innerText()).toContain('CCM Coordination Committee, minutes of the meeting of 30 January 2024');
		expect(await card.innerText()).not.toMatch(/seed\/|\.txt/);
		expect(await card.innerText()).toContain('bringing the total number of contributing States to 57');
		expect(await o.page.getByTestId('facts').locator('li').count()).toBe(6);
		expect(await o.page.getByTestId('no-ledger').innerText()).toContain('not public');
		expect(await o.page.getByTestId('no-ledger').innerText()).not.toMatch(/npm|\.csv|data\//);
		expect(await o.page.locator('figure').count()).toBe(0);
		expect(o.foreignRequests).toEqual([]);
	});

	it('draws every view from a ledger imported in the browser, then clears it', async () => {
		const o = await open('/trust-fund', { until: 'engine' });
		const p = o.page;
		await importFile(p, path.join(FIX, 'fixture-ledger-contributions.csv'));
		await expect.poll(() => p.getByTestId('tf-states').count(), { timeout: 20_000 }).toBe(1);
		await importFile(p, path.join(FIX, 'fixture-ledger-budgets.csv'));
		await expect
			.poll(() => p.getByTestId('imported-banner').innerText(), { timeout: 20_000 })
			.toContain('fixture-ledger-budgets.csv');
		const row2023 = p.locator('[data-testid="tf-years-table"] tr[data-year="2023"] td');
		await expect
			.poll(async () => (await row2023.allTextContents()).slice(0, 3))
			.toEqual(['222,501 CHF', '200,000 CHF', '22,501 CHF']);
		const y2023 = await row2023.allTextContents();
		expect(y2023.slice(3)).toEqual(['4', '4', expect.stringMatching(/^\d+%$/)]);
		expect(
			await p
				.getByRole('figure', { name: 'Contributions against the approved budget' })
				.locator('svg line[stroke="#D55E00"]')
				.count()
		).toBe(2);
		// The budget line is named in the legend, beside the bars.
		expect(
			await p
				.getByRole('figure', { name: 'Contributions against the approved budget' })
				.locator('ul.legend li')
				.allInnerTexts()
		).toEqual(['Contributions', 'Approved budget']);
		expect(await p.getByTestId('tf-states').locator('tbody tr').first().getAttribute('data-iso3')).toBe('NOR');
		await p.getByRole('button', { name: 'State', exact: true }).click();
		await expect
			.poll(() => p.getByTestId('tf-states').locator('tbody tr').first().getAttribute('data-iso3'))
			.toBe('LTU');
		expect(await p.getByTestId('tf-regions').locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
		expect(await p.getByTestId('tf-sponsorship').locator('tr[data-year="2023"] td').allTextContents()).toEqual([
			'50,000 CHF',
			'2'
		]);
		await p.getByRole('button', { name: 'Clear imported data' }).click();
		await expect.poll(() => p.getByTestId('no-ledger').count()).toBe(1);
		expect(o.foreignRequests).toEqual([]);
		expect(o.consoleErrors).toEqual([]);
		expect(o.pageErrors).toEqual([]);
	});

	it('shows a year with contributions in three currencies per currency, never summed', async () => {
		const o = await importLedger('fixture-ledger-three-currencies.csv');
		const p = o.page;
		await expect
			.poll(() => p.getByTestId('imported-banner').innerText(), { timeout: 20_000 })
			.toContain('fixture-ledger-three-currencies.csv');
		const figure = p.getByRole('figure', { name: 'Contributions against the approved budget' });
		await expect.poll(() => figure.count(), { timeout: 20_000 }).toBe(1);
		expect(await p.getByTestId('tf-currencies').innerText()).toContain(
			'Contributions are in 3 currencies (CHF, EUR, USD)'
		);
		// One panel per currency: amounts in different currencies share no axis.
		expect(
			await figure.locator('g[data-currency]').evaluateAll((s) => s.map((e) => e.getAttribute('data-currency')))
		).toEqual(['CHF', 'EUR', 'USD']);
		expect(await figure.locator('g[data-currency="EUR"] rect').count()).toBe(1);
		const rows = p.locator('[data-testid="tf-years-table"] tr[data-year="2023"]');
		expect(await rows.evaluateAll((r) => r.map((e) => e.getAttribute('data-currency')))).toEqual(['CHF', 'EUR', 'USD']);
		expect(await rows.locator('td:first-of-type').allTextContents()).toEqual(['3,000 CHF', '2,000 EUR', '300 USD']);
		expect(await p.locator('[data-testid="tf-years-table"]').innerText()).not.toContain('5,300');
		expect(o.consoleErrors).toEqual([]);
		expect(o.pageErrors).toEqual([]);
		expect(o.foreignRequests).toEqual([]);
	});

	it('puts an imported ledger on the State profiles, labelled as imported', async () => {
		const o = await importLedger('fixture-ledger-contributions.csv');
		await importOutcome(o.page, 'imported-banner');
		const profile = await o.context.newPage();
		const errors: string[] = [];
		profile.on('pageerror', (e) => errors.push(e.message));
		await profile.goto(suite.url('/states/nor'));
		const rows = profile.locator('[data-testid="contributions"] tr');
		await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(2);
		expect(await profile.getByTestId('no-contributions').count()).toBe(0);
		expect(await rows.evaluateAll((r) => r.map((e) => e.getAttribute('data-year')))).toEqual(['2022', '2023']);
		expect(await rows.first().innerText()).toContain('120,000 CHF');
		expect(await profile.locator('[data-testid="contributions"] tr[data-imported="true"]').count()).toBe(2);
		expect(await profile.getByTestId('contributions-imported').innerText()).toContain(
			'fixture-ledger-contributions.csv'
		);
		// A State the file does not name: the imported ledger is said to have nothing from it.
		await profile.goto(suite.url('/states/fra'));
		await expect.poll(() => profile.getByTestId('contributions-imported').count(), { timeout: 60_000 }).toBe(1);
		expect(await profile.getByTestId('contributions').count()).toBe(0);
		expect(await profile.getByTestId('no-contributions').innerText()).toBe(
			'The imported Trust Fund ledger has no contribution from France.'
		);
		expect(errors).toEqual([]);
	}, 120_000);

	it('lists the problems of a broken ledger by row and column', async () => {
		const o = await importLedger('fixture-ledger-broken.csv');
		const text = await importOutcome(o.page, 'import-errors');
		expect(text).toContain('line 2, column amount: value "-500.00"');
		expect(text).toContain('line 7, column state: value "Ireland": the same contribution as on line 6');
	});
});
