// The Trust Fund controller (src/lib/controllers/trustfund.ts) on the bundled data against its
// golden, and on a fixture ledger answered by a fixture connector.
//
// Golden: tests/golden/controllers/trustfund-bundled.json. After a deliberate change (a query, the
// controller or the data), `npx vitest run tests/unit/controllers/trustfund.test.ts -u` rewrites
// it; review the diff of the golden line by line before committing it, as it is what /trust-fund
// and `npm run metric` will show.
import { describe, expect, it } from 'vitest';
import { byRegion, hasLedger, loadTrustFund, trustFundYear } from '../../../src/lib/controllers/trustfund';
import { budgets, byState, facts, fundYears } from '../../../src/lib/queries/trustfund';
import { bundledData } from '../support/bundled-data';
import { fakeConnector } from '../support/fake-connector';
import { goldenFile, goldenJson } from '../support/golden';

describe('the Trust Fund on the bundled data', async () => {
	const { db } = await bundledData();
	const data = await loadTrustFund(db);
	const years = [...new Set(data.facts.map((f) => f.year))].sort();

	it('matches its golden', async () => {
		const golden = {
			hasLedger: hasLedger(data),
			data,
			years: years.map((y) => trustFundYear(data, y)),
			byRegion: byRegion(data)
		};
		await expect(goldenJson(golden)).toMatchFileSnapshot(goldenFile('trustfund', 'bundled'));
	});

	it('quotes 2023 as `npm run metric` prints it, from the published facts', () => {
		// `npm run -s metric -- trust-fund --year 2023 --json`, run by hand on 7 Dec 2026: 57 contributing
		// States, contributions above the approved budget, basis "facts" (the Coordination Committee's
		// minutes of 30 January 2024); no amount is derived from the quote.
		expect(trustFundYear(data, 2023)).toEqual({
			year: 2023,
			contributing_states: 57,
			total: null,
			currency: null,
			approved_budget: null,
			result: 'above',
			result_amount: null,
			basis: 'facts',
			totals: null
		});
		expect(trustFundYear(data, 2022)).toMatchObject({ contributing_states: null, result: 'below', basis: 'facts' });
	});

	it('has no year it has no figure for', () => {
		expect(trustFundYear(data, 2009)).toBeNull();
	});
});

describe('a fixture ledger', async () => {
	const year = (y: number, currency: string, total: number, states: number) => ({
		year: y,
		currency,
		total,
		contributing_states: states,
		contributing_parties: states,
		year_contributing_states: 3,
		states_parties: 110,
		imported: true
	});
	const db = fakeConnector([
		[
			fundYears,
			(p) =>
				p[0] === 'trust_fund' ? [year(2024, 'CHF', 120.5, 3), year(2025, 'CHF', 80, 2), year(2025, 'EUR', 40, 1)] : []
		],
		[budgets, [{ year: 2024, approved_budget: 100, currency: 'CHF', source_document: 'fixture', imported: true }]],
		[
			byState,
			[
				{
					iso3: 'CHE',
					name: 'Switzerland',
					region: 'WEOG',
					currency: 'CHF',
					total: 100.1,
					years: 2,
					year_list: '2024, 2025'
				},
				{
					iso3: 'NOR',
					name: 'Norway',
					region: 'WEOG',
					currency: 'CHF',
					total: 100.2,
					years: 2,
					year_list: '2024, 2025'
				},
				{ iso3: 'IRL', name: 'Ireland', region: 'WEOG', currency: 'EUR', total: 40, years: 1, year_list: '2025' }
			]
		],
		[facts, []]
	]);
	const data = await loadTrustFund(db);

	it('asks the ledger for the Trust Fund and the sponsorship programme separately', () => {
		expect(db.calls.filter((c) => c.name === 'tfYears').map((c) => c.params)).toEqual([
			['trust_fund'],
			['sponsorship']
		]);
		expect(hasLedger(data)).toBe(true);
	});

	it('compares a single-currency year with its budget in that currency', () => {
		expect(trustFundYear(data, 2024)).toMatchObject({
			total: 120.5,
			currency: 'CHF',
			approved_budget: 100,
			result: 'above',
			result_amount: 20.5,
			basis: 'ledger'
		});
	});

	it('never adds two currencies: one total per currency and no result', () => {
		expect(trustFundYear(data, 2025)).toMatchObject({
			contributing_states: 3,
			total: null,
			currency: null,
			result: null,
			totals: [
				{ currency: 'CHF', total: 80 },
				{ currency: 'EUR', total: 40 }
			]
		});
	});

	it('sums regions per currency, in cents', () => {
		expect(byRegion(data)).toEqual([
			{ region: 'WEOG', currency: 'CHF', states: 2, total: 200.3 },
			{ region: 'WEOG', currency: 'EUR', states: 1, total: 40 }
		]);
	});
});
