// The page helpers of src/lib/controllers that are not controllers of one page: the as-of loader's
// prefetch rule and the headline's "same numbers, same object".
import { describe, expect, it } from 'vitest';
import { asOfLoader } from '../../../src/lib/controllers/as-of-loader';
import { sameCounts } from '../../../src/lib/controllers/same-counts';

const DATA = '2026-02-03';
const loader = asOfLoader(async (_db, day) => day, DATA);
const at = (as_of: string) => ({ as_of });

describe('asOfLoader', () => {
	it('keys answers by day', () => expect(loader.key(at('2016-01-01'))).toBe('2016-01-01'));

	it('asks next for the day the reader is walking towards, not after a jump', () => {
		expect(loader.prefetch!(at('2016-01-02'), at('2016-01-01'))).toEqual(at('2016-01-03'));
		expect(loader.prefetch!(at('2016-01-02'), at('2016-01-03'))).toEqual(at('2016-01-01'));
		expect(loader.prefetch!(at('2016-03-01'), at('2016-01-01'))).toBeNull();
		expect(loader.prefetch!(at('2016-01-01'), at('2016-01-01'))).toBeNull();
	});

	it('asks for the day before on opening, and never past the control’s reach', () => {
		expect(loader.prefetch!(at(DATA), null)).toEqual(at('2026-02-02'));
		expect(loader.prefetch!(at('2008-12-03'), null)).toBeNull();
		expect(loader.prefetch!(at('2027-02-03'), at('2027-02-02'))).toBeNull();
	});
});

describe('sameCounts', () => {
	it('keeps the previous object when every number is the same, and takes the new one otherwise', () => {
		const a = { parties: 112, in_force: 111 };
		expect(sameCounts(null, a)).toBe(a);
		expect(sameCounts(a, { parties: 112, in_force: 111 })).toBe(a);
		const b = { parties: 113, in_force: 111 };
		expect(sameCounts(a, b)).toBe(b);
	});
});
