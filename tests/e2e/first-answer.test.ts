// The as-of control of /universalization answers before DuckDB-wasm has started: with the engine's
// wasm held back, changing the day shows that day's counts, map colours and signatories (from the
// compact status periods, /status-periods.json); with that file held back too, nothing can answer
// yet and the "figures are starting" notice stays, the figures staying on the data's date.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Route } from 'playwright-core';
import { STATUS_COLOURS } from '../../src/lib/charts/palette';
import { browserSuite, type OpenedPage } from './harness';

const suite = browserSuite({ requires: 'universalization.html' });

/** Requests answered never (until the context closes): the engine, or also the compact file. */
const holdBack = (patterns: string[]) => async (context: BrowserContext) => {
	for (const p of patterns) await context.route(p, (_route: Route) => {});
};

// From `npm run -s metric -- states-parties --as-of D --json` (the data of 3 Feb 2026); Lithuania's
// colour from `npm run -s metric -- state --state LTU --json`: signed 3 Dec 2008, deposited
// 24 Mar 2011, in force 1 Sep 2011, withdrawal effective 6 Mar 2025.
const KNOWN = [
	{
		day: '2010-08-01',
		states_parties: 38,
		in_force: 30,
		signatories_not_party: 70,
		withdrawn: 0,
		ltu: STATUS_COLOURS.signatory
	},
	{
		day: '2016-06-01',
		states_parties: 100,
		in_force: 98,
		signatories_not_party: 19,
		withdrawn: 0,
		ltu: STATUS_COLOURS.party
	},
	// The day before Lithuania's withdrawal took effect, and the day it did.
	{
		day: '2025-03-05',
		states_parties: 112,
		in_force: 112,
		signatories_not_party: 12,
		withdrawn: 0,
		ltu: STATUS_COLOURS.party
	},
	{
		day: '2025-03-06',
		states_parties: 111,
		in_force: 111,
		signatories_not_party: 12,
		withdrawn: 1,
		ltu: STATUS_COLOURS.withdrawn
	}
];

const text = (o: OpenedPage, testid: string) => o.page.getByTestId(testid).first().innerText();
const starting = (o: OpenedPage) => o.page.getByText('Interactive figures are starting');

async function choose(o: OpenedPage, day: string) {
	const field = o.page.getByLabel('As of', { exact: true });
	await field.fill(day);
	await field.press('Enter');
}

describe('before the engine has started', () => {
	it('answers each day from the compact status periods, with no starting notice', async () => {
		const o = await suite.open('/universalization', { until: 'hydrated', prepare: holdBack(['**/*.wasm']) });
		for (const k of KNOWN) {
			await choose(o, k.day);
			await o.page.waitForSelector(`[data-testid="figures-as-of"][data-as-of="${k.day}"]`, { timeout: 10_000 });
			expect(await text(o, 'states-parties'), k.day).toBe(String(k.states_parties));
			expect(await text(o, 'in-force'), k.day).toBe(String(k.in_force));
			expect(await text(o, 'signatories'), k.day).toBe(String(k.signatories_not_party));
			expect(await text(o, 'withdrawn'), k.day).toBe(String(k.withdrawn));
			expect(await o.page.locator('figure#map svg [data-iso3="LTU"]').first().getAttribute('fill'), k.day).toBe(k.ltu);
			expect(await o.page.getByTestId('signatories-table').locator('tbody tr').count(), k.day).toBe(
				k.signatories_not_party
			);
			expect(await starting(o).count(), k.day).toBe(0);
		}
		// Still the compact answer: the engine never came.
		expect(await o.page.evaluate(() => document.documentElement.dataset.engine)).toBe('loading');
		expect(o.pageErrors).toEqual([]);
	});

	it('keeps the starting notice, and the data date’s figures, when nothing can answer the day yet', async () => {
		const o = await suite.open('/universalization', {
			until: 'hydrated',
			prepare: holdBack(['**/*.wasm', '**/status-periods.json'])
		});
		const before = await text(o, 'states-parties');
		await choose(o, '2016-06-01');
		await expect.poll(() => starting(o).count(), { timeout: 10_000 }).toBe(1);
		expect(await o.page.getByTestId('figures-as-of').getAttribute('data-as-of')).toBe('2026-02-03');
		expect(await text(o, 'states-parties')).toBe(before);
		await o.page.waitForTimeout(500);
		expect(await starting(o).count()).toBe(1);
		expect(o.pageErrors).toEqual([]);
	});
});
