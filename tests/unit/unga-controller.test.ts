// /unga's headless logic: the kinds of empty in the tally grid, and the vote matrix's search,
// grouping and sorting, on small fixture rows written here; loadUnga on the bundled data against
// its golden and on a fixture connector.
//
// Golden: tests/golden/controllers/unga-bundled.json. After a deliberate change (a query or the
// data), `npx vitest run tests/unit/unga-controller.test.ts -u` rewrites it; review the diff of the
// golden line by line before committing it, as it is what /unga and `npm run metric` will show.
import { describe, expect, it } from 'vitest';
import {
	arrangeMatrix,
	loadUnga,
	matrixRows,
	noVoters,
	recordNotes,
	sponsorsByYear,
	tallyGrid,
	type UngaData
} from '../../src/lib/controllers/unga';
import {
	countryVoteYears,
	movers,
	prospects,
	sponsors,
	tallies,
	voteMatrix,
	type TallyRow
} from '../../src/lib/queries/unga';
import { stateList } from '../../src/lib/queries/universalization';
import { STATE_NAMES } from '../../src/lib/i18n/state-names';
import { bundledData } from './support/bundled-data';
import { fakeConnector } from './support/fake-connector';
import { goldenFile, goldenJson } from './support/golden';

const tally = (
	year: number,
	body: 'plenary' | 'first_committee',
	part: string,
	basis: TallyRow['basis'],
	yes: number | null = 100
): TallyRow => ({
	year,
	body,
	part,
	resolution: `A/RES/${year - 1945}/1`,
	draft: null,
	date: `${year}-12-01`,
	yes,
	no: yes === null ? null : 1,
	abstain: yes === null ? null : 30,
	non_voting: basis === 'country_votes' ? 5 : null,
	basis,
	provisional: false,
	provisional_note: null,
	source: 'fixture',
	published_yes: null,
	published_no: null,
	published_abstain: null,
	meeting: null,
	note: null
});

describe('tallyGrid', () => {
	const rows = [
		tally(2018, 'plenary', 'whole', 'country_votes'),
		tally(2018, 'plenary', 'pp14', 'published'),
		tally(2018, 'first_committee', 'whole', 'published'),
		tally(2019, 'plenary', 'whole', 'country_votes'),
		tally(2021, 'plenary', 'whole', 'no_tally', null)
	];
	const grid = tallyGrid(rows);
	const kinds = (year: number) => grid.find((g) => g.year === year)!.cells.map((c) => c.kind);
	it('keeps the kinds of empty apart', () => {
		// columns: plenary whole, plenary pp14, First Committee whole, First Committee pp14
		expect(kinds(2018)).toEqual(['tally', 'tally', 'tally', 'not_in_data']);
		expect(kinds(2019)).toEqual(['tally', 'no_separate_vote', 'not_in_data', 'no_separate_vote']);
		expect(kinds(2020)).toEqual(['no_vote_held', 'no_vote_held', 'no_vote_held', 'no_vote_held']);
		expect(kinds(2021)[0]).toBe('no_tally');
	});
	it('runs from the first to the last vote in the data', () => {
		expect(grid.map((g) => g.year)).toEqual([2018, 2019, 2020, 2021]);
	});
});

