/**
 * Headless controller of /compare: which queries answer the page and the numbers its charts and
 * tables are drawn from, plus the short list the `overlap` metric prints. Build time (Node
 * DuckDB), the as-of control (DuckDB-wasm), the metric command and tests call the same functions.
 */
import type { Alignment } from '../view-state/compare';
import type { Connector } from '../db/connector';
import type { IsoDate } from '../domain/dates';
import { TREATY_INFO, type Treaty } from '../domain/treaties';
import { isPublishedConvention, PUBLISHED_CONVENTIONS } from '../domain/published';
import type { VoteCode } from '../domain/unga';
import { publishedFigures } from '../queries/article7';
import { partiesByRegion, partyCurves, regionSizes, shortList, type ShortListRow } from '../queries/compare';
import { runQuery } from '../queries/query';

/** The treaties a State on the short list may be party to (`overlap --with`). */
export const OVERLAP_TREATIES = ['ottawa', 'att', 'ccw_p5'] as const satisfies readonly Treaty[];
export type OverlapTreaty = (typeof OVERLAP_TREATIES)[number];

export function isOverlapTreaty(s: string): s is OverlapTreaty {
	return (OVERLAP_TREATIES as readonly string[]).includes(s);
}

export { PUBLISHED_CONVENTIONS };

export interface OverlapEntry {
	iso3: string;
	name: string;
	ccm_status: ShortListRow['ccm_status'];
	last_unga_vote: { year: number; vote: VoteCode; provisional: boolean } | null;
}

/** The `overlap` metric's rows: States party to `other` but not to the CCM on the day. */
export function overlapEntries(rows: readonly ShortListRow[], other: OverlapTreaty): OverlapEntry[] {
	return rows
		.filter((r) => r[other])
		.map((r) => ({
			iso3: r.iso3,
			name: r.name,
			ccm_status: r.ccm_status,
			last_unga_vote:
				r.vote_year === null || r.vote === null
					? null
					: { year: r.vote_year, vote: r.vote, provisional: r.vote_provisional === true }
		}));
}

export async function loadShortList(db: Connector, asOf: IsoDate) {
	return runQuery(db, shortList, { asOf });
}

/** Everything that depends on the as-of date. */
export async function loadCompareAsOf(db: Connector, asOf: IsoDate) {
	// One connection runs one statement at a time; sequential calls keep both engines simple.
	const regions = await runQuery(db, partiesByRegion, { asOf });
	const short = await loadShortList(db, asOf);
	return { asOf, regions, shortList: short };
}

export type CompareAsOfView = Awaited<ReturnType<typeof loadCompareAsOf>>;

export interface CurvePoint {
	day: IsoDate;
	states_parties: number;
}

/** The curves up to the data date, each starting at 0 on the day the treaty opened. */
export async function loadCurves(db: Connector, dataAsOf: IsoDate) {
	const rows = await runQuery(db, partyCurves, { asOf: dataAsOf });
	return TREATY_INFO.map((t) => {
		const points: CurvePoint[] = rows
			.filter((r) => r.treaty === t.id)
			.map((r) => ({ day: r.day, states_parties: r.states_parties }));
		if (!points.length || points[0]!.day > t.openedForSignature)
			points.unshift({ day: t.openedForSignature, states_parties: 0 });
		return { treaty: t.id, opened: t.openedForSignature, points };
	});
}

export type Curve = Awaited<ReturnType<typeof loadCurves>>[number];

/** Fixed facts: the curves, the size of each regional group and the published figures. */
export async function loadCompareFixed(db: Connector, dataAsOf: IsoDate) {
	const curves = await loadCurves(db, dataAsOf);
	const sizes = await runQuery(db, regionSizes, undefined);
	const published = (await runQuery(db, publishedFigures, undefined)).filter((f) =>
		isPublishedConvention(f.convention)
	);
	return { curves, sizes, published };
}

/** Years (fractional) between two ISO days, for curves aligned on the day each treaty opened. */
export function yearsSince(from: IsoDate, day: IsoDate): number {
	const ms = Date.parse(`${day}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
	return ms / (365.25 * 86_400_000);
}

/** A point's x: years since the treaty opened, or the calendar year as a fractional year. */
export function curveX(c: Curve, day: IsoDate, align: Alignment): number {
	if (align === 'opening') return yearsSince(c.opened, day);
	const y = Number(day.slice(0, 4));
	return y + yearsSince(`${y}-01-01`, day);
}

/** Milestones (years after opening) of the curves' table. */
export const MILESTONES = [1, 2, 5, 10, 15, 20, 25] as const;

/** Parties on the day N years after opening (the count holds until the next change); null past the data. */
export function partiesAfter(c: Curve, years: number, dataAsOf: IsoDate): number | null {
	const day = `${Number(c.opened.slice(0, 4)) + years}${c.opened.slice(4)}`;
	if (day > dataAsOf) return null;
	return c.points.findLast((p) => p.day <= day)?.states_parties ?? 0;
}

/** The CCM's count on the data date and the whole years since it opened, for the curves' description. */
export function ccmSoFar(curves: readonly Curve[], dataAsOf: IsoDate): { parties: number; years: number } {
	const ccm = curves.find((c) => c.treaty === 'ccm');
	if (!ccm) return { parties: 0, years: 0 };
	return { parties: ccm.points.at(-1)?.states_parties ?? 0, years: Math.floor(yearsSince(ccm.opened, dataAsOf)) };
}

/** States Parties per treaty and regional group on the day (`none`: States outside the groups). */
export function regionCounts(
	regions: CompareAsOfView['regions']
): { treaty: Treaty; values: Record<string, number> }[] {
	return TREATY_INFO.map((ti) => ({
		treaty: ti.id,
		values: Object.fromEntries(
			regions.filter((r) => r.treaty === ti.id).map((r) => [r.region ?? 'none', r.states_parties])
		)
	}));
}

/** How many States on the short list are party to each overlapping treaty. */
export function overlapCounts(rows: readonly ShortListRow[]): Record<OverlapTreaty, number> {
	return Object.fromEntries(OVERLAP_TREATIES.map((o) => [o, rows.filter((r) => r[o]).length])) as Record<
		OverlapTreaty,
		number
	>;
}
