// UNGA votes end to end: import:undl (both layouts, bad input), ingest's cross-checks, and the
// metric commands on the real data, including every published plenary tally 2015-2022.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import { available, sharedSource } from '../unit/support/sources';
import { json, ROOT, run } from './cli';

const REAL = sharedSource('unga/ccm_votes_undl.csv');
const REAL_2022_2024 = sharedSource('unga/ccm_votes_undl_2022_2024.csv');
const FIXTURE = path.join(ROOT, 'tests/fixtures/undl/fixture-older-layout.csv');
let out: string;
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-unga-'));

beforeAll(() => {
	out = tmp();
	expect(run('ingest', ['--out', out]).code).toBe(0);
});
const metric = (...args: string[]) => run('metric', [...args, '--data', out, '--json']);

describe('import:undl', () => {
	it.skipIf(!available(REAL_2022_2024, 'the votes.csv reproduction from the saved UN Digital Library rows'))(
		'reproduces the shipped votes.csv from the two saved files, the official 2022 record replacing the provisional one',
		() => {
			const dir = tmp();
			const r = run('import-undl', [REAL, REAL_2022_2024, '--out', path.join(dir, 'votes.csv'), '--json']);
			expect(r.code).toBe(0);
			expect(json(r)).toMatchObject({
				layouts: ['current', 'compact'],
				rows_read: 1544 + 579,
				rows_kept: 1544 + 579,
				votes: 10,
				provisional_replaced: 193,
				provisional_disagreeing: []
			});
			expect(r.stderr).toContain('193 provisional votes replaced by the official record; all agree');
			expect(fs.readFileSync(path.join(dir, 'votes.csv'), 'utf8')).toBe(
				fs.readFileSync(path.join(ROOT, 'data/sources/unga/votes.csv'), 'utf8')
			);
		}
	);
	it('reads the older layout, stores NV as X and filters by title', () => {
		const dir = tmp();
		const r = run('import-undl', [FIXTURE, '--out', path.join(dir, 'v.csv'), '--json']);
		expect(r.code).toBe(0);
		expect(json(r)).toMatchObject({ layout: 'older', rows_read: 5, rows_kept: 4 });
		const t = parseCsv(fs.readFileSync(path.join(dir, 'v.csv'), 'utf8'));
		const vote = t.header.indexOf('vote');
		expect(t.records.map((x) => x.cells[vote])).toEqual(['Y', 'A', 'Y', 'X']);
		const all = run('import-undl', [FIXTURE, '--out', path.join(dir, 'all.csv'), '--all', '--json']);
		expect(json(all)).toMatchObject({ rows_kept: 5 });
		const other = run('import-undl', [
			FIXTURE,
			'--out',
			path.join(dir, 'o.csv'),
			'--title',
			'ANOTHER RESOLUTION',
			'--json'
		]);
		expect(json(other)).toMatchObject({ rows_kept: 1 });
	});
	it('rejects a bad vote code, an unknown State and a double vote with file and line, leaving the output untouched', () => {
		const dir = tmp();
		const target = path.join(dir, 'votes.csv');
		fs.writeFileSync(target, 'previous content\n');
		const src = fs.readFileSync(FIXTURE, 'utf8').split('\n');
		const bad = path.join(dir, 'bad.csv');
		fs.writeFileSync(
			bad,
			[src[0], src[1]!.replace(',Y,', ',Yes,'), src[2]!.replace('TUR,', 'XXX,'), src[3], src[3]].join('\n') + '\n'
		);
		const r = run('import-undl', [bad, '--out', target]);
		expect(r.code).toBe(1);
		expect(r.stderr).toContain('bad.csv line 2, column ms_votes: value "Yes": expected a vote code Y, N, A, X or NV');
		expect(r.stderr).toContain('bad.csv line 3, column ms_codes: value "XXX"');
		expect(r.stderr).toMatch(/line 5, column ms_codes: value "CZE": a second vote of CZE/);
		expect(fs.readFileSync(target, 'utf8')).toBe('previous content\n');
		expect(fs.readdirSync(dir).sort()).toEqual(['bad.csv', 'votes.csv']);
	});
	it('replaces a provisional vote by a later official one and says where they differ; two official votes are an error', () => {
		const dir = tmp();
		const src = fs.readFileSync(FIXTURE, 'utf8').split('\n');
		const provisional = path.join(dir, 'fixture-provisional.csv');
		fs.writeFileSync(
			provisional,
			[src[0], src[1]!.replace(',,2,0,1,1,4,', ',provisional: fixture,2,0,1,1,4,'), src[3]].join('\n') + '\n'
		);
		const official = path.join(dir, 'fixture-official.csv');
		fs.writeFileSync(
			official,
			'year,body,part,resolution,vote_date,state,iso3,vote,source_url\n' +
				'2019,plenary,whole,A/RES/74/999,2019-12-12,FRANCE,FRA,A,https://digitallibrary.un.org/record/900002\n'
		);
		const r = run('import-undl', [provisional, official, '--out', path.join(dir, 'v.csv'), '--json']);
		expect(r.code).toBe(0);
		expect(json(r)).toMatchObject({ provisional_replaced: 1, provisional_disagreeing: ['FRA Y->A'] });
		const t = parseCsv(fs.readFileSync(path.join(dir, 'v.csv'), 'utf8'));
		const fra = t.records.find((x) => x.cells[t.header.indexOf('iso3')] === 'FRA')!;
		expect(fra.cells[t.header.indexOf('vote')]).toBe('A');
		expect(fra.cells[t.header.indexOf('undl_id')]).toBe('900002');
		expect(fra.cells[t.header.indexOf('provisional')]).toBe('false');
		const twice = run('import-undl', [official, official, '--out', path.join(dir, 'v2.csv')]);
		expect(twice.code).toBe(1);
		expect(twice.stderr).toMatch(/fixture-official\.csv line 2, column iso3: value "FRA": a second vote of FRA/);
	});
	it('answers usage errors with exit 2', () => {
		expect(run('import-undl', [FIXTURE]).code).toBe(2);
		expect(run('import-undl', ['--out', 'x.csv']).code).toBe(2);
	});
});

