// The reporting calendar of one State across the conventions (issue 23): the checkpoints on the
// real data (France in 2027, Vanuatu in 2026), the edges of each rule, and properties over many
// random party periods and days.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import { addDays } from '../../src/lib/domain/dates';
import { deriveAccession } from '../../src/lib/domain/derive';
import {
	busiestWindow,
	CALENDAR_TREATIES,
	dueInWindow,
	isPartyOn,
	partyPeriodsFrom,
	reportsDue,
	type PartyPeriod,
	type ReportingRule
} from '../../src/lib/domain/reporting-calendar';
import { treatyInfo } from '../../src/lib/domain/treaties';
import { accessionRowSchema } from '../../src/lib/schema/accession';
import { RULE_COLUMNS, ruleRowSchema } from '../../src/lib/schema/crossconvention';
import { validateTable } from '../../src/lib/validate';
import { repoRoot } from './support/sources';

const read = (rel: string) => readFileSync(path.join(repoRoot, rel), 'utf8');
const RULES: ReportingRule[] = validateTable(
	parseCsv(read('data/sources/crossconvention/reporting_rules.csv')),
	RULE_COLUMNS,
	ruleRowSchema,
	'reporting_rules.csv'
).rows;

function periodsOf(iso3: string): PartyPeriod[] {
	return partyPeriodsFrom(
		CALENDAR_TREATIES.flatMap((t) => {
			const { header, records } = parseCsv(read(`data/sources/accession/${t}.csv`));
			const rows = records.map((r) =>
				accessionRowSchema.parse(Object.fromEntries(header.map((h, i) => [h, r.cells[i]])))
			);
			return deriveAccession(rows, treatyInfo(t)).records.filter((r) => r.iso3 === iso3);
		})
	);
}
const brief = (rs: ReturnType<typeof reportsDue>) =>
	rs.map(
		(r) => `${r.due} ${r.treaty} ${r.report}${r.covering ? ` ${r.covering}` : ''}${r.conditional ? ' conditional' : ''}`
	);

describe('checkpoints on the real data', () => {
	it('France in 2027: CCW and Protocol V on 31 March, CCM and Mine Ban on 30 April, ATT on 31 May, nothing under the TPNW', () => {
		const fra = periodsOf('FRA');
		expect(fra.map((p) => p.treaty).sort()).toEqual(['att', 'ccm', 'ccw', 'ccw_p5', 'cwc', 'ottawa']);
		expect(brief(reportsDue(fra, RULES, '2027-01-01', '2027-12-31'))).toEqual([
			'2027-03-31 ccw annual',
			'2027-03-31 ccw_p5 annual',
			// 90 days after 31 December 2026; only for States with declarable Schedule 2 activities.
			'2027-03-31 cwc annual 2026 conditional',
			'2027-04-30 ccm annual 2026',
			'2027-04-30 ottawa annual 2026',
			'2027-05-31 att annual 2026'
		]);
	});

	it('Vanuatu (CCM in force 1 March 2026) owes its CCM initial report on 28 August 2026', () => {
		const vut = periodsOf('VUT');
		expect(vut.find((p) => p.treaty === 'ccm')?.entryIntoForce).toBe('2026-03-01');
		// ATT: deposit 5 September 2025, in force on the ninetieth day (4 December 2025), report within a year.
		expect(brief(reportsDue(vut, RULES, '2026-01-01', '2026-12-31'))).toEqual([
			'2026-03-31 cwc annual 2025 conditional',
			'2026-04-30 ottawa annual 2025',
			'2026-08-28 ccm initial 2026-03-01',
			'2026-12-04 att initial'
		]);
		// The CCM annual report covering 2026 is owed: the initial report fell due in 2026.
		expect(brief(reportsDue(vut, RULES, '2027-04-30', '2027-05-31'))).toEqual([
			'2027-04-30 ccm annual 2026',
			'2027-04-30 ottawa annual 2026',
			'2027-05-31 att annual 2026'
		]);
	});

	it('carries the legal basis, the source and whether the report binds', () => {
		const [ccw] = reportsDue(periodsOf('FRA'), RULES, '2027-03-31', '2027-03-31');
		expect(ccw).toMatchObject({ treaty: 'ccw', binding: 'politically', conditional: false });
		expect(ccw!.basis).toMatch(/compliance mechanism/);
		expect(ccw!.source).toMatch(/^http/);
	});
});

const p = (
	treaty: PartyPeriod['treaty'],
	deposit: string,
	entryIntoForce: string | null,
	withdrawal: string | null = null
): PartyPeriod => ({
	treaty,
	deposit,
	entryIntoForce,
	withdrawal
});

