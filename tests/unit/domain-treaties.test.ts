// Each treaty's entry-into-force rule: the Mine Ban Convention's Article 17 (40 instruments, then
// the first day of the sixth month after deposit) against the dates its UNTC page states; the
// after-deposit rules of the ATT, CCW, CCW Protocol V, CWC and TPNW on real deposits of their UNTC
// lists; and null (with the reason) for every treaty whose rule is not implemented.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import { entryIntoForce, thresholdDate } from '../../src/lib/domain/accession';
import { deriveAccession } from '../../src/lib/domain/derive';
import {
	ATT,
	CCM,
	CCW,
	CCW_P5,
	CWC,
	MINE_BAN,
	TPNW,
	TREATIES,
	TREATY_INFO,
	treatyInfo
} from '../../src/lib/domain/treaties';
import { accessionRowSchema } from '../../src/lib/schema/accession';
import { repoRoot } from './support/sources';

function rowsOf(treaty: string) {
	const { header, records } = parseCsv(
		readFileSync(path.join(repoRoot, `data/sources/accession/${treaty}.csv`), 'utf8')
	);
	return records.map((r) => accessionRowSchema.parse(Object.fromEntries(header.map((h, i) => [h, r.cells[i]]))));
}

describe('the treaties and their rules', () => {
	it('lists all nine, with a rule for all but the CTBT (not in force) and ENMOD', () => {
		expect(TREATY_INFO.map((t) => t.id)).toEqual([...TREATIES]);
		expect(TREATY_INFO.filter((t) => t.entryIntoForce).map((t) => t.id)).toEqual([
			'ccm',
			'ottawa',
			'att',
			'ccw',
			'ccw_p5',
			'cwc',
			'tpnw'
		]);
		for (const t of TREATY_INFO) expect(t.entryIntoForce === null, t.id).toBe(t.noRule !== undefined);
		expect(treatyInfo('ctbt').noRule).toBe('not_in_force');
		expect(treatyInfo('enmod').noRule).toBe('not_modelled');
	});

	it('keeps the CCM rule as it was: 30 instruments, sixth month', () => {
		expect(CCM.entryIntoForce).toEqual({ instruments: 30, monthsAfterDeposit: 6, article: 17 });
	});
});

describe('Mine Ban Convention, Article 17', () => {
	const rule = MINE_BAN.entryIntoForce!;
	const rows = rowsOf('ottawa');
	const threshold = thresholdDate(
		rows.map((r) => r.deposit_date),
		rule
	);

	it('reaches 40 instruments on 16 September 1998 and enters into force on 1 March 1999, as the page states', () => {
		expect(threshold).toBe('1998-09-16');
		expect(entryIntoForce('1997-12-03', threshold, rule)).toBe('1999-03-01'); // Canada, first deposit
		expect(entryIntoForce('1998-09-16', threshold, rule)).toBe('1999-03-01');
	});

	it('puts a later instrument in force on the first day of the sixth month after the month of deposit', () => {
		expect(entryIntoForce('1998-09-21', threshold, rule)).toBe('1999-03-01'); // Namibia
		expect(entryIntoForce('1998-10-01', threshold, rule)).toBe('1999-04-01');
		expect(entryIntoForce('2012-01-09', threshold, rule)).toBe('2012-07-01'); // Finland
		expect(entryIntoForce('2012-12-27', threshold, rule)).toBe('2013-06-01'); // Poland
	});

	it('derives every row with the Mine Ban rule, never the CCM one', () => {
		const { records } = deriveAccession(rows, MINE_BAN);
		const fin = records.find((r) => r.iso3 === 'FIN')!;
		expect(fin.entry_into_force).toBe('2012-07-01');
		// With the CCM's threshold (30 instruments) the treaty would have been in force from 1 Feb 1999.
		expect(records.filter((r) => r.entry_into_force === '1999-02-01')).toEqual([]);
		expect(records.every((r) => r.initial_report_due === null)).toBe(true);
	});

	it('keeps a pending withdrawal (Poland) a party after the day its note names', () => {
		const { periods } = deriveAccession(rows, MINE_BAN);
		const pol = periods.filter((p) => p.iso3 === 'POL');
		expect(pol.map((p) => p.status)).not.toContain('withdrawn');
		const est = periods.filter((p) => p.iso3 === 'EST');
		expect(est.at(-1)).toMatchObject({ status: 'withdrawn', start_date: '2025-12-27' });
	});
});

