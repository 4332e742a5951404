// The generated "prospect" sentence of a State not party: from its votes and status, never hand-written;
// loadProfile on the bundled data for States in each situation, against golden files, and on a
// fixture connector.
//
// Goldens: tests/golden/controllers/profile-<ISO3>-data-date.json. After a deliberate change (a
// query, a rule or the data), `npx vitest run tests/unit/profile.test.ts -u` rewrites them; review
// the diff of every changed golden line by line before committing it, as it is what /states/<iso3>
// will show.
import { describe, expect, it } from 'vitest';
import { loadProfile, prospectSentence, voteRuns } from '../../src/lib/controllers/profile';
import { stateFacts } from '../../src/lib/queries/universalization';
import { bundledData } from './support/bundled-data';
import { fakeConnector } from './support/fake-connector';
import { goldenFile, goldenJson } from './support/golden';

const vote = (year: number, v: 'Y' | 'N' | 'A' | 'X', provisional = false) => ({
	year,
	body: 'plenary',
	part: 'whole',
	vote: v,
	provisional,
	date: `${year}-12-01`,
	resolution: 'fixture'
});
const facts = (over: object = {}) =>
	({
		iso3: 'AGO',
		name: 'Fixture State',
		region: 'AG',
		signature_date: '2008-12-03',
		deposit_date: null,
		action: null,
		entry_into_force: null,
		withdrawal_notified: null,
		withdrawal_effective: null,
		withdrawal_pending: false,
		initial_report_due: null,
		...over
	}) as const;

describe('voteRuns', () => {
	it('groups consecutive years with the same vote', () => {
		expect(voteRuns([vote(2017, 'Y'), vote(2015, 'A'), vote(2016, 'A'), vote(2019, 'Y')])).toEqual([
			{ vote: 'A', from: 2015, to: 2016 },
			{ vote: 'Y', from: 2017, to: 2017 },
			{ vote: 'Y', from: 2019, to: 2019 }
		]);
	});
});

describe('prospectSentence', () => {
	const status = (s: 'party' | 'signatory' | 'not_party' | 'withdrawn') => ({ status: s, in_force: false });
	it('says "every year" when the vote never changed, with provisional years and signature', () => {
		const votes = [2015, 2016, 2017, 2018, 2019, 2020, 2021].map((y) => vote(y, 'Y')).concat(vote(2022, 'Y', true));
		expect(prospectSentence({ facts: facts(), status: status('signatory'), votes })).toBe(
			'Voted Yes every year 2015–2022 (2022 provisional); signatory since 3 Dec 2008.'
		);
	});
	it('lists the runs of a State whose vote changed', () => {
		const votes = [vote(2015, 'A'), vote(2016, 'A'), vote(2017, 'Y')];
		expect(prospectSentence({ facts: facts({ signature_date: null }), status: status('not_party'), votes })).toBe(
			'Abstained in 2015–2016, voted Yes in 2017.'
		);
	});
	it('punctuates in the language of the page', () => {
		const votes = [vote(2015, 'A'), vote(2016, 'A'), vote(2017, 'Y', true)];
		const zh = prospectSentence({ facts: facts(), status: status('signatory'), votes }, 'zh', 'zh-CN');
		expect(zh).toMatch(/^[^,;.()]+$/);
		expect(zh).toMatch(/、.*（.*）；.*。$/);
		const fr = prospectSentence({ facts: facts(), status: status('signatory'), votes }, 'fr', 'fr-FR');
		expect(fr).toMatch(/\) ; .*\.$/);
	});
	it('is empty for a State Party and says so for a State with no vote', () => {
		expect(prospectSentence({ facts: facts(), status: status('party'), votes: [] })).toBeNull();
		expect(prospectSentence({ facts: facts({ signature_date: null }), status: status('not_party'), votes: [] })).toBe(
			'No vote on the resolution in the data.'
		);
	});
});

describe('loadProfile on the bundled data', async () => {
	const { db, dataAsOf } = await bundledData();

	// A party since 2009, a withdrawn State, a party not yet bound, a signatory, a State not party.
	it.each(['FRA', 'LTU', 'VUT', 'AGO', 'USA'])('%s matches its golden', async (iso3) => {
		const p = await loadProfile(db, iso3, dataAsOf);
		const golden = { ...p, prospect: prospectSentence(p) };
		await expect(goldenJson(golden)).toMatchFileSnapshot(goldenFile('profile', `${iso3}-data-date`));
	});

	it('gives Vanuatu the dates `npm run metric` prints, and its initial report not yet due', async () => {
		// `npm run -s metric -- state --state Vanuatu --json`, run by hand on 7 Dec 2026: acceded on
		// 5 Sep 2025, in force for it from 1 Mar 2026, initial report due 28 Aug 2026.
		const p = await loadProfile(db, 'VUT', dataAsOf);
		expect(p.facts).toMatchObject({
			deposit_date: '2025-09-05',
			action: 'accession',
			entry_into_force: '2026-03-01',
			initial_report_due: '2026-08-28'
		});
		expect(p.status).toEqual({ status: 'party', in_force: false });
		expect(p.initial).toMatchObject({ due: '2026-08-28', group: 'not_yet_due' });
	});

	it('says Lithuania withdrew, from 6 March 2025', async () => {
		const p = await loadProfile(db, 'LTU', dataAsOf);
		expect(p.status.status).toBe('withdrawn');
		expect(prospectSentence(p)).toMatch(/6 Mar 2025/);
	});
});

describe('loadProfile on a fixture connector', () => {
	it('fails naming the code of a State the data does not have', async () => {
		const db = fakeConnector([[stateFacts, []]]);
		await expect(loadProfile(db, 'XXX', '2026-02-03')).rejects.toThrow('no State XXX');
		expect(db.calls).toEqual([{ name: 'stateFacts', params: ['ccm', 'XXX'] }]);
	});
});
