// The generated "prospect" sentence of a State not party: from its votes and status, never hand-written.
import { describe, expect, it } from 'vitest';
import { prospectSentence, voteRuns } from '../../src/lib/controllers/profile';

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
