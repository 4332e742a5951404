// Article 7 rules: partial dates kept at their precision, who owes an annual report, which record
// counts, and the status of a report on a day, at the edges.
import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/lib/domain/partial-date';
import {
	annualDue,
	countingFlags,
	countingRecord,
	initialGroup,
	isDueOn,
	owesAnnualReport,
	recordKnownFrom,
	recordKnownOn,
	reportExistsOn,
	reportKey,
	reportObligations,
	reportStatus,
	type ReportStatus
} from '../../src/lib/domain/reporting';
import { deriveObligations } from '../../src/lib/domain/derive';
import { answers } from './support/answers';

describe('partial dates', () => {
	it('keep their precision and span', () => {
		expect(parsePartialDate('2019')).toMatchObject({ precision: 'year', earliest: '2019-01-01', latest: '2019-12-31' });
		expect(parsePartialDate('2020-02')).toMatchObject({
			precision: 'month',
			earliest: '2020-02-01',
			latest: '2020-02-29'
		});
		expect(parsePartialDate('2019-12')).toMatchObject({ latest: '2019-12-31' });
		expect(parsePartialDate('2019-11-11')).toMatchObject({
			precision: 'day',
			earliest: '2019-11-11',
			latest: '2019-11-11'
		});
		expect(parsePartialDate('2019-13')).toBeNull();
		expect(parsePartialDate('2023-02-30')).toBeNull();
		expect(parsePartialDate('11/11/2019')).toBeNull();
	});
});

describe('who owes the annual report covering Y', () => {
	const party = (due: string | null, until = '9999-12-31') => ({
		iso3: 'XXX',
		initialReportDue: due,
		isPartyOn: (d: string) => d < until
	});
	it('is due on 30 April of Y+1', () => expect(annualDue(2019)).toBe('2020-04-30'));
	it('needs the initial report due on or before 31 December of Y', () => {
		expect(owesAnnualReport(party('2019-12-31'), 2019)).toBe(true);
		expect(owesAnnualReport(party('2020-01-01'), 2019)).toBe(false);
		expect(owesAnnualReport(party(null), 2019)).toBe(false);
	});
	it('needs the State to be a party on 30 April of Y+1', () => {
		expect(owesAnnualReport(party('2012-01-01', '2025-03-06'), 2023)).toBe(true); // due 2024-04-30
		expect(owesAnnualReport(party('2012-01-01', '2025-03-06'), 2024)).toBe(false); // withdrawn before 2025-04-30
		expect(owesAnnualReport(party('2012-01-01', '2020-04-30'), 2019)).toBe(false); // not a party on the day itself
	});
});

describe('the record that counts', () => {
	it('is the earliest full date of receipt (Saint Kitts and Nevis: 2015-12, 2016, 2015-12-31)', () => {
		const recs = [
			{ date: '2015-12', dateKind: 'received' as const, source: 'a' },
			{ date: '2016', dateKind: 'received' as const, source: 'b' },
			{ date: '2015-12-31', dateKind: 'received' as const, source: 'c' }
		];
		expect(countingRecord(recs)?.source).toBe('c');
		expect(countingRecord([{ date: '2016-01-02', dateKind: 'published' as const, source: 'p' }, ...recs])?.source).toBe(
			'c'
		);
		expect(countingRecord([{ date: '', dateKind: 'unknown' as const, source: 'x' }])?.source).toBe('x');
		expect(countingRecord([])).toBeNull();
	});
});

