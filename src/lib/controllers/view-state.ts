/**
 * The view state every page keeps in its URL (?as_of=YYYY-MM-DD&v=1), parsed with zod. An
 * unusable value never breaks the page: it falls back to the default and says why.
 */
import { z } from '../schema/z';
import { checkAsOf, PROJECTION_DAYS } from '../domain/as-of';
import { addDays, type IsoDate } from '../domain/dates';
import type { LinkNotice } from '../domain/link-notice';

/** A parameter the page could not use: its text, why in English, and why as a code a page translates. */
export type ViewStateNotice = LinkNotice;

/** Bump when the meaning of a parameter changes; older links are then migrated, not rejected. */
export const VIEW_STATE_VERSION = 1;

const paramsSchema = z.object({
	v: z.coerce.number().int().positive().optional(),
	as_of: z.string().optional()
});

export interface AsOfState {
	asOf: IsoDate;
	projection: boolean;
	/** Set when the URL asked for something unusable and the default was used instead. */
	notice: ViewStateNotice | null;
}

export function parseAsOfState(search: URLSearchParams, dataAsOf: IsoDate, opened: IsoDate): AsOfState {
	const parsed = paramsSchema.safeParse(Object.fromEntries(search));
	const fallback: AsOfState = { asOf: dataAsOf, projection: false, notice: null };
	if (!parsed.success)
		return { ...fallback, notice: { value: search.toString(), reason: 'unreadable parameters', code: 'unreadable' } };
	const raw = parsed.data.as_of;
	if (raw === undefined || raw === '') return fallback;
	const check = checkLinkAsOf(raw, dataAsOf, opened);
	if (!check.ok) return { ...fallback, notice: check.notice };
	return { asOf: check.asOf, projection: check.asOf > dataAsOf, notice: null };
}

/** The last day a link or the as-of control may ask for: projections reach a year past the data. */
export function latestAsOf(dataAsOf: IsoDate): IsoDate {
	return addDays(dataAsOf, PROJECTION_DAYS);
}

/**
 * A link's as_of, checked as the metric command checks it (a calendar date, not before the
 * opening) and also against the projections' reach, which the as-of control cannot go past: a
 * page would otherwise show a day its own control cannot show.
 */
export function checkLinkAsOf(
	raw: string,
	dataAsOf: IsoDate,
	opened: IsoDate
): { ok: true; asOf: IsoDate } | { ok: false; notice: ViewStateNotice } {
	const check = checkAsOf(raw, dataAsOf, opened);
	const value = `as_of=${raw}`;
	if (!check.ok) return { ok: false, notice: { value, reason: check.message, code: check.code, opened } };
	const latest = latestAsOf(dataAsOf);
	if (check.asOf > latest)
		return {
			ok: false,
			notice: { value, reason: `after ${latest}, the last day projections reach`, code: 'after_projection', latest }
		};
	return { ok: true, asOf: check.asOf };
}

/** The query string for a state; the default date is left out so plain links stay plain. */
export function asOfSearch(asOf: IsoDate, dataAsOf: IsoDate): string {
	if (asOf === dataAsOf) return '';
	return `?${new URLSearchParams({ as_of: asOf, v: String(VIEW_STATE_VERSION) })}`;
}

const ungaSchema = z.object({
	v: z.coerce.number().int().positive().optional(),
	year: z.coerce.number().int().optional(),
	group: z.enum(['none', 'region', 'status']).optional(),
	sort: z.enum(['name', 'yes', 'region']).optional(),
	q: z.string().max(100).optional()
});

export interface UngaState {
	year: number;
	group: 'none' | 'region' | 'status';
	sort: 'name' | 'yes' | 'region';
	q: string;
	notice: ViewStateNotice | null;
}

/** /unga's view state; an unknown year or option falls back to the default with a notice. */
export function parseUngaState(search: URLSearchParams, years: readonly number[], defaultYear: number): UngaState {
	const fallback: UngaState = { year: defaultYear, group: 'none', sort: 'name', q: '', notice: null };
	const parsed = ungaSchema.safeParse(Object.fromEntries(search));
	if (!parsed.success)
		return { ...fallback, notice: { value: search.toString(), reason: 'unreadable parameters', code: 'unreadable' } };
	const p = parsed.data;
	const state: UngaState = { ...fallback, group: p.group ?? 'none', sort: p.sort ?? 'name', q: p.q ?? '' };
	if (p.year !== undefined) {
		if (years.includes(p.year)) state.year = p.year;
		else state.notice = { value: `year=${p.year}`, reason: 'no per-State votes that year', code: 'no_votes_year' };
	}
	return state;
}

export function ungaSearch(s: Omit<UngaState, 'notice'>, defaultYear: number): string {
	const params = new URLSearchParams();
	if (s.year !== defaultYear) params.set('year', String(s.year));
	if (s.group !== 'none') params.set('group', s.group);
	if (s.sort !== 'name') params.set('sort', s.sort);
	if (s.q) params.set('q', s.q);
	if ([...params].length === 0) return '';
	params.set('v', String(VIEW_STATE_VERSION));
	return `?${params}`;
}

/**
 * The query parameters each page reads (route ids without the (site) group). A link carrying any
 * other parameter still opens, with a notice naming what was ignored, so a mistyped permalink is
 * noticed rather than silently showing the default view.
 */
export const ROUTE_PARAMS: Record<string, readonly string[]> = {
	'/': [],
	'/universalization': ['v', 'as_of'],
	'/unga': ['v', 'year', 'group', 'sort', 'q'],
	'/transparency': ['v', 'as_of'],
	'/trust-fund': [],
	'/compare': ['v', 'align', 'as_of'],
	'/states/[iso3]': []
};

/** Parameters the page does not know, in the order they appear; empty for unlisted routes. */
export function unknownParams(routeId: string, search: URLSearchParams): string[] {
	const known = ROUTE_PARAMS[routeId];
	if (!known) return [];
	return [...new Set([...search.keys()].filter((k) => !known.includes(k)))];
}
