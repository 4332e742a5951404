/**
 * Headless controller of /unga: the tally grid with its three kinds of empty, the State x year
 * vote matrix (grouping, sorting, searching), prospects and movers per year. Pure functions over
 * query rows, tested without a DOM; the page only draws what they return.
 */
import { STATE_NAMES } from '../i18n/state-names';
import { STATE_ALIASES } from '../i18n/state-aliases';
import { byName, ENGLISH_ORDER, type NameOrder } from '../i18n/name-order';
import type { GroupBy, SortBy } from '../view-state/unga';
import type { Connector } from '../db/connector';
import { STATUSES } from '../domain/accession';
import { REGIONAL_GROUPS } from '../domain/regions';
import type { VoteCode } from '../domain/unga';
import { runQuery } from '../queries/query';
import { countryVoteYears, movers, prospects, sponsors, tallies, voteMatrix, type TallyRow } from '../queries/unga';
import { stateList } from '../queries/universalization';
import { normalizeStateName } from '../reference/normalize';

const TOPIC = 'ccm';

export async function loadUnga(db: Connector) {
	const tallyRows = await runQuery(db, tallies, { topic: TOPIC });
	const matrix = await runQuery(db, voteMatrix, { topic: TOPIC });
	const years = (await runQuery(db, countryVoteYears, { topic: TOPIC })).map((r) => r.year);
	const states = await runQuery(db, stateList, undefined);
	const byYear: Record<
		number,
		{ prospects: Awaited<ReturnType<typeof runProspects>>; movers: Awaited<ReturnType<typeof runMovers>> | null }
	> = {};
	const runProspects = (year: number) => runQuery(db, prospects, { topic: TOPIC, year });
	const runMovers = (year: number, previous: number) => runQuery(db, movers, { topic: TOPIC, year, previous });
	for (const [i, y] of years.entries()) {
		const previous = years[i - 1];
		byYear[y] = { prospects: await runProspects(y), movers: previous === y - 1 ? await runMovers(y, previous) : null };
	}
	const sponsorRows = await runQuery(db, sponsors, undefined);
	return { tallies: tallyRows, matrix, years, states, byYear, sponsors: sponsorRows };
}

export type UngaData = Awaited<ReturnType<typeof loadUnga>>;

/**
 * The tallies of the votes held by `asOf` and the States' votes of those years (the MSP deck's
 * slide, the overview). A vote whose day is not in the data counts as held once its year is over:
 * a 2023 First Committee vote without a date is not shown on 30 June 2021.
 */
export async function loadTallies(db: Connector, asOf: string) {
	const tallyRows = (await runQuery(db, tallies, { topic: TOPIC })).filter(
		(r) => (r.date ?? `${r.year}-12-31`) <= asOf
	);
	const held = new Set(tallyRows.map((r) => r.year));
	const matrix = (await runQuery(db, voteMatrix, { topic: TOPIC })).filter((v) => held.has(v.year));
	return { tallies: tallyRows, matrix, states: await runQuery(db, stateList, undefined) };
}

// ---------------------------------------------------------------- tally grid

export type CellKind = 'tally' | 'no_tally' | 'not_in_data' | 'no_separate_vote' | 'no_vote_held';

export interface TallyCell {
	kind: CellKind;
	tally: TallyRow | null;
}

export const GRID_COLUMNS = [
	{ body: 'plenary', part: 'whole' },
	{ body: 'plenary', part: 'pp14' },
	{ body: 'first_committee', part: 'whole' },
	{ body: 'first_committee', part: 'pp14' }
] as const;

/**
 * One row per year from the first resolution to `toYear`. Empty cells say why they are empty:
 * no resolution that year, a vote known without its tally, a separately voted paragraph that
 * year in the other body only (so this one is simply not in the data), or no separate vote.
 */
