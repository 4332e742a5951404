// The transparency controller (src/lib/controllers/transparency.ts) on the bundled data at fixed
// days, against golden files, and on fixture rows written here.
//
// Goldens: tests/golden/controllers/transparency-*.json. After a deliberate change (a query, a
// reporting rule in src/lib/domain/reporting.ts or the data),
// `npx vitest run tests/unit/controllers/transparency.test.ts -u` rewrites them; review the diff of
// every changed golden line by line before committing it, as it is what /transparency and
// `npm run metric` will show.
import { describe, expect, it } from 'vitest';
import {
	annualGrid,
	annualSummaries,
	initialGroupCounts,
	initialOnTimeComparisons,
	initialReports,
	loadTransparency,
	statusesOn,
	summarise,
	type ReportOnDay
} from '../../../src/lib/controllers/transparency';
import { coverage, obligations, publishedFigures, records } from '../../../src/lib/queries/article7';
import { bundledData } from '../support/bundled-data';
import { fakeConnector } from '../support/fake-connector';
import { goldenDays, goldenFile, goldenJson } from '../support/golden';

/** A report as one golden line: the record that counts as [date, kind, source]. */
const line = ({ record, ...r }: ReportOnDay) => ({
	...r,
	record: record ? [record.date, record.date_kind, record.source] : null
});

describe('transparency on the bundled data', async () => {
	const { db, dataAsOf } = await bundledData();
	const data = await loadTransparency(db);

	it.each(goldenDays(dataAsOf))('as of $label matches its golden', async ({ day, label }) => {
		const reports = statusesOn(data, day, dataAsOf);
		const initial = initialReports(reports);
		const golden = {
			asOf: day,
			compiledOn: dataAsOf,
			annual: annualSummaries(reports),
			initialGroups: initialGroupCounts(initial),
			initial: initial.map((r) => ({ ...line(r), group: r.group })),
			grid: annualGrid(reports),
			publishedOnTime: initialOnTimeComparisons(reports, data.published)
		};
		await expect(goldenJson(golden)).toMatchFileSnapshot(goldenFile('transparency', label));
	});

	it('summarises 2022 as `npm run metric` prints it', () => {
		// `npm run -s metric -- reporting --year 2022 --json`, run by hand on 7 Dec 2026 (as of the data
		// date 2026-02-03): 110 due, 3 submitted with the date unknown, 107 unknown, coverage 0.027.
		const s = summarise(statusesOn(data, dataAsOf, dataAsOf), 'annual', 2022);
		expect(s.due).toBe(110);
		expect(s.counts).toMatchObject({ on_time: 0, late: 0, submitted_date_unknown: 3, not_submitted: 0, unknown: 107 });
		expect(s.coverage).toBeCloseTo(0.027, 3);
	});

	it('groups the initial reports on the data date as `npm run metric` does', () => {
		// `npm run -s metric -- initial-reports --as-of 2026-02-03 --json`, run by hand on 7 Dec 2026:
		// 100 submitted, 12 with no record, 1 not yet due (Vanuatu, which acceded on 5 Sep 2025).
		const initial = initialReports(statusesOn(data, dataAsOf, dataAsOf));
		expect(initialGroupCounts(initial)).toEqual({ overdue: 0, no_record: 12, submitted: 100, not_yet_due: 1 });
		expect(initial.filter((r) => r.group === 'not_yet_due').map((r) => r.iso3)).toEqual(['VUT']);
	});

	it('owes no report before the Convention entered into force for anyone', () => {
		const reports = statusesOn(data, '2010-08-01', dataAsOf);
		expect(reports.filter((r) => r.owed)).toEqual([]);
		expect(annualSummaries(reports)).toEqual([]);
	});
});

describe('statusesOn on fixture rows', () => {
	const obligation = {
		iso3: 'FRA',
		name: 'France',
		region: 'WEOG' as const,
		report_type: 'annual' as const,
		covering_year: 2011,
		due: '2012-04-30',
		deposit_date: '2009-09-25'
	};
	const record = {
		iso3: 'FRA',
		report_type: 'annual' as const,
		covering_year: 2011,
		date: '2012-06-01',
		date_kind: 'received' as const,
		source: 'fixture',
		imported_from: null
	};
	const data = { obligations: [obligation], records: [record], coverage: [] };

	it('does not know a record before its date: overdue with the status unknown, then late', () => {
		const [before] = statusesOn(data, '2012-05-15', '2026-02-03');
		expect(before).toMatchObject({ status: 'unknown', records: 0, record: null, owed: true });
		const [after] = statusesOn(data, '2012-07-01', '2026-02-03');
		expect(after).toMatchObject({ status: 'late', daysLate: 32, submitted: '2012-06-01', records: 1 });
	});

	it('reads a missing record as not submitted only where a declaration says the record is complete', () => {
		const declared = {
			...data,
			records: [],
			coverage: [
				{ report_type: 'annual' as const, covering_year: 2011, complete: true, as_of: '2013-01-01', source: 'fixture' }
			]
		};
		expect(statusesOn(declared, '2012-12-01', '2026-02-03')[0]!.status).toBe('not_submitted');
		// After the day the declaration speaks for, the record may have grown: unknown again.
		expect(statusesOn(declared, '2013-06-01', '2026-02-03')[0]!.status).toBe('unknown');
	});

	it('counts a report not yet due as not yet due even when it came early', () => {
		const early = { ...data, records: [{ ...record, date: '2012-03-01' }] };
		const s = summarise(statusesOn(early, '2012-04-01', '2026-02-03'), 'annual', 2011);
		expect(s).toMatchObject({ due: 0, coverage: null, submittedShare: null });
		expect(s.counts.not_yet_due).toBe(1);
	});
});

describe('loadTransparency on a fixture connector', () => {
	it('passes an engine error on unchanged', async () => {
		const db = fakeConnector([
			[obligations, []],
			[records, () => new Error('fixture: a7_records.parquet cannot be read')],
			[coverage, []],
			[publishedFigures, []]
		]);
		await expect(loadTransparency(db)).rejects.toThrow('fixture: a7_records.parquet cannot be read');
	});
});
