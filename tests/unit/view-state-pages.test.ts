// Each page's view state as its links carry it, and the links today's site writes, pinned: a link
// someone saved in a document keeps opening the same view after any later change (a new version of
// a page's view state adds a migration; these links must still parse to the same state).
import { describe, expect, it } from 'vitest';
import { PAGE_PARAMS, unknownParams } from '../../src/lib/view-state/registry';
import { compareView } from '../../src/lib/view-state/compare';
import { implementationView } from '../../src/lib/view-state/implementation';
import { calendarView } from '../../src/lib/view-state/calendar';
import { transparencyView } from '../../src/lib/view-state/transparency';
import { trustFundView } from '../../src/lib/view-state/trust-fund';
import { ungaView } from '../../src/lib/view-state/unga';
import { universalizationView } from '../../src/lib/view-state/universalization';

const DATA = '2026-02-03';
const UNGA = { years: [2008, 2016, 2019, 2022], defaultYear: 2022 };

/** Links as the site wrote them on 7 December 2026 (view-state version 1), and what they name. */
const PINNED = [
	{
		view: universalizationView,
		context: { dataAsOf: DATA },
		link: '?as_of=2016-01-01&v=1',
		state: { as_of: '2016-01-01' }
	},
	{
		view: transparencyView,
		context: { dataAsOf: DATA },
		link: '?as_of=2019-08-10&v=1',
		state: { as_of: '2019-08-10' }
	},
	{
		view: compareView,
		context: { dataAsOf: DATA },
		link: '?align=calendar&as_of=2019-06-01&v=1',
		state: { align: 'calendar', as_of: '2019-06-01' }
	},
	{
		view: ungaView,
		context: UNGA,
		link: '?year=2016&group=region&sort=yes&q=fr&v=1',
		state: { year: 2016, group: 'region', sort: 'yes', q: 'fr' }
	},
	{ view: trustFundView, context: undefined, link: '?sort=name&v=1', state: { sort: 'name' } },
	{
		view: implementationView,
		context: { dataAsOf: DATA },
		link: '?as_of=2022-01-01&article=4&status=in_progress&v=1',
		state: { as_of: '2022-01-01', article: '4', status: 'in_progress' }
	},
	{
		view: calendarView,
		context: { from: '2026-02-03', to: '2027-02-02' },
		link: '?states=fra-vut&group=WEOG&from=2027-01-01&to=2027-12-31&v=1',
		state: { states: 'fra-vut', group: 'WEOG', from: '2027-01-01', to: '2027-12-31' }
	}
] as const;

describe('links written by today’s site', () => {
	it.each(PINNED.map((p) => [p.view.route, p] as const))('%s: opens the view it named', (_, p) => {
		const view = p.view as typeof universalizationView;
		const context = p.context as { dataAsOf: string };
		expect(view.parse(new URLSearchParams(p.link), context)).toEqual({ state: p.state, notice: null });
	});

	it.each(PINNED.map((p) => [p.view.route, p] as const))('%s: is written the same way for that view', (_, p) => {
		const view = p.view as typeof universalizationView;
		const context = p.context as { dataAsOf: string };
		expect(view.search(p.state as { as_of: string }, context)).toBe(p.link);
	});

	it('are opened without `v` too (links typed by hand), and every page knows `v`', () => {
		for (const p of PINNED) {
			const view = p.view as typeof universalizationView;
			const context = p.context as { dataAsOf: string };
			expect(view.parse(new URLSearchParams(p.link.replace('&v=1', '')), context).state).toEqual(p.state);
			expect(PAGE_PARAMS.get(view.route)).toContain('v');
		}
	});
});

describe('each page’s parameters', () => {
	it('are known to the site frame, which names any other one', () => {
		expect(unknownParams('/universalization', new URLSearchParams('as_of=2016-01-01&v=1&utm_source=x'))).toEqual([
			'utm_source'
		]);
		expect(unknownParams('/unga', new URLSearchParams('year=2016&as_of=2016-01-01'))).toEqual(['as_of']);
		expect(unknownParams('/trust-fund', new URLSearchParams('sort=name&as_of=2016-01-01&v=1'))).toEqual(['as_of']);
		// The overview takes a day and a reference day since issue 25 (its links had no parameters).
		expect(unknownParams('/', new URLSearchParams('as_of=2016-01-01&since=2015-09-07&v=1&year=2016'))).toEqual([
			'year'
		]);
		expect(unknownParams('/states/[iso3]', new URLSearchParams('as_of=x'))).toEqual(['as_of']);
		// Not a page (the not-found route): nothing to say about its parameters.
		expect(unknownParams('/[...missing]', new URLSearchParams('a=1'))).toEqual([]);
	});

	it('list every page of the site', () => {
		expect([...PAGE_PARAMS.keys()].sort()).toEqual(
			[
				'/',
				'/calendar',
				'/compare',
				'/implementation',
				'/states/[iso3]',
				'/transparency',
				'/trust-fund',
				'/unga',
				'/universalization'
			].sort()
		);
	});
});

describe('/trust-fund view state', () => {
	it('keeps the sort, plain when it is the default, and refuses an unknown one with a notice', () => {
		expect(trustFundView.search({ sort: 'total' }, undefined)).toBe('');
		expect(trustFundView.parse(new URLSearchParams('sort=years'), undefined)).toEqual({
			state: { sort: 'years' },
			notice: null
		});
		const bad = trustFundView.parse(new URLSearchParams('sort=colour'), undefined);
		expect(bad.state).toEqual({ sort: 'total' });
		expect(bad.notice).toMatchObject({ code: 'unreadable', value: 'sort=colour' });
	});
});

function parseUngaState(search: URLSearchParams, years: number[], defaultYear: number) {
	const { state, notice } = ungaView.parse(search, { years, defaultYear });
	return { ...state, notice };
}

describe('/unga view state in the URL', () => {
	it('round-trips and falls back with a notice', () => {
		const s = { year: 2019, group: 'region' as const, sort: 'yes' as const, q: 'côte' };
		const back = parseUngaState(
			new URLSearchParams(ungaView.search(s, { years: [2019, 2022], defaultYear: 2022 })),
			[2019, 2022],
			2022
		);
		expect(back).toEqual({ ...s, notice: null });
		expect(parseUngaState(new URLSearchParams('year=2024'), [2019, 2022], 2022)).toMatchObject({
			year: 2022,
			notice: { value: 'year=2024' }
		});
		expect(parseUngaState(new URLSearchParams('group=planet'), [2022], 2022).notice).not.toBeNull();
		expect(
			ungaView.search({ year: 2022, group: 'none', sort: 'name', q: '' }, { years: [2022], defaultYear: 2022 })
		).toBe('');
	});
});
