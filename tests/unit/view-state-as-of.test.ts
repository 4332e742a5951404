// A link's as_of: used when the as-of control could show it, otherwise the data date with a reason.
import { describe, expect, it } from 'vitest';
import { latestAsOf, parseAsOfState } from '../../src/lib/controllers/view-state';
import { parseCompareState } from '../../src/lib/controllers/compare-view-state';
import { CCM } from '../../src/lib/domain/treaties';

const DATA = '2026-02-03';
const OPENED = CCM.openedForSignature;
const read = (q: string) => parseAsOfState(new URLSearchParams(q), DATA, OPENED);

describe('parseAsOfState', () => {
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
});
