// Article 17 (entry into force), Article 20 (withdrawal) and the 180-day initial report at their edges.
import { describe, expect, it } from 'vitest';
import {
	entryIntoForce,
	initialReportDue,
	statusOn,
	statusPeriods,
	thresholdDate,
	type AccessionFacts
} from '../../src/lib/domain/accession';
import { CCM } from '../../src/lib/domain/treaties';
import { addDays, isIsoDate } from '../../src/lib/domain/dates';

const rule = CCM.entryIntoForce!;
const THRESHOLD = '2010-02-16'; // the 30th CCM instrument (Burkina Faso and Moldova, 16 Feb 2010)

describe('Article 17: entry into force for a State', () => {
	it('gives the first 30 instruments the Convention’s own entry into force, 1 Aug 2010', () => {
		expect(entryIntoForce('2008-12-03', THRESHOLD, rule)).toBe('2010-08-01');
		expect(entryIntoForce(THRESHOLD, THRESHOLD, rule)).toBe('2010-08-01');
	});
	it('puts a later instrument in force on the first day of the sixth month after the month of deposit', () => {
		expect(entryIntoForce('2010-02-17', THRESHOLD, rule)).toBe('2010-08-01');
		expect(entryIntoForce('2010-03-01', THRESHOLD, rule)).toBe('2010-09-01');
		expect(entryIntoForce('2023-02-28', THRESHOLD, rule)).toBe('2023-08-01');
		expect(entryIntoForce('2025-09-05', THRESHOLD, rule)).toBe('2026-03-01'); // Vanuatu
	});
	it('carries a December deposit into June of the next year', () => {
		expect(entryIntoForce('2010-12-31', THRESHOLD, rule)).toBe('2011-06-01');
		expect(entryIntoForce('2010-12-01', THRESHOLD, rule)).toBe('2011-06-01');
	});
	it('is null without a deposit or before the threshold is reached', () => {
		expect(entryIntoForce(null, THRESHOLD, rule)).toBeNull();
		expect(entryIntoForce('2009-01-01', null, rule)).toBeNull();
	});
	it('finds the threshold at the 30th deposit in date order, ignoring States without one', () => {
		// Fixture: 31 made-up deposit days, shuffled, plus signatories without deposit.
		const days = Array.from({ length: 31 }, (_, i) => addDays('2009-01-01', i * 10));
		const shuffled = [...days].reverse();
		expect(thresholdDate([null, ...shuffled, null], rule)).toBe(days[29]);
		expect(thresholdDate(days.slice(0, 29), rule)).toBeNull();
	});
});

describe('Article 7: initial report due 180 days after entry into force', () => {
	it('matches the worked example (in force 1 Oct 2013 -> due 30 Mar 2014)', () => {
		expect(initialReportDue('2013-10-01')).toBe('2014-03-30');
	});
	it('counts 29 February in a leap year', () => {
		expect(initialReportDue('2010-08-01')).toBe('2011-01-28');
		expect(initialReportDue('2011-09-01')).toBe('2012-02-28');
		expect(initialReportDue('2011-10-01')).toBe('2012-03-29');
	});
	it('is null when the Convention is not in force for the State', () => {
		expect(initialReportDue(null)).toBeNull();
	});
});

const lithuania: AccessionFacts = {
	iso3: 'LTU',
	signatureDate: '2008-12-03',
	depositDate: '2011-03-24',
	withdrawalNotified: '2024-09-06',
	withdrawalEffective: '2025-03-06',
	withdrawalPending: false
};

describe('status on a day', () => {
	const eif = entryIntoForce(lithuania.depositDate, THRESHOLD, rule);
	const periods = statusPeriods(lithuania, eif);
	it('counts a signatory from the signature day', () => {
		expect(statusOn(periods, '2008-12-02').status).toBe('not_party');
		expect(statusOn(periods, '2008-12-03').status).toBe('signatory');
	});
	it('counts a party from the deposit day, in force only from its entry-into-force day', () => {
		expect(statusOn(periods, '2011-03-23')).toEqual({ status: 'signatory', inForce: false });
		expect(statusOn(periods, '2011-03-24')).toEqual({ status: 'party', inForce: false });
		expect(eif).toBe('2011-09-01');
		expect(statusOn(periods, '2011-08-31')).toEqual({ status: 'party', inForce: false });
		expect(statusOn(periods, '2011-09-01')).toEqual({ status: 'party', inForce: true });
	});
	it('stops counting a party on the day its withdrawal takes effect', () => {
		expect(statusOn(periods, '2025-03-05')).toEqual({ status: 'party', inForce: true });
		expect(statusOn(periods, '2025-03-06')).toEqual({ status: 'withdrawn', inForce: false });
		expect(statusOn(periods, '2026-02-03').status).toBe('withdrawn');
	});
	it('keeps a State with a pending withdrawal a party', () => {
		const pending = { ...lithuania, withdrawalEffective: null, withdrawalPending: true };
		expect(statusOn(statusPeriods(pending, eif), '2030-01-01')).toEqual({ status: 'party', inForce: true });
		const pendingWithDate = { ...lithuania, withdrawalPending: true };
		expect(statusOn(statusPeriods(pendingWithDate, eif), '2025-03-06').status).toBe('party');
	});
	it('handles accession without signature and a withdrawal before entry into force', () => {
		const acc: AccessionFacts = {
			...lithuania,
			signatureDate: null,
			withdrawalNotified: null,
			withdrawalEffective: null
		};
		const p = statusPeriods(acc, eif);
		expect(statusOn(p, '2011-03-23').status).toBe('not_party');
		expect(p.map((x) => x.status)).toEqual(['party', 'party']);
		const early = { ...lithuania, withdrawalEffective: '2011-06-01' };
		const q = statusPeriods(early, eif);
		expect(statusOn(q, '2011-05-31')).toEqual({ status: 'party', inForce: false });
		expect(statusOn(q, '2011-09-01').status).toBe('withdrawn');
	});
	it('leaves no gap and no overlap between consecutive periods', () => {
		for (let i = 1; i < periods.length; i++) expect(periods[i]!.start).toBe(periods[i - 1]!.end);
	});
});

describe('calendar dates', () => {
	it('rejects impossible days', () => {
		expect(isIsoDate('2023-02-30')).toBe(false);
		expect(isIsoDate('2024-02-29')).toBe(true);
		expect(isIsoDate('2023-2-3')).toBe(false);
	});
});
