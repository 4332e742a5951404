// Which record counts when a stated and a derived record say the same report was made, and what a
// statement of no report does to the status (src/lib/domain/reporting.ts, controllers/transparency.ts).
import { describe, expect, it } from 'vitest';
import { statusesOn, summarise, type StatusData } from '../../src/lib/controllers/transparency';
import { countingRecord, noneStatedUpTo } from '../../src/lib/domain/reporting';
import { reportRowSchema } from '../../src/lib/schema/article7';

const obligation = {
	iso3: 'AFG',
	name: 'Afghanistan',
	region: 'APG' as const,
	report_type: 'annual' as const,
	covering_year: 2012,
	due: '2013-04-30',
	deposit_date: '2011-09-08'
};
const rec = (basis: 'stated' | 'derived_monitor_ever_since' | 'stated_none_as_of', date = '', source = 'fixture') => ({
	iso3: 'AFG',
	report_type: 'annual' as const,
	covering_year: 2012,
	date,
	date_kind: (date ? 'received' : 'unknown') as 'received' | 'unknown',
	source,
	imported_from: null,
	basis
});
const data = (records: StatusData['records']): StatusData => ({ obligations: [obligation], records, coverage: [] });

describe('a stated record wins over a derived one', () => {
	it('even when the derived record comes first and neither has a date', () => {
		const r = countingRecord([
			{ date: '', dateKind: 'unknown' as const, source: 'derived', derived: true },
			{ date: '', dateKind: 'unknown' as const, source: 'stated', derived: false }
		]);
		expect(r?.source).toBe('stated');
	});

	it('counts the report once, on the stated record, and says it is not derived', () => {
		const [s] = statusesOn(
			data([
				rec('derived_monitor_ever_since', '', 'm2015'),
				rec('stated', '2013-05-19'),
				rec('derived_monitor_ever_since')
			]),
			'2026-02-03',
			'2026-02-03'
		);
		expect(s).toMatchObject({ status: 'late', daysLate: 19, derived: false, records: 3 });
		const sum = summarise([s!], 'annual', 2012);
		expect(sum).toMatchObject({ due: 1, derived: 0, coverage: 1, coverageStated: 1 });
	});

	it('a report resting on a derived record alone is known with it and unknown without it', () => {
		const d = data([rec('derived_monitor_ever_since')]);
		const [withIt] = statusesOn(d, '2026-02-03', '2026-02-03');
		const [without] = statusesOn(d, '2026-02-03', '2026-02-03', { derived: false });
		expect(withIt).toMatchObject({ status: 'submitted_date_unknown', derived: true });
		expect(without).toMatchObject({ status: 'unknown', derived: false });
		expect(summarise([withIt!], 'annual', 2012, [without!])).toMatchObject({
			coverage: 1,
			coverageStated: 0,
			derived: 1
		});
	});
});

describe('a statement that no report was made', () => {
	it('speaks up to the first day of its period, and is never a record of a report', () => {
		expect(noneStatedUpTo('2020-08')).toBe('2020-08-01');
		const d = data([rec('stated_none_as_of', '2020-08')]);
		expect(statusesOn(d, '2020-08-01', '2026-02-03')[0]).toMatchObject({ status: 'not_submitted', records: 0 });
		expect(statusesOn(d, '2020-08-02', '2026-02-03')[0]).toMatchObject({ status: 'unknown', records: 0 });
	});

	it('gives way to a record of the report', () => {
		const d = data([rec('stated_none_as_of', '2020-08'), rec('stated', '2014-02-01')]);
		expect(statusesOn(d, '2019-01-01', '2026-02-03')[0]).toMatchObject({ status: 'late', records: 1 });
	});
});

describe('the schema', () => {
	const row = {
		state: 'Afghanistan',
		report_type: 'annual',
		covering_year: '2012',
		date: '',
		date_kind: 'unknown',
		source: 's',
		quote: ''
	};
	it('reads a record without basis (a file imported in a browser) as stated', () => {
		expect(reportRowSchema.parse(row).basis).toBe('stated');
	});
	it('refuses a derived record without its covering year', () => {
		const r = reportRowSchema.safeParse({ ...row, covering_year: '', basis: 'derived_monitor_ever_since' });
		expect(r.success).toBe(false);
	});
});