export function tallyGrid(rows: readonly TallyRow[]) {
	const first = Math.min(...rows.map((r) => r.year));
	// Up to the last vote in the data: a later year's vote has not been held yet.
	const toYear = Math.max(...rows.map((r) => r.year));
	const out: { year: number; resolution: string | null; cells: TallyCell[] }[] = [];
	for (let year = first; year <= toYear; year++) {
		const ofYear = rows.filter((r) => r.year === year);
		const anyParagraphVote = ofYear.some((r) => r.part !== 'whole');
		const cells = GRID_COLUMNS.map(({ body, part }): TallyCell => {
			const t = ofYear.find((r) => r.body === body && r.part === part);
			if (t) return { kind: t.basis === 'no_tally' ? 'no_tally' : 'tally', tally: t };
			if (ofYear.length === 0) return { kind: 'no_vote_held', tally: null };
			if (part !== 'whole' && !anyParagraphVote) return { kind: 'no_separate_vote', tally: null };
			return { kind: 'not_in_data', tally: null };
		});
		out.push({ year, resolution: ofYear.find((r) => r.resolution)?.resolution ?? null, cells });
	}
	return out;
}

// ---------------------------------------------------------------- sponsors and notes

/** The main sponsors of each year's resolution (as named for its plenary vote, else the First Committee's). */
export function sponsorsByYear(data: Pick<UngaData, 'sponsors'>) {
	const years = [...new Set(data.sponsors.map((s) => s.year))];
	return years.map((year) => {
		const ofYear = data.sponsors.filter((s) => s.year === year);
		const body = ofYear.some((s) => s.body === 'plenary') ? 'plenary' : 'first_committee';
		const rows = ofYear.filter((s) => s.body === body);
		return {
			year,
			resolution: rows[0]?.resolution ?? null,
			source: rows[0]?.source ?? '',
			states: rows.map(({ iso3, name }) => ({ iso3, name }))
		};
	});
}

/**
 * What a reader should know beside a year's figures: main sponsors who did not vote (the figures
 * stay as recorded), and the record's own note on a tally (in English, as compiled).
 */
export function recordNotes(data: Pick<UngaData, 'sponsors' | 'matrix' | 'tallies'>) {
	const absentSponsors = sponsorsByYear(data).flatMap(({ year, states }) => {
		const cast = data.matrix.filter((v) => v.year === year);
		const absent = states.filter((s) => cast.find((v) => v.iso3 === s.iso3)?.vote === 'X');
		if (!cast.length || !absent.length) return [];
		const nonVoting = cast.filter((v) => v.vote === 'X').length;
		return [{ year, voting: cast.length - nonVoting, nonVoting, absent }];
	});
	const notes = data.tallies
		.filter((t) => t.note)
		.map((t) => ({ year: t.year, body: t.body, part: t.part, note: t.note!, source: t.source }));
	// The turnout of the years with per-State votes, for comparing a year with the others.
	const nonVoting = Object.fromEntries(
		data.tallies
			.filter((t) => t.body === 'plenary' && t.part === 'whole' && t.basis === 'country_votes')
			.map((t) => [t.year, t.non_voting ?? 0])
	) as Record<number, number>;
	// Years after the last per-State votes whose tallies are published: a gap in the per-State record.
	const lastCounted = Math.max(...Object.keys(nonVoting).map(Number));
	const publishedOnly = [
		...new Set(data.tallies.filter((t) => t.year > lastCounted && t.yes !== null).map((t) => t.year))
	];
	return { absentSponsors, notes, nonVoting, lastCounted, publishedOnly };
}

/**
 * The States that voted No in each year's plenary vote, by name in `order`'s language and order:
 * one or two a year, named beside the tally. Years without per-State votes have no entry.
 */
export function noVoters(
	data: Pick<UngaData, 'matrix' | 'states'>,
	order: NameOrder = ENGLISH_ORDER
): Record<number, string[]> {
	const names = new Map(data.states.map((s) => [s.iso3, s.name]));
	const byYear: Record<number, string[]> = {};
	for (const v of data.matrix) {
		if (v.vote !== 'N') continue;
		(byYear[v.year] ??= []).push(order.name(v.iso3, names.get(v.iso3) ?? v.iso3));
	}
	for (const list of Object.values(byYear)) list.sort(order.compare);
	return byYear;
}

