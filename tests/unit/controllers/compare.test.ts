// The comparison controller (src/lib/controllers/compare.ts) on the bundled data at fixed days,
// against golden files and against the short list computed independently from the CSV files, and
// its curves on a fixture connector.
//
// Goldens: tests/golden/controllers/compare-*.json. After a deliberate change (a query, a treaty's
// rule or the data), `npx vitest run tests/unit/controllers/compare.test.ts -u` rewrites them;
// review the diff of every changed golden line by line before committing it, as it is what
// /compare and `npm run metric -- overlap` will show.
import { describe, expect, it } from 'vitest';
import {
	isOverlapTreaty,
	loadCompareAsOf,
	loadCompareFixed,
	loadCurves,
	OVERLAP_TREATIES,
	overlapEntries,
	yearsSince
} from '../../../src/lib/controllers/compare';
import { TREATY_INFO } from '../../../src/lib/domain/treaties';
import { partyCurves } from '../../../src/lib/queries/compare';
import { bundledData } from '../support/bundled-data';
import { fakeConnector } from '../support/fake-connector';
import { goldenDays, goldenFile, goldenJson } from '../support/golden';
import { overlapFromCsv } from '../support/overlap-from-csv';

describe('the comparison on the bundled data', async () => {
	const { db, dataAsOf } = await bundledData();
	const days = goldenDays(dataAsOf);

	it.each(days)('as of $label matches its golden', async ({ day, label }) => {
		await expect(goldenJson(await loadCompareAsOf(db, day))).toMatchFileSnapshot(goldenFile('compare', label));
	});

	it('the curves, regional groups and published figures match their golden', async () => {
		await expect(goldenJson(await loadCompareFixed(db, dataAsOf))).toMatchFileSnapshot(
			goldenFile('compare', 'fixed-data-date')
		);
	});

	it.each(days.flatMap(({ day }) => OVERLAP_TREATIES.map((other) => ({ day, other }))))(
		'the short list party to $other on $day is the one computed from the CSV files',
		async ({ day, other }) => {
			const { shortList } = await loadCompareAsOf(db, day);
			expect(overlapEntries(shortList, other)).toEqual(overlapFromCsv(other, day));
		}
	);

	it('lists as many States party to the Mine Ban Convention and not to the CCM as `npm run metric`', async () => {
		// `npm run -s metric -- overlap --with ottawa --as-of 2026-02-03 --json`, run by hand on
		// 7 Dec 2026 (votes to 2024), lists 53 States, Algeria first.
		const { shortList } = await loadCompareAsOf(db, dataAsOf);
		const ottawa = overlapEntries(shortList, 'ottawa');
		expect(ottawa).toHaveLength(53);
		expect(ottawa[0]).toEqual({
			iso3: 'DZA',
			name: 'Algeria',
			ccm_status: 'not_party',
			last_unga_vote: { year: 2024, vote: 'Y', provisional: false }
		});
	});

	it('ends the CCM curve at the data date’s count of States Parties', async () => {
		const ccm = (await loadCurves(db, dataAsOf)).find((c) => c.treaty === 'ccm')!;
		// The same 112 as `npm run -s metric -- states-parties --as-of 2026-02-03`.
		expect(ccm.points.at(-1)).toEqual({ day: dataAsOf, states_parties: 112 });
	});
});

describe('loadCurves on a fixture connector', () => {
	it('starts every curve at 0 on the day its treaty opened, adding that point only where it is missing', async () => {
		const db = fakeConnector([
			[
				partyCurves,
				[
					{ treaty: 'ccm', day: '2008-12-03', states_parties: 4 },
					{ treaty: 'ccm', day: '2026-02-03', states_parties: 112 },
					{ treaty: 'ottawa', day: '1998-01-01', states_parties: 1 }
				]
			]
		]);
		const curves = await loadCurves(db, '2026-02-03');
		expect(db.calls).toEqual([{ name: 'partyCurves', params: ['2026-02-03'] }]);
		expect(curves.map((c) => c.treaty)).toEqual(TREATY_INFO.map((t) => t.id));
		expect(curves[0]!.points[0]).toEqual({ day: '2008-12-03', states_parties: 4 });
		expect(curves[1]!.points).toEqual([
			{ day: '1997-12-03', states_parties: 0 },
			{ day: '1998-01-01', states_parties: 1 }
		]);
		// A treaty with no row at all still has its opening point.
		expect(curves.find((c) => c.treaty === 'tpnw')!.points).toEqual([{ day: '2017-09-20', states_parties: 0 }]);
	});

	it('passes an engine error on unchanged', async () => {
		const db = fakeConnector([[partyCurves, () => new Error('fixture engine failure')]]);
		await expect(loadCurves(db, '2026-02-03')).rejects.toThrow('fixture engine failure');
	});
});

describe('small helpers', () => {
	it('knows the treaties `overlap --with` takes', () => {
		expect(OVERLAP_TREATIES.filter(isOverlapTreaty)).toEqual(['ottawa', 'att', 'ccw_p5']);
		expect(isOverlapTreaty('ccm')).toBe(false);
	});
	it('measures years since opening in Julian years', () => {
		expect(yearsSince('2008-12-03', '2008-12-03')).toBe(0);
		expect(yearsSince('2008-12-03', '2012-12-03')).toBe(4);
	});
});