describe('after-deposit rules: the page’s own date for early instruments, a fixed delay after', () => {
	const eif = (rule: typeof ATT, deposit: string) => entryIntoForce(deposit, null, rule.entryIntoForce!);

	it('ATT Article 22: 24 December 2014 as the page states, then the ninetieth day after deposit', () => {
		expect(eif(ATT, '2013-07-02')).toBe('2014-12-24'); // Iceland, first instrument
		expect(eif(ATT, '2014-09-25')).toBe('2014-12-24'); // the fiftieth (six that day: BIH, CZE, LCA, PRT, SEN, URY)
		// Article 22(2) covers deposits "subsequent to the entry into force": one on 24 December
		// 2014 itself would still share it, one the day after takes ninety days.
		expect(eif(ATT, '2014-12-24')).toBe('2014-12-24');
		expect(eif(ATT, '2014-12-25')).toBe('2015-03-25');
		expect(eif(ATT, '2015-02-26')).toBe('2015-05-27'); // Côte d'Ivoire
		expect(eif(ATT, '2020-07-29')).toBe('2020-10-27'); // Afghanistan
		expect(eif(ATT, '2016-02-29')).toBe('2016-05-29'); // Greece, a 29 February deposit
		expect(eif(ATT, '2022-12-02')).toBe('2023-03-02'); // Andorra, a December deposit
	});

	it('ATT: the fiftieth listed instrument is of 25 September 2014, ninety days before the page’s date', () => {
		const t = thresholdDate(
			rowsOf('att').map((r) => r.deposit_date),
			ATT.entryIntoForce!
		);
		expect(t).toBe('2014-09-25');
		expect(eif(ATT, t!)).toBe(ATT.entryIntoForce!.treatyInForce);
	});

	it('CWC Article XXI: 29 April 1997 as the page states, then the thirtieth day after deposit', () => {
		const rows = rowsOf('cwc');
		// The sixty-fifth instrument (Hungary, 31 October 1996) plus 180 days is the page's date.
		expect(
			thresholdDate(
				rows.map((r) => r.deposit_date),
				CWC.entryIntoForce!
			)
		).toBe('1996-10-31');
		expect(eif(CWC, '1993-01-20')).toBe('1997-04-29'); // Fiji
		// Deposited after the sixty-fifth but before the entry into force: not "subsequent to" it.
		expect(eif(CWC, '1997-01-27')).toBe('1997-04-29'); // Belgium
		// Cuba deposited on 29 April 1997, the entry-into-force day itself: not "subsequent to" it.
		expect(eif(CWC, '1997-04-29')).toBe('1997-04-29');
		expect(eif(CWC, '1997-04-30')).toBe('1997-05-30');
		expect(eif(CWC, '2003-09-24')).toBe('2003-10-24'); // Afghanistan
		expect(eif(CWC, '2000-02-29')).toBe('2000-03-30'); // Azerbaijan, a 29 February deposit
		expect(eif(CWC, '2004-03-31')).toBe('2004-04-30'); // Rwanda, a deposit on the 31st
		expect(eif(CWC, '2002-12-10')).toBe('2003-01-09'); // Thailand, across the year
	});

	it('CCW Article 5(2): 2 December 1983 as the page states, then six months after deposit', () => {
		expect(eif(CCW, '1982-02-11')).toBe('1983-12-02'); // Mexico
		expect(eif(CCW, '1983-06-02')).toBe('1983-12-02');
		expect(eif(CCW, '1983-06-07')).toBe('1983-12-07'); // Norway
		expect(eif(CCW, '1995-03-24')).toBe('1995-09-24'); // United States
		expect(eif(CCW, '1998-12-17')).toBe('1999-06-17'); // Costa Rica, a December deposit
		// "Six months after the date": a day the month lacks becomes its last day.
		expect(eif(CCW, '2023-08-31')).toBe('2024-02-29');
		expect(eif(CCW, '2022-08-31')).toBe('2023-02-28');
		expect(eif(CCW, '2024-02-29')).toBe('2024-08-29');
	});

	it('CCW: the list alone would not reach twenty instruments by 2 June 1983, so the page’s date is kept', () => {
		const listed = rowsOf('ccw').filter((r) => r.deposit_date !== null && r.deposit_date <= '1983-06-02');
		expect(listed).toHaveLength(17);
		const { records } = deriveAccession(rowsOf('ccw'), CCW);
		expect(records.find((r) => r.iso3 === 'MEX')?.entry_into_force).toBe('1983-12-02');
	});

	it('CCW Protocol V, CCW Article 5(3) and 5(4): 12 November 2006, then six months after consent', () => {
		const rows = rowsOf('ccw_p5');
		expect(
			thresholdDate(
				rows.map((r) => r.deposit_date),
				CCW_P5.entryIntoForce!
			)
		).toBe('2006-05-12');
		expect(eif(CCW_P5, '2004-06-02')).toBe('2006-11-12'); // Sweden
		expect(eif(CCW_P5, '2006-05-12')).toBe('2006-11-12'); // Albania, Switzerland, Liechtenstein
		expect(eif(CCW_P5, '2006-05-18')).toBe('2006-11-18'); // Tajikistan
		expect(eif(CCW_P5, '2008-12-22')).toBe('2009-06-22'); // Georgia
		expect(eif(CCW_P5, '2017-12-29')).toBe('2018-06-29'); // State of Palestine
	});

	it('TPNW Article 15(2): 22 January 2021 as the page states, then ninety days after deposit', () => {
		const rows = rowsOf('tpnw');
		expect(
			thresholdDate(
				rows.map((r) => r.deposit_date),
				TPNW.entryIntoForce!
			)
		).toBe('2020-10-24');
		expect(eif(TPNW, '2017-09-20')).toBe('2021-01-22'); // Guyana
		expect(eif(TPNW, '2020-10-24')).toBe('2021-01-22'); // Honduras, the fiftieth
		expect(eif(TPNW, '2020-12-11')).toBe('2021-03-11'); // Benin
		expect(eif(TPNW, '2021-01-22')).toBe('2021-04-22'); // Cambodia
		expect(eif(TPNW, '2021-12-23')).toBe('2022-03-23'); // Peru, across the year
		expect(eif(TPNW, '2019-07-31')).toBe('2021-01-22'); // Saint Vincent and the Grenadines
		expect(eif(TPNW, '2023-12-31')).toBe('2024-03-30'); // 31 + 29 (leap year) + 30 days
	});

	it('derives every listed deposit of these treaties, none before the treaty’s own date', () => {
		for (const t of [ATT, CCW, CCW_P5, CWC, TPNW]) {
			const { records, periods } = deriveAccession(rowsOf(t.id), t);
			const deposited = records.filter((r) => r.deposit_date !== null);
			for (const r of deposited) {
				expect(r.entry_into_force! >= t.entryIntoForce!.treatyInForce, `${t.id} ${r.iso3}`).toBe(true);
				expect(r.entry_into_force! >= r.deposit_date!, `${t.id} ${r.iso3}`).toBe(true);
			}
			expect(records.every((r) => r.initial_report_due === null)).toBe(true);
			expect(periods.some((p) => p.in_force)).toBe(true);
		}
	});
});

describe('treaties without an implemented rule', () => {
	it.each(['ctbt', 'enmod'] as const)('%s: entry into force is null for every State', (id) => {
		const { records, periods } = deriveAccession(rowsOf(id), treatyInfo(id));
		expect(records.length).toBeGreaterThan(0);
		expect(records.every((r) => r.entry_into_force === null)).toBe(true);
		expect(periods.some((p) => p.in_force)).toBe(false);
	});
});
