// The universalization controller (src/lib/controllers/universalization.ts) on the bundled data at
// fixed days, against golden files, and its behaviour on a fixture connector.
//
// Goldens: tests/golden/controllers/universalization-*.json. After a deliberate change (a query, a
// domain rule or the data), `npx vitest run tests/unit/controllers/universalization.test.ts -u`
// rewrites them; review the diff of every changed golden line by line before committing it, as it
// is what the pages and `npm run metric` will show.
import { describe, expect, it } from 'vitest';
import { loadAccessionDates, loadAsOf, loadHistory } from '../../../src/lib/controllers/universalization';
import { CCM } from '../../../src/lib/domain/treaties';
import { byRegion, headline, signatoriesNotParty, statusByState } from '../../../src/lib/queries/universalization';
import { bundledData } from '../support/bundled-data';
import { fakeConnector } from '../support/fake-connector';
import { goldenDays, goldenFile, goldenJson } from '../support/golden';

describe('universalization on the bundled data', async () => {
	const { db, dataAsOf } = await bundledData();

	it.each(goldenDays(dataAsOf))('as of $label matches its golden', async ({ day, label }) => {
		await expect(goldenJson(await loadAsOf(db, day))).toMatchFileSnapshot(goldenFile('universalization', label));
	});

	it('the history to the data date matches its golden', async () => {
		await expect(goldenJson(await loadHistory(db, dataAsOf))).toMatchFileSnapshot(
			goldenFile('universalization', 'history-data-date')
		);
	});

	it('gives each State’s signature, deposit and entry-into-force dates (the map’s CSV)', async () => {
		// data/sources/accession/ccm.csv: France signed on 2008-12-03 and ratified on 2009-09-25, before
		// the thirtieth instrument, so the Convention entered into force for it with the Convention (Article 17(1)).
		const dates = await loadAccessionDates(db);
		expect(dates.FRA).toEqual({
			signature_date: '2008-12-03',
			deposit_date: '2009-09-25',
			entry_into_force: '2010-08-01'
		});
		expect(dates.USA).toBeUndefined();
	});

	it('counts what `npm run metric` prints on the data date', async () => {
		// `npm run -s metric -- states-parties --as-of 2026-02-03 --json`, run by hand on 7 Dec 2026:
		// 112 States Parties, 111 in force, 12 signatories not party, 1 withdrawn.
		expect(dataAsOf).toBe('2026-02-03');
		expect((await loadAsOf(db, dataAsOf)).headline).toEqual({
			states_parties: 112,
			in_force: 111,
			signatories_not_party: 12,
			withdrawn: 1
		});
	});

	it('has the Convention in force for exactly 30 States on the day it entered into force', async () => {
		// It entered into force on 1 August 2010 for the 30 States that had ratified by 1 February 2010.
		const v = await loadAsOf(db, '2010-08-01');
		expect(v.headline.in_force).toBe(30);
		expect(v.statuses.filter((s) => s.in_force)).toHaveLength(30);
	});

	it('lists Lithuania’s withdrawal, in effect from 6 March 2025', async () => {
		expect((await loadHistory(db, dataAsOf)).withdrawals).toEqual([
			{ iso3: 'LTU', name: 'Lithuania', effective: '2025-03-06' }
		]);
	});

	it('gives each State one status, and the counts agree with the list', async () => {
		const v = await loadAsOf(db, '2019-08-10');
		const count = (s: string) => v.statuses.filter((r) => r.status === s).length;
		expect(new Set(v.statuses.map((s) => s.iso3)).size).toBe(v.statuses.length);
		expect(count('party')).toBe(v.headline.states_parties);
		expect(count('signatory')).toBe(v.headline.signatories_not_party);
		expect(v.signatories).toHaveLength(v.headline.signatories_not_party);
		expect(v.regions.reduce((n, r) => n + r.states_parties, 0)).toBe(v.headline.states_parties);
	});
});

describe('loadAsOf on a fixture connector', () => {
	const empty = [
		[statusByState, []],
		[signatoriesNotParty, []],
		[byRegion, []]
	] as const;

	it('asks every query for the treaty and the day, and reads no headline row as zeros', async () => {
		const db = fakeConnector([[headline, []], ...empty]);
		const v = await loadAsOf(db, '2016-01-01');
		expect(v.headline).toEqual({ states_parties: 0, in_force: 0, signatories_not_party: 0, withdrawn: 0 });
		expect(db.calls).toEqual(
			['headline', 'statusByState', 'signatoriesNotParty', 'byRegion'].map((name) => ({
				name,
				params: [CCM.id, '2016-01-01']
			}))
		);
	});

	it('fails naming the query when a count comes back as a BigInt', async () => {
		const row = { states_parties: 112n, in_force: 111, signatories_not_party: 12, withdrawn: 1 };
		const db = fakeConnector([[headline, [row]], ...empty]);
		await expect(loadAsOf(db, '2016-01-01')).rejects.toThrow(/query headline: row 0 does not match its schema/);
	});

	it('passes an engine error on unchanged', async () => {
		const db = fakeConnector([[headline, () => new Error('fixture engine failure')], ...empty]);
		await expect(loadAsOf(db, '2016-01-01')).rejects.toThrow('fixture engine failure');
	});
});
