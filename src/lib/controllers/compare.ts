/**
 * Headless controller of /compare: which queries answer the page and the numbers its charts and
 * tables are drawn from, plus the short list the `overlap` metric prints. Build time (Node
 * DuckDB), the as-of control (DuckDB-wasm), the metric command and tests call the same functions.
 */
import type { Alignment } from '../view-state/compare';
import type { Connector } from '../db/connector';
import type { IsoDate } from '../domain/dates';
import type { ReportingRuleRow } from '../queries/calendar';
import { TREATY_INFO, type Treaty } from '../domain/treaties';
import type { VoteCode } from '../domain/unga';
import {
	partiesByRegion,
	partyCurves,
	regionSizes,
	reportingRates,
	shortList,
	type ReportingRateRow,
	type ShortListRow
} from '../queries/compare';
import { reportingRules } from '../queries/calendar';
import { addDays } from '../domain/dates';
import { annualDue } from '../domain/reporting';
import { classifyRate, type RateClass } from '../domain/rate-comparability';
import { loadTransparency, statusesOn, summarise, type StatusData } from './transparency';
import { runQuery } from '../queries/query';

/** The treaties a State on the short list may be party to (`overlap --with`). */
export const OVERLAP_TREATIES = ['ottawa', 'att', 'ccw_p5'] as const satisfies readonly Treaty[];
export type OverlapTreaty = (typeof OVERLAP_TREATIES)[number];

export function isOverlapTreaty(s: string): s is OverlapTreaty {
	return (OVERLAP_TREATIES as readonly string[]).includes(s);
}

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

/** Fixed facts: the curves and the size of each regional group. */
export async function loadCompareFixed(db: Connector, dataAsOf: IsoDate) {
	const curves = await loadCurves(db, dataAsOf);
	const sizes = await runQuery(db, regionSizes, undefined);
	return { curves, sizes };
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

/** A published figure with why it is, or is not, drawn beside the others. */
export type ComparedRate = ReportingRateRow & RateClass;

/** The CCM's own figure of the same measure, computed from its Article 7 record at the same lag. */
export interface CcmSameMeasure {
	coveringYear: number;
	countedOn: IsoDate;
	daysAfterDue: number;
	/** Annual reports due for the year on that day, and those known to be made. */
	due: number;
	submitted: number;
	/** Known made over due: a floor where the record is incomplete (`coverage` below 1). */
	share: number;
	coverage: number;
}

/**
 * The published figures, each classified, and for each comparable one the CCM's share counted the
 * same number of days after its own due date, for the same covering year, when the CCM record has
 * that year and day (nothing past the data's date).
 */
export function comparedRates(
	rows: readonly ReportingRateRow[],
	rules: readonly Pick<ReportingRuleRow, 'convention' | 'report' | 'due_from' | 'due_day'>[],
	a7: StatusData,
	dataAsOf: IsoDate
): { figures: ComparedRate[]; ccm: CcmSameMeasure[] } {
	const dueDay = (c: string) =>
		rules.find((r) => r.convention === c && r.report === 'annual' && r.due_from === 'fixed_day')?.due_day ?? null;
	const figures = rows.map((r) => ({ ...r, ...classifyRate(r, dueDay(r.convention)) }));
	const ccm = new Map<string, CcmSameMeasure>();
	for (const f of figures) {
		if (f.reason !== 'comparable' || f.coveringYear === null || f.daysAfterDue === null) continue;
		const day = addDays(annualDue(f.coveringYear), f.daysAfterDue);
		if (day > dataAsOf || ccm.has(`${f.coveringYear} ${day}`)) continue;
		const s = summarise(statusesOn(a7, day, dataAsOf), 'annual', f.coveringYear);
		if (s.due === 0 || s.submittedShare === null || s.coverage === null) continue;
		const submitted = s.counts.on_time + s.counts.late + s.counts.submitted_date_unknown;
		ccm.set(`${f.coveringYear} ${day}`, {
			coveringYear: f.coveringYear,
			countedOn: day,
			daysAfterDue: f.daysAfterDue,
			due: s.due,
			submitted,
			share: s.submittedShare,
			coverage: s.coverage
		});
	}
	return { figures, ccm: [...ccm.values()] };
}

export async function loadComparedRates(db: Connector, dataAsOf: IsoDate) {
	const rows = await runQuery(db, reportingRates, undefined);
	const rules = await runQuery(db, reportingRules, undefined);
	return comparedRates(rows, rules, await loadTransparency(db), dataAsOf);
}

/** One bar of the comparable measure: a published figure, or the CCM's share computed beside it. */
export interface RateBar {
	key: string;
	kind: 'published' | 'computed';
	convention: ComparedRate['convention'];
	coveringYear: number;
	countedOn: IsoDate;
	daysAfterDue: number;
	/** Known share (0–1), and the share whose status is not known (0 for a published figure). */
	share: number;
	unknown: number;
	/** The computed bar's reports known made and due; the published bar's figure as written. */
	submitted: number | null;
	due: number | null;
	figure: ComparedRate | null;
}

/** The comparable figures by days after the due date, each followed by the CCM's share at that lag. */
export function rateBars(rates: { figures: readonly ComparedRate[]; ccm: readonly CcmSameMeasure[] }): RateBar[] {
	const comparable = rates.figures
		.filter((f) => f.reason === 'comparable')
		.sort((a, b) => a.daysAfterDue! - b.daysAfterDue! || a.coveringYear! - b.coveringYear!);
	const bars: RateBar[] = [];
	const shown = new Set<CcmSameMeasure>();
	for (const f of comparable) {
		bars.push({
			key: `${f.convention}-${f.coveringYear}-${f.countedOn}`,
			kind: 'published',
			convention: f.convention,
			coveringYear: f.coveringYear!,
			countedOn: f.countedOn!,
			daysAfterDue: f.daysAfterDue!,
			share: f.value_number! / 100,
			unknown: 0,
			submitted: null,
			due: f.denominator,
			figure: f
		});
		const c = rates.ccm.find((m) => m.coveringYear === f.coveringYear && m.daysAfterDue === f.daysAfterDue);
		if (!c || shown.has(c)) continue;
		shown.add(c);
		bars.push({
			key: `ccm-${c.coveringYear}-${c.countedOn}`,
			kind: 'computed',
			convention: 'ccm',
			coveringYear: c.coveringYear,
			countedOn: c.countedOn,
			daysAfterDue: c.daysAfterDue,
			share: c.share,
			unknown: 1 - c.coverage,
			submitted: c.submitted,
			due: c.due,
			figure: null
		});
	}
	return bars;
}