describe('vote matrix', () => {
	const states: UngaData['states'] = [
		{ iso3: 'CIV', m49: '384', name: "Côte d'Ivoire", region: 'AG', un_member: true, aliases: 'Ivory Coast' },
		{ iso3: 'FRA', m49: '250', name: 'France', region: 'WEOG', un_member: true, aliases: '' },
		{ iso3: 'VAT', m49: '336', name: 'Holy See', region: null, un_member: false, aliases: 'Vatican' }
	];
	const matrix = [
		{ year: 2020, iso3: 'CIV', vote: 'Y' as const, provisional: false, status_then: 'party' as const },
		{ year: 2021, iso3: 'CIV', vote: 'Y' as const, provisional: false, status_then: 'party' as const },
		{ year: 2020, iso3: 'FRA', vote: 'A' as const, provisional: false, status_then: 'not_party' as const },
		{ year: 2021, iso3: 'FRA', vote: 'Y' as const, provisional: true, status_then: 'not_party' as const }
	];
	const rows = matrixRows({ matrix, states, years: [2020, 2021] });
	const opts = { groupBy: 'none' as const, sortBy: 'name' as const, query: '', statusYear: 2021 };
	it('gives every State a row, non-members included, with its vote history', () => {
		expect(rows.map((r) => [r.iso3, r.member, r.history])).toEqual([
			['CIV', true, 'Y Y'],
			['FRA', true, 'A Y'],
			['VAT', false, '– –']
		]);
	});
	it('searches names and aliases case- and accent-insensitively', () => {
		const find = (query: string) =>
			arrangeMatrix(rows, states, { ...opts, query }).flatMap((g) => g.rows.map((r) => r.iso3));
		expect(find('cote')).toEqual(['CIV']);
		expect(find('IVORY')).toEqual(['CIV']);
		expect(find('vatican')).toEqual(['VAT']);
		expect(find('fra')).toEqual(['FRA']);
		// A reader of /zh/ or /ru/ types the name as the page shows it.
		expect(find('法国')).toEqual(['FRA']);
		expect(find('Франция')).toEqual(['FRA']);
		expect(find('Saint-Siège')).toEqual(['VAT']);
		// The pages show the M49 names ("Côte d'Ivoire" in Spanish too); the common names still find.
		expect(find('Costa de Marfil')).toEqual(['CIV']);
		expect(find('ساحل العاج')).toEqual(['CIV']);
	});
	it('sorts by the names the reader sees, in the order of their language', () => {
		const names = {
			name: (iso3: string, english: string) => STATE_NAMES[iso3]?.zh ?? english,
			compare: (a: string, b: string) => a.localeCompare(b, 'zh')
		};
		const order = (o: typeof names | undefined) =>
			arrangeMatrix(rows, states, { ...opts, names: o })[0]!.rows.map((r) => r.iso3);
		expect(order(undefined)).toEqual(['CIV', 'FRA', 'VAT']);
		// Pinyin: Fǎguó, Jiàotíng (教廷, Holy See), Kētèdíwǎ.
		expect(order(names)).toEqual(['FRA', 'VAT', 'CIV']);
	});
	it('groups by region (no regional group last) and by status at the vote', () => {
		expect(arrangeMatrix(rows, states, { ...opts, groupBy: 'region' }).map((g) => g.key)).toEqual([
			'AG',
			'WEOG',
			'none'
		]);
		expect(arrangeMatrix(rows, states, { ...opts, groupBy: 'status' }).map((g) => [g.key, g.rows.length])).toEqual([
			['party', 1],
			['not_party', 1],
			['not_member', 1]
		]);
	});
	it('sorts by Yes votes', () => {
		expect(arrangeMatrix(rows, states, { ...opts, sortBy: 'yes' })[0]!.rows.map((r) => r.iso3)).toEqual([
			'CIV',
			'FRA',
			'VAT'
		]);
	});
});

