/**
 * The reporting calendar on the bundled data, as `npm run metric -- calendar` and the iCalendar
 * files give it: the checkpoints of issue 23, and every State's file read back by a maintained
 * iCalendar parser (ical.js), not by matching strings.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarOf, defaultPeriod, loadCalendar } from '../../src/lib/controllers/calendar';
import { calendarIcs, foldLine, icsText } from '../../src/lib/export/ics';
import { bundledData } from './support/bundled-data';

describe('the reporting calendar on the bundled data', async () => {
	const { db, dataAsOf } = await bundledData();
	const data = await loadCalendar(db);
	const states = [...new Set(data.accession.map((a) => a.iso3))];

	it('gives France its reports of 2027: CCW and Protocol V on 31 March, CCM and Mine Ban on 30 April, ATT on 31 May, no TPNW', () => {
		const rows = calendarOf(data, 'FRA', '2027-01-01', '2027-12-31').filter((r) => !r.conditional);
		expect(rows.map((r) => `${r.due} ${r.treaty} ${r.report}`)).toEqual([
			'2027-03-31 ccw annual',
			'2027-03-31 ccw_p5 annual',
			'2027-04-30 ccm annual',
			'2027-04-30 ottawa annual',
			'2027-05-31 att annual'
		]);
		expect(calendarOf(data, 'FRA', '2027-01-01', '2027-12-31').some((r) => r.treaty === 'tpnw')).toBe(false);
	});

	it('gives Vanuatu (CCM in force 1 March 2026) its CCM initial report on 28 August 2026', () => {
		const { from, to } = defaultPeriod(dataAsOf);
		expect([from, to]).toEqual(['2026-02-03', '2027-02-02']);
		const ccm = calendarOf(data, 'VUT', from, to).filter((r) => r.treaty === 'ccm');
		expect(ccm[0]).toMatchObject({ report: 'initial', due: '2026-08-28', covering: '2026-03-01' });
	});

	it('writes every State’s file so that an iCalendar parser reads back each report, on its day, with a unique UID', () => {
		const { from, to } = defaultPeriod(dataAsOf);
		for (const iso3 of states) {
			const rows = calendarOf(data, iso3, from, to);
			const ics = calendarIcs({ iso3, name: `Fixture name of ${iso3}`, events: rows, dataAsOf });
			for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
			const cal = new ICAL.Component(ICAL.parse(ics));
			const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
			expect(events.map((e) => e.startDate.toString())).toEqual(rows.map((r) => r.due));
			expect(events.every((e) => e.startDate.isDate)).toBe(true);
			expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
			expect(events.map((e) => e.description).every((d) => d.includes('Legal basis: '))).toBe(true);
		}
	});

	it('keeps a report’s UID from one data update to the next, so a re-import updates it', () => {
		const rows = calendarOf(data, 'FRA', '2027-01-01', '2027-12-31');
		const first = calendarIcs({ iso3: 'FRA', name: 'France', events: rows, dataAsOf });
		const later = calendarIcs({ iso3: 'FRA', name: 'France', events: rows.slice(1), dataAsOf: '2026-06-01' });
		const uids = (ics: string) =>
			new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'));
		expect(uids(later)).toEqual(uids(first).slice(1));
	});
});

describe('iCalendar text', () => {
	it('escapes commas, semicolons, backslashes and line ends, and folds long lines without cutting a character', () => {
		expect(icsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
		const arabic = `SUMMARY:${'تقرير '.repeat(20)}`;
		const folded = foldLine(arabic);
		for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		expect(folded.replaceAll('\r\n ', '')).toBe(arabic);
	});
});

describe('the community view', async () => {
	const { db, dataAsOf } = await bundledData();
	const data = await loadCalendar(db);
	const { communityByMonth, ccmPartiesOn, monthsOf } = await import('../../src/lib/controllers/calendar');

	it('counts per month the CCM States Parties owing a report, and those facing three within six weeks', () => {
		const { from, to } = defaultPeriod(dataAsOf);
		const months = communityByMonth(data, from, to);
		expect(months.map((m) => m.month)).toEqual(monthsOf(from, to));
		expect(months).toHaveLength(13);
		const parties = ccmPartiesOn(data, from).length;
		expect(parties).toBe(112);
		for (const m of months) {
			expect(m.clustered).toBeLessThanOrEqual(m.owing);
			expect(m.owing).toBeLessThanOrEqual(parties);
		}
		// April: the CCM and Mine Ban annual reports fall on the 30th, the CCW's on 31 March before it.
		const april = months.find((m) => m.month === '2026-04')!;
		expect(april.owing).toBeGreaterThan(100);
		expect(april.clustered).toBeGreaterThan(0);
	});
});