describe('ingest cross-checks', () => {
	it('reports totals that contradict the rows, listing the States, and still ingests', () => {
		const sources = tmp();
		fs.cpSync(path.join(ROOT, 'data'), sources, { recursive: true });
		const votes = path.join(sources, 'sources/unga/votes.csv');
		// Fixture: the file's totals for 2015 claim 3 No instead of 2.
		fs.writeFileSync(votes, fs.readFileSync(votes, 'utf8').replaceAll(',139,2,40,12,193,', ',139,3,40,12,193,'));
		const dir = tmp();
		const r = run('ingest', ['--sources', sources, '--out', dir, '--json']);
		expect(r.code).toBe(0);
		expect(r.stderr).toMatch(
			/warning: A\/RES\/70\/54 \(plenary, 2015-12-07\): counted from the per-State votes 139 yes, 2 no, 40 abstain, 12 non-voting; the file's totals: 139 yes, 3 no, 40 abstain, 12 non-voting\. Counted no \(2\): [A-Z]{3}, [A-Z]{3}/
		);
		const m = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
		expect(m.checks.filter((c: { ok: boolean }) => !c.ok)).toHaveLength(1);
	});
	it('finds every per-State count equal to the file totals and the published tallies on the real data', () => {
		const m = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'));
		// Other datasets (the implementation records) add cross-checks of their own.
		const unga = m.checks.filter((c: { dataset: string }) => c.dataset === 'unga');
		expect(unga.length).toBe(17);
		expect(m.checks.every((c: { ok: boolean }) => c.ok)).toBe(true);
	});
});