describe('loadUnga on the bundled data', async () => {
	const { db } = await bundledData();
	const data = await loadUnga(db);

	it('matches its golden: tallies, the grid, every State’s votes and each year’s prospects and movers', async () => {
		const golden = {
			years: data.years,
			tallies: data.tallies,
			grid: tallyGrid(data.tallies).map((g) => ({ ...g, cells: g.cells.map((c) => c.kind) })),
			// One line per State: its plenary votes, its status on each vote's day, its provisional votes.
			matrix: matrixRows(data).map((r) => ({
				iso3: r.iso3,
				member: r.member,
				votes: r.history,
				status: data.years.map((y) => r.votes[y]?.status ?? '–').join(' '),
				provisional: data.years.filter((y) => r.votes[y]?.provisional)
			})),
			byYear: data.byYear
		};
		await expect(goldenJson(golden)).toMatchFileSnapshot(goldenFile('unga', 'bundled'));
	});

	it('names the one or two States that voted No each year, as the tally beside them counts them', () => {
		const named = noVoters(data);
		// The per-State plenary record (data/sources/unga/votes.csv): Russia and Zimbabwe in 2015-2017.
		expect(named[2015]).toEqual(['Russian Federation', 'Zimbabwe']);
		expect(named[2018]).toEqual(['Zimbabwe']);
		expect(named[2019]).toEqual(['Russian Federation']);
		for (const t of data.tallies.filter((r) => r.body === 'plenary' && r.part === 'whole')) {
			if (t.basis === 'country_votes') expect(named[t.year]?.length ?? 0).toBe(t.no);
		}
		const zh = noVoters(data, {
			name: (iso3, english) => STATE_NAMES[iso3]?.zh ?? english,
			compare: (a, b) => a.localeCompare(b, 'zh')
		});
		expect(zh[2015]).toContain('津巴布韦');
	});

	it('counts the 2019 plenary vote as `npm run metric` prints it', () => {
		// `npm run -s metric -- unga-tally --year 2019 --body plenary --json`, run by hand on 7 Dec 2026:
		// A/RES/74/62 of 12 December 2019, 144 Yes, 1 No, 38 abstentions, 10 not voting.
		const t = data.tallies.find((r) => r.year === 2019 && r.body === 'plenary' && r.part === 'whole')!;
		expect(t).toMatchObject({
			resolution: 'A/RES/74/62',
			date: '2019-12-12',
			yes: 144,
			no: 1,
			abstain: 38,
			non_voting: 10,
			basis: 'country_votes'
		});
		// `npm run -s metric -- unga-prospects --year 2019 --json` lists 43 States.
		expect(data.byYear[2019]!.prospects).toHaveLength(43);
	});

	it('holds the votes of 2022 to 2025 as issue 22 checks them', () => {
		const plenary = (y: number) =>
			data.tallies.find((r) => r.year === y && r.body === 'plenary' && r.part === 'whole')!;
		// 2024: counted from the UN Digital Library record, 38 not voting.
		expect(plenary(2024)).toMatchObject({ yes: 121, no: 1, abstain: 33, non_voting: 38, basis: 'country_votes' });
		expect(plenary(2023)).toMatchObject({ yes: 148, no: 1, abstain: 36, basis: 'country_votes', provisional: false });
		expect(plenary(2022)).toMatchObject({ provisional: false, basis: 'country_votes' });
		expect(plenary(2025)).toMatchObject({ yes: 138, no: 2, abstain: 35, non_voting: null, basis: 'published' });
		const fc2025 = data.tallies.find((r) => r.year === 2025 && r.body === 'first_committee')!;
		expect(fc2025).toMatchObject({ yes: 131, no: 2, abstain: 41, basis: 'published' });
		expect(data.years).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
		// Vanuatu votes Yes in 2024 before depositing in 2025: a prospect that year.
		expect(data.byYear[2024]!.prospects.map((p) => p.iso3)).toContain('VUT');
		expect(data.byYear[2023]!.prospects.length).toBeGreaterThan(0);
	});

	it('names each year’s main sponsors, and the sponsor who did not vote in 2024', () => {
		const byYear = sponsorsByYear(data);
		expect(byYear.map((y) => y.year)).toEqual([2024, 2025]);
		expect(byYear[0]!.states[0]).toEqual({ iso3: 'MEX', name: 'Mexico' });
		expect(byYear[1]!.states.map((s) => s.iso3)).toContain('LAO');
		const { absentSponsors, notes } = recordNotes(data);
		expect(absentSponsors).toEqual([
			{ year: 2024, voting: 155, nonVoting: 38, absent: [expect.objectContaining({ iso3: 'NLD' })] }
		]);
		expect(notes.find((n) => n.year === 2023)?.note).toMatch(/Türkiye.*Zambia.*Zimbabwe/);
	});

	it('counts from the matrix what the tally says', () => {
		for (const y of data.years) {
			const t = data.tallies.find((r) => r.year === y && r.body === 'plenary' && r.part === 'whole')!;
			const yes = data.matrix.filter((m) => m.year === y && m.vote === 'Y').length;
			expect([y, yes]).toEqual([y, t.yes]);
		}
	});
});

describe('loadUnga on a fixture connector', () => {
	const db = () =>
		fakeConnector([
			[tallies, []],
			[voteMatrix, []],
			[countryVoteYears, [{ year: 2015 }, { year: 2016 }, { year: 2018 }]],
			[stateList, []],
			[prospects, []],
			[movers, []],
			[sponsors, []]
		]);

	it('asks for movers only against the year just before, so a year after a gap shows none', async () => {
		const fake = db();
		const data = await loadUnga(fake);
		expect(fake.calls.filter((c) => c.name === 'movers').map((c) => c.params)).toEqual([['ccm', 2016, 2015]]);
		expect(data.byYear[2015]!.movers).toBeNull();
		expect(data.byYear[2016]!.movers).toEqual([]);
		expect(data.byYear[2018]!.movers).toBeNull();
		expect(fake.calls.filter((c) => c.name === 'prospects')).toHaveLength(3);
	});

	it('fails naming the query when a vote code is not one of Y N A X', async () => {
		const fake = fakeConnector([
			[tallies, []],
			[voteMatrix, [{ year: 2015, iso3: 'FRA', vote: 'NV', provisional: false, status_then: 'party' }]]
		]);
		await expect(loadUnga(fake)).rejects.toThrow(/query voteMatrix: row 0 does not match its schema/);
	});
});
