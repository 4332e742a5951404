// A link's as_of: used when the as-of control could show it, otherwise the data date with a reason.
import { describe, expect, it } from 'vitest';
import { latestAsOf } from '../../src/lib/view-state/as-of-param';
import { compareView } from '../../src/lib/view-state/compare';
import { transparencyView } from '../../src/lib/view-state/transparency';
import { universalizationView } from '../../src/lib/view-state/universalization';
import { CCM } from '../../src/lib/domain/treaties';

const DATA = '2026-02-03';
const OPENED = CCM.openedForSignature;
/** A link's state as a page reads it: the day, whether it is a projection, and any notice. */
function read(q: string, view = universalizationView) {
	const { state, notice } = view.parse(new URLSearchParams(q), { dataAsOf: DATA });
	return { asOf: state.as_of, projection: state.as_of > DATA, notice };
}
function parseCompareState(search: URLSearchParams, dataAsOf: string, opened: string) {
	expect(opened).toBe(OPENED);
	const { state, notice } = compareView.parse(search, { dataAsOf });
	return { align: state.align, asOf: state.as_of, notice };
}

describe('as_of in a link (universalization, transparency, compare)', () => {
	it('keeps a past day, and a projection up to a year past the data date', () => {
		expect(read('as_of=2016-01-01&v=1')).toEqual({ asOf: '2016-01-01', projection: false, notice: null });
		expect(latestAsOf(DATA)).toBe('2027-02-03');
		expect(read('as_of=2027-02-03&v=1')).toEqual({ asOf: '2027-02-03', projection: true, notice: null });
	});

	it('refuses a day past the projections’ reach, as the as-of control does, and says which day is the last', () => {
		const s = read('as_of=2027-02-04&v=1');
		expect(s.asOf).toBe(DATA);
		expect(s.notice).toMatchObject({ value: 'as_of=2027-02-04', code: 'after_projection', latest: '2027-02-03' });
		expect(parseCompareState(new URLSearchParams('as_of=2030-01-01'), DATA, OPENED).notice).toMatchObject({
			code: 'after_projection',
			latest: '2027-02-03'
		});
	});

	it('refuses malformed and early days with their own reasons', () => {
		expect(read('as_of=2016-02-30').notice?.code).toBe('not_a_date');
		expect(read('as_of=abc').notice?.code).toBe('not_a_date');
		expect(read('as_of=2008-12-02').notice).toMatchObject({ code: 'before_opening', opened: OPENED });
	});

	it('reads the same on /transparency as on /universalization', () => {
		for (const q of ['as_of=2016-01-01&v=1', 'as_of=2027-02-04', 'as_of=abc', 'as_of=', 'v=1'])
			expect(read(q, transparencyView)).toEqual(read(q));
	});
});

describe('/compare view state', () => {
	it('reads the alignment and the as-of day, and falls back with a notice', () => {
		expect(parseCompareState(new URLSearchParams('align=calendar&v=1'), DATA, CCM.openedForSignature)).toEqual({
			align: 'calendar',
			asOf: DATA,
			notice: null
		});
		const bad = parseCompareState(new URLSearchParams('align=sideways'), DATA, CCM.openedForSignature);
		expect(bad.align).toBe('opening');
		expect(bad.notice?.reason).toBe('unreadable parameters');
		const early = parseCompareState(new URLSearchParams('as_of=2000-01-01'), DATA, CCM.openedForSignature);
		expect(early.asOf).toBe(DATA);
		expect(early.notice).toMatchObject({ value: 'as_of=2000-01-01', code: 'before_opening', opened: '2008-12-03' });
	});
	it('writes plain links for the defaults', () => {
		expect(compareView.search({ align: 'opening', as_of: DATA }, { dataAsOf: DATA })).toBe('');
		expect(compareView.search({ align: 'calendar', as_of: '2020-01-01' }, { dataAsOf: DATA })).toBe(
			'?align=calendar&as_of=2020-01-01&v=1'
		);
	});
});
