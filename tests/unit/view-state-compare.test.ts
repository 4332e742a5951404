// /compare's view state in its URL (src/lib/view-state/compare.ts): what a shared link opens, what
// an unusable one falls back to and says, and the link a state writes. No data needed.
import { describe, expect, it } from 'vitest';
import { compareView, type Alignment } from '../../src/lib/view-state/compare';

// The bundled data's date (manifest data_as_of); the rules do not depend on which day it is.
const DATA = '2026-02-03';
function parse(q: string) {
	const { state, notice } = compareView.parse(new URLSearchParams(q), { dataAsOf: DATA });
	return { align: state.align, asOf: state.as_of, notice };
}
const compareSearch = (s: { align: Alignment; asOf: string }, dataAsOf: string) =>
	compareView.search({ align: s.align, as_of: s.asOf }, { dataAsOf });

describe('parseCompareState', () => {
	it('opens a plain link aligned on the opening day, on the data date, without a notice', () => {
		expect(parse('')).toEqual({ align: 'opening', asOf: DATA, notice: null });
	});

	it('round-trips every state it writes', () => {
		for (const s of [
			{ align: 'calendar' as const, asOf: '2016-01-01' },
			{ align: 'opening' as const, asOf: '2010-08-01' },
			{ align: 'calendar' as const, asOf: DATA },
			// A projection up to a year past the data date is a day the as-of control can show.
			{ align: 'opening' as const, asOf: '2027-02-03' }
		])
			expect(parse(compareSearch(s, DATA).slice(1))).toEqual({ ...s, notice: null });
	});

	it('falls back to the defaults and names the parameters it could not read', () => {
		expect(parse('align=planet&as_of=2016-01-01')).toEqual({
			align: 'opening',
			asOf: DATA,
			notice: { value: 'align=planet&as_of=2016-01-01', reason: 'unreadable parameters', code: 'unreadable' }
		});
	});

	it('keeps the alignment but not a day before the Convention opened, saying when it opened', () => {
		const s = parse('align=calendar&as_of=2008-12-02');
		expect(s).toMatchObject({ align: 'calendar', asOf: DATA });
		expect(s.notice).toMatchObject({ value: 'as_of=2008-12-02', code: 'before_opening', opened: '2008-12-03' });
	});

	it('refuses a day past the projections’ reach, and a text that is not a date', () => {
		expect(parse('as_of=2027-02-04').notice).toMatchObject({ code: 'after_projection', latest: '2027-02-03' });
		expect(parse('as_of=2019-02-30').notice).toMatchObject({ code: 'not_a_date', value: 'as_of=2019-02-30' });
	});
});

describe('compareSearch', () => {
	it('leaves the defaults out so a plain link stays plain, and versions any other', () => {
		expect(compareSearch({ align: 'opening', asOf: DATA }, DATA)).toBe('');
		expect(compareSearch({ align: 'calendar', asOf: DATA }, DATA)).toBe('?align=calendar&v=1');
		expect(compareSearch({ align: 'opening', asOf: '2019-08-10' }, DATA)).toBe('?as_of=2019-08-10&v=1');
	});
});
