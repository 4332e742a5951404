// Each treaty's entry-into-force rule: the Mine Ban Convention's Article 17 (40 instruments, then
// the first day of the sixth month after deposit) against the dates its UNTC page states, and
// null (with the reason) for every treaty whose rule is not implemented.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import { entryIntoForce, thresholdDate } from '../../src/lib/domain/accession';
import { deriveAccession } from '../../src/lib/domain/derive';
import { CCM, MINE_BAN, TREATIES, TREATY_INFO, treatyInfo } from '../../src/lib/domain/treaties';
import { accessionRowSchema } from '../../src/lib/schema/accession';
import { repoRoot } from './support/sources';

function rowsOf(treaty: string) {
	const { header, records } = parseCsv(
		readFileSync(path.join(repoRoot, `data/sources/accession/${treaty}.csv`), 'utf8')
	);
	return records.map((r) => accessionRowSchema.parse(Object.fromEntries(header.map((h, i) => [h, r.cells[i]]))));
}

describe('the treaties and their rules', () => {
	it('lists all nine, with a rule only for the CCM and the Mine Ban Convention', () => {
		expect(TREATY_INFO.map((t) => t.id)).toEqual([...TREATIES]);
		expect(TREATY_INFO.filter((t) => t.entryIntoForce).map((t) => t.id)).toEqual(['ccm', 'ottawa']);
		for (const t of TREATY_INFO) expect(t.entryIntoForce === null, t.id).toBe(t.noRule !== undefined);
		expect(treatyInfo('ctbt').noRule).toBe('not_in_force');
		expect(treatyInfo('att').noRule).toBe('not_modelled');
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

describe('treaties without an implemented rule', () => {
	it.each(['att', 'ccw', 'ccw_p5', 'cwc', 'ctbt', 'tpnw', 'enmod'] as const)(
		'%s: entry into force is null for every State',
		(id) => {
			const { records, periods } = deriveAccession(rowsOf(id), treatyInfo(id));
			expect(records.length).toBeGreaterThan(0);
			expect(records.every((r) => r.entry_into_force === null)).toBe(true);
			expect(periods.some((p) => p.in_force)).toBe(false);
		}
	);
});