describe('status of a report on a day', () => {
	/** The day the record was compiled: an undated record is known from then. */
	const C = '2025-12-31';
	const due = '2019-07-31';
	const rec = (date: string) => ({ date, dateKind: 'received' as const, source: 's' });
	it('is on time up to and including the due day, late after, with days', () => {
		expect(reportStatus(due, rec('2019-07-31'), '2026-01-01', false, C)).toMatchObject({
			status: 'on_time',
			daysLate: null
		});
		expect(reportStatus(due, rec('2019-08-27'), '2026-01-01', false, C)).toMatchObject({
			status: 'late',
			daysLate: 27
		});
	});
	it('decides from a partial date only when its whole span is on one side', () => {
		expect(reportStatus(due, rec('2019-06'), '2026-01-01', false, C).status).toBe('on_time');
		expect(reportStatus(due, rec('2019-09'), '2026-01-01', false, C)).toMatchObject({ status: 'late', daysLate: null });
		expect(reportStatus(due, rec('2019-07'), '2026-01-01', false, C).status).toBe('on_time'); // July ends on the due day
		expect(reportStatus('2019-07-15', rec('2019-07'), '2026-01-01', false, C)).toMatchObject({
			status: 'submitted_date_unknown',
			daysLate: null
		});
		expect(reportStatus(due, rec('2019'), '2026-01-01', false, C).status).toBe('submitted_date_unknown');
	});
	it('is not yet due up to the due day, then unknown, or not submitted only where the record is complete', () => {
		expect(reportStatus(due, null, '2019-07-31', false, C).status).toBe('not_yet_due');
		expect(reportStatus(due, null, '2019-08-01', false, C)).toMatchObject({ status: 'unknown', daysPastDue: 1 });
		expect(reportStatus(due, null, '2019-08-01', true, C)).toMatchObject({ status: 'not_submitted', daysPastDue: 1 });
	});
	it('ignores a record dated after the day asked about', () => {
		expect(reportStatus(due, rec('2019-08-27'), '2019-08-10', false, C).status).toBe('unknown');
		expect(reportStatus(due, rec('2019-08-27'), '2019-07-01', false, C).status).toBe('not_yet_due');
	});
	it('counts a record without a date as submitted, date unknown', () => {
		expect(reportStatus(due, { date: '', dateKind: 'unknown', source: 's' }, '2026-01-01', false, C).status).toBe(
			'submitted_date_unknown'
		);
	});
});

describe('what is known on a day', () => {
	it('a full date from that day, a month or year from the day after it ends, an undated record from its compilation', () => {
		const knownFrom = {
			'2016-03-01': '2016-03-01',
			'2016-02': '2016-03-01',
			'2016': '2017-01-01',
			'2015-12': '2016-01-01',
			'': '2026-02-03',
			'2016-13': null
		};
		expect(answers((date) => recordKnownFrom(date, '2026-02-03'), knownFrom)).toEqual(knownFrom);
		expect(recordKnownOn({ date: '2016' }, '2016-12-31', '2026-02-03')).toBe(false);
		expect(recordKnownOn({ date: '2016' }, '2017-01-01', '2026-02-03')).toBe(true);
		expect(recordKnownOn({ date: '' }, '2026-02-02', '2026-02-03')).toBe(false);
		expect(recordKnownOn({ date: '' }, '2026-02-03', '2026-02-03')).toBe(true);
	});
	it('a report owes from the day after its due date', () => {
		expect(isDueOn('2016-04-30', '2016-04-30')).toBe(false);
		expect(isDueOn('2016-04-30', '2016-05-01')).toBe(true);
	});
	it('a State is in the tables from its deposit; an annual report once its covering year has ended', () => {
		const initial = { report_type: 'initial' as const, covering_year: 2024, deposit_date: '2023-02-28' };
		expect(reportExistsOn(initial, '2023-02-27')).toBe(false);
		expect(reportExistsOn(initial, '2023-02-28')).toBe(true);
		expect(reportExistsOn({ ...initial, deposit_date: null }, '2026-01-01')).toBe(false);
		const annual = { report_type: 'annual' as const, covering_year: 2015, deposit_date: '2010-01-01' };
		expect(reportExistsOn(annual, '2015-12-31')).toBe(false);
		expect(reportExistsOn(annual, '2016-01-01')).toBe(true);
	});
	it('a year-dated record does not count before its year has ended (2016 at 1 Jan 2016)', () => {
		const rec = { date: '2016', dateKind: 'received' as const, source: 's' };
		expect(reportStatus('2017-04-30', rec, '2016-06-01', false, '2026-02-03').status).toBe('not_yet_due');
		expect(reportStatus('2016-04-30', rec, '2016-06-01', false, '2026-02-03').status).toBe('unknown');
		expect(reportStatus('2016-04-30', rec, '2017-01-01', false, '2026-02-03').status).toBe('submitted_date_unknown');
	});
	it('groups initial reports: overdue, no record, submitted, not yet due', () => {
		const groups = {
			not_submitted: 'overdue',
			unknown: 'no_record',
			late: 'submitted',
			on_time: 'submitted',
			submitted_date_unknown: 'submitted',
			not_yet_due: 'not_yet_due'
		};
		expect(answers((status) => initialGroup(status as ReportStatus), groups)).toEqual(groups);
	});
});

