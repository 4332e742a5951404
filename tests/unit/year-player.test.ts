// The as-of control's Play (issue 24): the days it shows, year by year, from the day shown to the
// data date, where it stops; from the data date (or a projection) it plays again from the start.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstYearStep, nextYearStep, yearSteps } from '../../src/lib/components/year-player';
import { addDays, daysBetween } from '../../src/lib/domain/dates';
import { CCM } from '../../src/lib/domain/treaties';

const MIN = CCM.openedForSignature; // 2008-12-03
const DATA_AS_OF = '2026-02-03';

describe('the days Play shows', () => {
	it('goes through the end of each year from the day shown, then the data date', () => {
		expect(yearSteps('2021-06-15', MIN, DATA_AS_OF)).toEqual([
			'2021-12-31',
			'2022-12-31',
			'2023-12-31',
			'2024-12-31',
			'2025-12-31',
			'2026-02-03'
		]);
	});

	it('goes on to the next year from the last day of a year', () => {
		expect(yearSteps('2024-12-31', MIN, DATA_AS_OF)).toEqual(['2025-12-31', '2026-02-03']);
		expect(yearSteps('2025-12-31', MIN, DATA_AS_OF)).toEqual(['2026-02-03']);
	});

	it('ends exactly on the data date, also when the data date is the end of a year', () => {
		expect(yearSteps('2026-01-10', MIN, DATA_AS_OF)).toEqual(['2026-02-03']);
		expect(yearSteps('2022-03-01', MIN, '2024-12-31')).toEqual(['2022-12-31', '2023-12-31', '2024-12-31']);
		expect(nextYearStep(DATA_AS_OF, DATA_AS_OF)).toBeNull();
	});

	it('plays again from the opening for signature when the day shown is the data date or a projection', () => {
		const all = yearSteps(DATA_AS_OF, MIN, DATA_AS_OF);
		expect(all.slice(0, 3)).toEqual(['2008-12-03', '2008-12-31', '2009-12-31']);
		expect(all.at(-1)).toBe(DATA_AS_OF);
		// 3 December 2008, the ends of the eighteen years 2008 to 2025, the data date.
		expect(all).toHaveLength(1 + 18 + 1);
		expect(yearSteps('2026-05-01', MIN, DATA_AS_OF)).toEqual(all);
		expect(firstYearStep(MIN, MIN, DATA_AS_OF)).toBe('2008-12-31');
	});

	it('has nothing to play when the first day is the data date', () => {
		expect(yearSteps(MIN, MIN, MIN)).toEqual([]);
	});

	it('from any day, goes strictly forward within the opening and the data date and ends on the data date', () => {
		const span = daysBetween(MIN, '2030-12-31');
		const day = (n: number) => addDays(MIN, n);
		fc.assert(
			fc.property(fc.integer({ min: 0, max: span }), fc.integer({ min: 1, max: span }), (startOffset, dataOffset) => {
				const dataAsOf = day(dataOffset);
				const start = day(Math.min(startOffset, dataOffset + 400)); // projections too
				const steps = yearSteps(start, MIN, dataAsOf);
				expect(steps.at(-1)).toBe(dataAsOf);
				for (const [i, d] of steps.entries()) {
					expect(d >= MIN && d <= dataAsOf, d).toBe(true);
					if (i > 0) expect(d > steps[i - 1]!, d).toBe(true);
					if (i < steps.length - 1 && !(i === 0 && start >= dataAsOf)) expect(d.slice(5)).toBe('12-31');
				}
				if (start < dataAsOf) expect(steps[0]! > start).toBe(true);
				else expect(steps[0]).toBe(MIN);
				// One step a year: never more steps than years between the first and the data date, plus two.
				const years = Number(dataAsOf.slice(0, 4)) - Number(steps[0]!.slice(0, 4));
				expect(steps.length).toBeLessThanOrEqual(years + 2);
			}),
			{ numRuns: 500 }
		);
	});
});
