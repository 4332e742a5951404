// Which published reporting figures measure the same thing (src/lib/domain/rate-comparability.ts),
// and the CCM's share beside each (controllers/compare.ts): on the shipped file, figure by figure,
// on small fixtures named as such, and against /transparency's own figure for the same day.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { comparedRates, loadComparedRates, rateBars } from '../../src/lib/controllers/compare';
import { loadTransparency, statusesOn, summarise } from '../../src/lib/controllers/transparency';
import { addDays } from '../../src/lib/domain/dates';
import {
	annualDueUnder,
	classifyRate,
	RATE_REASONS,
	type PublishedRate
} from '../../src/lib/domain/rate-comparability';
import { bundledData } from './support/bundled-data';

/** A fixture figure: an Ottawa-style annual rate, each test changing what it is about. */
const fixture = (over: Partial<PublishedRate> = {}): PublishedRate => ({
	convention: 'ottawa',
	report_type: 'annual',
	period_covered: '2009',
	as_of: '2010-12-02',
	metric: 'annual_reporting_rate',
	value: '54',
	value_number: 54,
	denominator: null,
	unit: 'percent',
	...over
});

describe('classifyRate on fixtures', () => {
	it.each([
		[{}, 'comparable'],
		[{ metric: 'legislation_covers_all_key_areas' }, 'not_reporting'],
		[{ value: '50-60', value_number: null }, 'not_a_figure'],
		[{ report_type: 'initial' }, 'initial_reports'],
		[{ report_type: 'Art. 2 declaration' }, 'other_report'],
		[{ convention: 'unroca', report_type: 'annual report' }, 'voluntary'],
		[{ metric: 'annual_reports_on_time', unit: 'States' }, 'on_time'],
		[{ metric: 'annual_reports_submitted', unit: 'States Parties' }, 'not_a_share'],
		[{ unit: 'States Parties' }, 'not_a_share'],
		[{ metric: 'initial_reporters_without_annual_report', denominator: 47 }, 'other_denominator'],
		[{ metric: 'annual_reporting_rate_peak' }, 'year_unclear'],
		[{ period_covered: 'recent years' }, 'year_unclear'],
		[{ as_of: '2021-09' }, 'no_day'],
		[{ as_of: null }, 'no_day']
	] as const)('%o is %s', (over, reason) => {
		expect(classifyRate(fixture(over), '04-30').reason).toBe(reason);
	});

	it('a convention without an annual due rule cannot say how late its figure was counted', () => {
		expect(classifyRate(fixture(), null).reason).toBe('no_due_rule');
	});

	it('places a comparable figure by the days after its own due date', () => {
		// The ICBL's 10MSP statement (2 Dec 2010) on reports covering 2009, due 30 April 2010.
		expect(classifyRate(fixture(), '04-30')).toEqual({
			reason: 'comparable',
			coveringYear: 2009,
			countedOn: '2010-12-02',
			daysAfterDue: 216
		});
		// The ATT's annual reports are due on 31 May.
		expect(classifyRate(fixture({ convention: 'att', as_of: '2010-06-30' }), '05-31').daysAfterDue).toBe(30);
	});

	it('counting back the days after the due date gives the due date, on any day of any year', () => {
		const day = fc.integer({ min: 0, max: 20_000 }).map((n) => addDays('1990-01-01', n));
		fc.assert(
			fc.property(day, fc.constantFrom('03-31', '04-30', '05-31', '12-31'), (asOf, due) => {
				const year = Number(asOf.slice(0, 4)) - 1;
				const c = classifyRate(fixture({ period_covered: String(year), as_of: asOf }), due);
				expect(addDays(asOf, -c.daysAfterDue!)).toBe(annualDueUnder(year, due));
			})
		);
	});
});

describe('the shipped figures (data/sources/crossconvention/reporting_rates.csv)', async () => {
	const { db, dataAsOf } = await bundledData();
	const rates = await loadComparedRates(db, dataAsOf);

	it('keeps every figure, each with a reason', () => {
		expect(rates.figures).toHaveLength(32);
		for (const f of rates.figures) expect(RATE_REASONS).toContain(f.reason);
	});

	it('draws together only the Mine Ban Convention’s five dated shares of annual reports', () => {
		const drawn = rates.figures.filter((f) => f.reason === 'comparable');
		expect(drawn.map((f) => [f.convention, f.coveringYear, f.countedOn, f.daysAfterDue, f.value_number])).toEqual([
			['ottawa', 2009, '2010-12-02', 216, 54],
			['ottawa', 2009, '2011-12-02', 581, 56],
			['ottawa', 2010, '2011-06-22', 53, 44],
			['ottawa', 2010, '2011-12-02', 216, 52],
			['ottawa', 2014, '2015-06-18', 49, 37]
		]);
	});

	it('gives the reasons a reader would: the ATT’s 63% has no day, its 38 of 113 counts on-time reports', () => {
		const att = rates.figures.filter((f) => f.convention === 'att');
		expect(att.map((f) => [f.value, f.reason])).toEqual([
			['63', 'no_day'],
			['38', 'on_time'],
			['more than a quarter', 'not_a_figure']
		]);
		// The CCM's own published figures are about initial reports, but for one out of initial reporters.
		expect(rates.figures.filter((f) => f.convention === 'ccm').map((f) => f.reason)).toEqual([
			'initial_reports',
			'other_denominator',
			...Array(5).fill('initial_reports')
		]);
	});

	it('sets beside the 2014 figure the CCM share /transparency shows for 2014 on the same day', async () => {
		// The CCM's reports covering 2009 and 2010 were never owed: only 2014 has a CCM bar.
		expect(rates.ccm.map((c) => [c.coveringYear, c.countedOn])).toEqual([[2014, '2015-06-18']]);
		const a7 = await loadTransparency(db);
		const page = summarise(statusesOn(a7, '2015-06-18', dataAsOf), 'annual', 2014);
		const [ccm] = rates.ccm;
		expect(ccm!.due).toBe(page.due);
		expect(ccm!.share).toBe(page.submittedShare);
		expect(ccm!.coverage).toBe(page.coverage);
	});

	it('draws an unknown status as a gap, never as a low rate', () => {
		const computed = rateBars(rates).filter((b) => b.kind === 'computed');
		for (const b of computed) expect(b.share + b.unknown).toBeLessThanOrEqual(1);
		const bar = computed.find((b) => b.coveringYear === 2014)!;
		// On 18 June 2015 the record knows the status of none of the 84 reports due for 2014.
		expect([bar.due, bar.share, bar.unknown]).toEqual([84, 0, 1]);
	});

	it('puts each computed bar right after the published figure it is beside', () => {
		const keys = rateBars(rates).map((b) => `${b.kind} ${b.convention} ${b.coveringYear} d${b.daysAfterDue}`);
		expect(keys).toEqual([
			'published ottawa 2014 d49',
			'computed ccm 2014 d49',
			'published ottawa 2010 d53',
			'published ottawa 2009 d216',
			'published ottawa 2010 d216',
			'published ottawa 2009 d581'
		]);
	});

	it('computes nothing past the data’s date', async () => {
		const late = comparedRates(
			[
				{
					...fixture({ period_covered: '2030', as_of: '2031-06-01' }),
					convention: 'ottawa' as const,
					quote: '',
					source: '',
					source_kind: '',
					notes: null
				}
			],
			[{ convention: 'ottawa', report: 'annual', due_from: 'fixed_day', due_day: '04-30' }],
			await loadTransparency(db),
			dataAsOf
		);
		expect(late.figures[0]!.reason).toBe('comparable');
		expect(late.ccm).toEqual([]);
	});
});