describe('metric unga-*', () => {
	const published = parseCsv(fs.readFileSync(path.join(ROOT, 'data/sources/unga/tallies.csv'), 'utf8'));
	const col = (n: string) => published.header.indexOf(n);
	const plenary = published.records.filter(
		(r) => r.cells[col('body')] === 'plenary' && r.cells[col('part')] === 'whole' && r.cells[col('yes')] !== ''
	);

	it('reproduces every published plenary tally 2015-2024 by counting per-State votes', () => {
		const years = plenary.map((r) => Number(r.cells[col('year')])).filter((y) => y <= 2024);
		expect(years).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
		for (const r of plenary.filter((x) => Number(x.cells[col('year')]) <= 2024)) {
			const y = r.cells[col('year')]!;
			const t = json(metric('unga-tally', '--year', y, '--body', 'plenary')) as Record<string, unknown>;
			expect(t.basis, y).toBe('country_votes');
			expect([t.yes, t.no, t.abstain], y).toEqual([
				Number(r.cells[col('yes')]),
				Number(r.cells[col('no')]),
				Number(r.cells[col('abstain')])
			]);
			expect(t.provisional, y).toBe(false);
		}
	});
	it('keeps published, no-tally and missing votes apart', () => {
		expect(json(metric('unga-tally', '--year', '2024', '--body', 'plenary'))).toMatchObject({
			basis: 'country_votes',
			yes: 121,
			no: 1,
			abstain: 33,
			non_voting: 38
		});
		expect(json(metric('unga-tally', '--year', '2023', '--body', 'plenary'))).toMatchObject({
			basis: 'country_votes',
			yes: 148,
			no: 1,
			abstain: 36
		});
		expect(json(metric('unga-tally', '--year', '2025', '--body', 'plenary'))).toMatchObject({
			resolution: 'A/RES/80/52',
			date: '2025-12-01',
			basis: 'published',
			yes: 138,
			no: 2,
			abstain: 35,
			non_voting: null
		});
		expect(json(metric('unga-tally', '--year', '2025', '--body', 'first_committee'))).toMatchObject({
			basis: 'published',
			yes: 131,
			no: 2,
			abstain: 41
		});
		expect(json(metric('unga-tally', '--year', '2018', '--body', 'plenary', '--part', 'pp14'))).toMatchObject({
			yes: 153,
			no: 0,
			abstain: 18,
			basis: 'published'
		});
		const none = metric('unga-tally', '--year', '2016', '--body', 'first_committee');
		expect(none.code).toBe(1);
		expect(none.stdout).toBe('');
		expect(metric('unga-tally', '--year', '2016', '--body', 'assembly').code).toBe(2);
	});
	it("lists a State's votes, joined on ISO3 across renamings", () => {
		const votes = json(metric('unga-votes', '--state', 'Türkiye')) as {
			year: number;
			vote: string;
			provisional: boolean;
		}[];
		expect(votes.map((v) => v.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
		expect(votes.some((v) => v.provisional)).toBe(false);
		// 2023: the UN Digital Library record (abstain), not the other data set's "absent".
		expect(votes.find((v) => v.year === 2023)?.vote).toBe('A');
		const holySee = metric('unga-votes', '--state', 'Holy See');
		expect(json(holySee)).toEqual([]);
		expect(holySee.stderr).toContain('not a voting member');
	});
	it('lists prospects: not party on the vote day (deposit rule) and voted Yes', () => {
		const p = json(metric('unga-prospects', '--year', '2015')) as { iso3: string; status: string }[];
		expect(p.length).toBeGreaterThan(20);
		expect(p.every((x) => x.status !== 'party')).toBe(true);
		// Vanuatu deposited in 2025: a prospect in 2015 if it voted Yes, and never a party then.
		const votes2015 = json(metric('unga-votes', '--state', 'Vanuatu')) as { year: number; vote: string }[];
		expect(p.some((x) => x.iso3 === 'VUT')).toBe(votes2015.find((v) => v.year === 2015)?.vote === 'Y');
		// Vanuatu voted Yes in 2024, before depositing in 2025.
		const p2024 = json(metric('unga-prospects', '--year', '2024')) as { iso3: string }[];
		expect(p2024.some((x) => x.iso3 === 'VUT')).toBe(true);
		expect((json(metric('unga-prospects', '--year', '2023')) as unknown[]).length).toBeGreaterThan(20);
		const none = metric('unga-prospects', '--year', '2025');
		expect(none.code).toBe(1);
		expect(none.stderr).toContain('no per-State votes for 2025');
	});
});