// ---------------------------------------------------------------- vote matrix

export type { GroupBy, SortBy } from '../view-state/unga';

export interface MatrixOptions {
	groupBy: GroupBy;
	sortBy: SortBy;
	query: string;
	/** The year whose CCM status groups the rows when grouping by status. */
	statusYear: number;
	/** Names as the reader sees them, for sorting by name (English by default). */
	names?: NameOrder;
}

export interface MatrixRow {
	iso3: string;
	name: string;
	region: string | null;
	member: boolean;
	votes: Record<number, { vote: VoteCode; provisional: boolean; status: string } | undefined>;
	yesCount: number;
	history: string;
}

export function matrixRows(data: Pick<UngaData, 'matrix' | 'states' | 'years'>): MatrixRow[] {
	const byState = new Map<string, MatrixRow>();
	for (const s of data.states)
		byState.set(s.iso3, {
			iso3: s.iso3,
			name: s.name,
			region: s.region,
			member: s.un_member,
			votes: {},
			yesCount: 0,
			history: ''
		});
	for (const v of data.matrix) {
		const row = byState.get(v.iso3);
		if (!row) continue;
		row.votes[v.year] = { vote: v.vote, provisional: v.provisional, status: v.status_then };
		if (v.vote === 'Y') row.yesCount++;
	}
	for (const row of byState.values()) row.history = data.years.map((y) => row.votes[y]?.vote ?? '–').join(' ');
	return [...byState.values()];
}

function matches(row: MatrixRow, aliases: Map<string, string>, q: string) {
	if (!q) return true;
	const needle = normalizeStateName(q);
	return (
		normalizeStateName(row.name).includes(needle) ||
		row.iso3.toLowerCase() === q.trim().toLowerCase() ||
		(aliases.get(row.iso3) ?? '').includes(needle)
	);
}

/** A group of the matrix: its States' status that year, or not a UN member (no vote at all). */
const STATUS_ORDER = [...STATUSES, 'not_member'] as const;

/** Filters, sorts and groups the matrix rows; a group key is a region, a status or 'all'. */
export function arrangeMatrix(rows: readonly MatrixRow[], states: UngaData['states'], o: MatrixOptions) {
	// A State is found by its English name, its other English names, or its name in any UN language.
	const aliases = new Map(
		states.map((s) => [
			s.iso3,
			[...(s.aliases ?? '').split('|'), ...Object.values(STATE_NAMES[s.iso3] ?? {}), ...(STATE_ALIASES[s.iso3] ?? [])]
				.map(normalizeStateName)
				.join('|')
		])
	);
	const kept = rows.filter((r) => matches(r, aliases, o.query));
	const names = o.names ?? ENGLISH_ORDER;
	const cmp = (a: MatrixRow, b: MatrixRow) =>
		o.sortBy === 'yes'
			? b.yesCount - a.yesCount || byName(names, a, b)
			: o.sortBy === 'region'
				? (a.region ?? 'zz').localeCompare(b.region ?? 'zz') || byName(names, a, b)
				: byName(names, a, b);
	const keyOf = (r: MatrixRow) =>
		o.groupBy === 'region'
			? (r.region ?? 'none')
			: o.groupBy === 'status'
				? r.member
					? (r.votes[o.statusYear]?.status ?? 'not_member')
					: 'not_member'
				: 'all';
	const order = o.groupBy === 'region' ? [...REGIONAL_GROUPS, 'none'] : o.groupBy === 'status' ? STATUS_ORDER : ['all'];
	return order
		.map((key) => ({ key, rows: kept.filter((r) => keyOf(r) === key).sort(cmp) }))
		.filter((g) => g.rows.length > 0);
}