describe('which report a record belongs to', () => {
	const rec = (report_type: 'initial' | 'annual', covering_year: number | null, date: string, source = 's') => ({
		iso3: 'XXX',
		report_type,
		covering_year,
		date,
		date_kind: 'received' as const,
		source
	});
	it('is (State, type, covering year); the initial report has one report whatever year a record names', () => {
		expect(reportKey(rec('annual', 2019, '2020-04-01'))).toBe('XXX|annual|2019');
		expect(reportKey(rec('initial', null, '2012'))).toBe(reportKey(rec('initial', 2012, '2012')));
	});
	it('is none for an annual record without its covering year: it never counts for a report', () => {
		expect(reportKey(rec('annual', null, '2020-01-01'))).toBeNull();
		const records = [
			rec('annual', null, '2020-01-01', 'a'),
			rec('annual', 2019, '2020-01', 'b'),
			rec('annual', null, '2021', 'c'),
			rec('annual', 2019, '2020-01-15', 'd')
		];
		// Alone in the record or beside dated records of a covering year, it is never the one that counts.
		expect(countingFlags(records)).toEqual([false, false, false, true]);
		expect(countingFlags([rec('annual', null, '2020-01-01')])).toEqual([false]);
	});
});

describe('the reports a State owes', () => {
	const party = (iso3: string, due: string | null, until = '9999-12-31') => ({
		iso3,
		initialReportDue: due,
		isPartyOn: (d: string) => d < until
	});
	it('is the initial report, then each annual report from the year the initial one falls due', () => {
		expect(reportObligations([party('XXX', '2021-06-30')], 2023)).toEqual([
			{ iso3: 'XXX', report_type: 'initial', covering_year: 2021, due: '2021-06-30' },
			{ iso3: 'XXX', report_type: 'annual', covering_year: 2021, due: '2022-04-30' },
			{ iso3: 'XXX', report_type: 'annual', covering_year: 2022, due: '2023-04-30' },
			{ iso3: 'XXX', report_type: 'annual', covering_year: 2023, due: '2024-04-30' }
		]);
	});
	it('stops after the last year the State is a party on the due day; nothing without an initial due date', () => {
		expect(reportObligations([party('XXX', '2021-06-30', '2023-03-06'), party('YYY', null)], 2024)).toEqual([
			{ iso3: 'XXX', report_type: 'initial', covering_year: 2021, due: '2021-06-30' },
			{ iso3: 'XXX', report_type: 'annual', covering_year: 2021, due: '2022-04-30' }
		]);
	});
	it('reads the status periods ingest derives (a withdrawal in effect ends the annual reports)', () => {
		const periods = [
			{
				treaty: 'ccm',
				iso3: 'XXX',
				status: 'party' as const,
				in_force: false,
				start_date: '2020-01-10',
				end_date: '2020-07-01'
			},
			{
				treaty: 'ccm',
				iso3: 'XXX',
				status: 'party' as const,
				in_force: true,
				start_date: '2020-07-01',
				end_date: '2023-03-06'
			},
			{
				treaty: 'ccm',
				iso3: 'XXX',
				status: 'withdrawn' as const,
				in_force: false,
				start_date: '2023-03-06',
				end_date: null
			}
		];
		const owed = deriveObligations([{ iso3: 'XXX', initial_report_due: '2020-12-28' }], periods, '2026-02-03');
		expect(owed.map((o) => `${o.report_type} ${o.covering_year} ${o.due}`)).toEqual([
			'initial 2020 2020-12-28',
			'annual 2020 2021-04-30',
			'annual 2021 2022-04-30'
		]);
	});
});
