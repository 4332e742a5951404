// The implementation controller (src/lib/controllers/implementation.ts) on the bundled data: what
// /implementation and the State profiles will show on the data's date (3 February 2026), and the
// canonical files reproduced by `npm run import:implementation` from the public-record compilation.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	article9On,
	completionsPerYear,
	deadlinesOn,
	disagreementsOn,
	loadImplementation,
	meetingsList,
	retentionOn,
	summaryOn,
	timelineOn
} from '../../../src/lib/controllers/implementation';
import { bundledData } from '../support/bundled-data';
import { available, repoRoot, sharedSource } from '../support/sources';

describe('implementation on the bundled data', async () => {
	const { db, dataAsOf } = await bundledData();
	const data = await loadImplementation(db);

	it('counts the obligations per status and the record per article on the data date', () => {
		expect(dataAsOf).toBe('2026-02-03');
		expect(summaryOn(data, dataAsOf)).toEqual([
			{
				article: 3,
				counts: { completed: 33, in_progress: 0, extension_requested: 0, past_deadline: 0 },
				states_in_record: 42,
				states_parties: 112
			},
			{
				article: 4,
				counts: { completed: 10, in_progress: 6, extension_requested: 3, past_deadline: 1 },
				states_in_record: 21,
				states_parties: 112
			},
			{ article: 9, counts: null, states_in_record: 48, states_parties: 112 }
		]);
	});

	it('gives Article 9 for 48 of the 112 States Parties', () => {
		const a9 = article9On(data, dataAsOf);
		expect(a9.coverage).toEqual({ states: 48, states_parties: 112 });
		expect(a9.rows.find((r) => r.iso3 === 'GNB')?.measure).toMatchObject({ status: 'none_or_unclear', year: 2023 });
	});

	it('sorts the timeline by deadline and marks where sources disagree', () => {
		const t = timelineOn(data, dataAsOf);
		const days = t.map((r) => r.deadline_day ?? '9999');
		expect(days).toEqual([...days].sort());
		expect(t.find((r) => r.iso3 === 'HUN' && r.article === 3)?.sources_disagree).toBe(true);
		const mrt = t.find((r) => r.iso3 === 'MRT')!;
		expect(mrt).toMatchObject({ reopened: true, deadline: null, status: 'extension_requested' });
	});

	it('lists where the sources disagree, each with the row and what the other source says', () => {
		const d = disagreementsOn(data, dataAsOf);
		const hun = d.find((r) => r.iso3 === 'HUN' && r.article === 3)!;
		expect(hun.items).toEqual([
			expect.objectContaining({ event: 'completion', value: '2011-07-08', note: expect.stringMatching(/30 June 2011/) })
		]);
		expect(d.find((r) => r.iso3 === 'BGR')?.items[0]).toMatchObject({ event: 'obligation', value: '2019-10-01' });
		expect(d.find((r) => r.iso3 === 'BIH' && r.article === 4)?.items[0]?.event).toBe('extension_granted');
		// Every obligation the timeline flags is listed, with at least one row.
		const flagged = timelineOn(data, dataAsOf).filter((r) => r.sources_disagree);
		expect(d.map((r) => `${r.iso3}/${r.article}`)).toEqual(flagged.map((r) => `${r.iso3}/${r.article}`));
		expect(d.every((r) => r.items.length > 0)).toBe(true);
	});

	it('moves with the day: Germany in progress before 2 August 2025, Peru not yet completed in 2022', () => {
		const de = (d: string) => deadlinesOn(data, d, { article: 4 }).find((r) => r.iso3 === 'DEU')?.status;
		expect(de('2025-08-01')).toBe('in_progress');
		expect(de('2025-08-02')).toBe('extension_requested');
		expect(timelineOn(data, '2022-06-01', 3).find((r) => r.iso3 === 'PER')).toMatchObject({
			status: 'in_progress',
			deadline: '2024-04-01'
		});
		// Nigeria deposited in 2023: its row (a status only) never gives an obligation.
		expect(timelineOn(data, dataAsOf).some((r) => r.iso3 === 'NGA')).toBe(false);
	});

	it('counts completions per year without placing undated ones in a year', () => {
		const art4 = completionsPerYear(data, dataAsOf).filter((c) => c.article === 4);
		expect(art4.find((c) => c.year === null)?.completions).toBe(5);
	});

	it('lists meetings in date order and retention stated by the day', () => {
		const m = meetingsList(data);
		expect(m[0]).toMatchObject({ meeting: '1MSP', start_date: '2010-11-09' });
		expect(m.at(-1)).toMatchObject({ meeting: '3RC', start_date: null });
		expect(
			retentionOn(data, '2015-01-01')
				.map((r) => r.iso3)
				.sort()
		).toEqual(['DEU', 'DNK', 'GBR']);
	});
});

describe.runIf(available(sharedSource('implementation'), 'import:implementation on the compilation'))(
	'import:implementation',
	() => {
		it('reproduces the committed canonical files from the compilation', () => {
			const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-impl-import-'));
			execFileSync('npx', ['tsx', 'scripts/import-implementation.ts', sharedSource('implementation'), '--out', out], {
				cwd: repoRoot,
				stdio: 'pipe'
			});
			for (const f of fs.readdirSync(out))
				expect(fs.readFileSync(path.join(out, f), 'utf8'), f).toBe(
					fs.readFileSync(path.join(repoRoot, 'data/sources/implementation', f), 'utf8')
				);
			fs.rmSync(out, { recursive: true });
		}, 60_000);
	}
);