describe('the edges', () => {
	it('counts the CCM initial report 180 days from a 31st, across February of a leap year', () => {
		expect(brief(reportsDue([p('ccm', '2023-08-31', '2024-02-01')], RULES, '2024-01-01', '2024-12-31'))[0]).toBe(
			'2024-07-30 ccm initial 2024-02-01'
		);
		expect(brief(reportsDue([p('ccm', '2022-08-31', '2023-02-01')], RULES, '2023-01-01', '2023-12-31'))[0]).toBe(
			'2023-07-31 ccm initial 2023-02-01'
		);
	});

	it('puts the ATT initial report a year after entry into force, 29 February to 28 February', () => {
		expect(brief(reportsDue([p('att', '2015-12-01', '2016-02-29')], RULES, '2017-01-01', '2017-03-01'))).toEqual([
			'2017-02-28 att initial'
		]);
	});

	it('counts the CWC annual declaration 90 days after the year: 31 March, 30 March in leap years', () => {
		const cwc = [p('cwc', '1995-03-02', '1997-04-29')];
		expect(brief(reportsDue(cwc, RULES, '2027-01-01', '2028-12-31'))).toEqual([
			'2027-03-31 cwc annual 2026 conditional',
			'2028-03-30 cwc annual 2027 conditional'
		]);
	});

	it('lists nothing on or after the day a withdrawal takes effect, and the report due the day before', () => {
		const w = (day: string) => [p('ottawa', '1998-07-23', '1999-03-01', day)];
		expect(reportsDue(w('2027-04-30'), RULES, '2027-01-01', '2027-12-31')).toEqual([]);
		expect(brief(reportsDue(w('2027-05-01'), RULES, '2027-01-01', '2027-12-31'))).toEqual([
			'2027-04-30 ottawa annual 2026'
		]);
	});

	it('owes no annual report for a year in which the initial report was not yet due (December joiner)', () => {
		// In force 1 June 2027: initial report due 28 November 2027, so the report covering 2026 is not owed.
		const ccm = [p('ccm', '2026-12-15', '2027-06-01')];
		expect(brief(reportsDue(ccm, RULES, '2027-01-01', '2028-12-31'))).toEqual([
			'2027-11-28 ccm initial 2027-06-01',
			'2028-04-30 ccm annual 2027'
		]);
	});

	it('lists no initial report where entry into force is not known, and no conventions without membership data', () => {
		expect(reportsDue([p('ccm', '2026-01-10', null)], RULES, '2026-01-01', '2026-12-31')).toEqual([]);
		expect(RULES.some((r) => r.convention === 'bwc' && r.computable)).toBe(true);
		const all = reportsDue(periodsOf('FRA'), RULES, '2000-01-01', '2030-12-31');
		expect(new Set(all.map((r) => r.treaty))).toEqual(new Set(['att', 'ccm', 'ccw', 'ccw_p5', 'cwc', 'ottawa']));
	});

	it('counts the reports due in a six-week window and finds the busiest one', () => {
		const fra = reportsDue(periodsOf('FRA'), RULES, '2027-01-01', '2027-12-31');
		expect(dueInWindow(fra, '2027-03-31')).toBe(5); // 31 March to 11 May
		expect(dueInWindow(fra, '2027-04-01')).toBe(2); // 1 April to 12 May: the two of 30 April
		expect(dueInWindow(fra, '2027-04-20')).toBe(3); // 20 April to 31 May
		expect(busiestWindow(fra)).toEqual({ start: '2027-03-31', count: 5 });
		expect(busiestWindow([])).toBeNull();
	});
});

describe('properties over random party periods and days', () => {
	const day = (from: string, span: number) => fc.integer({ min: 0, max: span }).map((n) => addDays(from, n));
	const period = fc
		.record({
			treaty: fc.constantFrom(...CALENDAR_TREATIES),
			deposit: day('1995-01-01', 40 * 365),
			eifDelay: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
			withdrawalDelay: fc.option(fc.integer({ min: 1, max: 4000 }), { nil: null })
		})
		.map((r): PartyPeriod => ({
			treaty: r.treaty,
			deposit: r.deposit,
			entryIntoForce: r.eifDelay === null ? null : addDays(r.deposit, r.eifDelay),
			withdrawal: r.withdrawalDelay === null ? null : addDays(r.deposit, r.withdrawalDelay)
		}));
	// One period per treaty, as the depositary's record gives one deposit per State and treaty.
	const periods = fc.uniqueArray(period, { selector: (x) => x.treaty, maxLength: 7 });
	const range = fc
		.record({ from: day('1995-01-01', 42 * 365), span: fc.integer({ min: 0, max: 3 * 365 }) })
		.map(({ from, span }) => ({ from, to: addDays(from, span) }));

	it('lists only days inside [from, to], under treaties the State is party to on that day, sorted', () => {
		fc.assert(
			fc.property(periods, range, (ps, { from, to }) => {
				const due = reportsDue(ps, RULES, from, to);
				for (const r of due) {
					expect(r.due >= from && r.due <= to).toBe(true);
					expect(ps.some((x) => x.treaty === r.treaty && isPartyOn(x, r.due))).toBe(true);
				}
				expect(due.map((r) => r.due)).toEqual(due.map((r) => r.due).sort());
			}),
			{ numRuns: 300 }
		);
	});

	it('lists each report relative to entry into force exactly once per party period when its day is in range', () => {
		fc.assert(
			fc.property(periods, (ps) => {
				const due = reportsDue(ps, RULES, '1990-01-01', '2040-12-31');
				for (const x of ps) {
					const initials = due.filter((r) => r.treaty === x.treaty && r.report === 'initial');
					const rule = RULES.find((r) => r.convention === x.treaty && r.report === 'initial');
					if (!rule || x.entryIntoForce === null) expect(initials).toEqual([]);
					else expect(initials.length).toBeLessThanOrEqual(1);
					if (rule && x.entryIntoForce !== null && x.withdrawal === null) expect(initials).toHaveLength(1);
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('gives over a stretch exactly what it gives day by day', () => {
		fc.assert(
			fc.property(periods, day('2000-01-01', 30 * 365), (ps, from) => {
				const to = addDays(from, 400);
				const whole = reportsDue(ps, RULES, from, to);
				const byDay = [];
				for (let d = from; d <= to; d = addDays(d, 1)) byDay.push(...reportsDue(ps, RULES, d, d));
				expect(byDay).toEqual(whole);
			}),
			{ numRuns: 25 }
		);
	});
});
