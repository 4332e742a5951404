/**
 * /unga's view state: the year of the vote matrix and prospects, how the matrix is grouped and
 * sorted, and its search (`?year=2016&group=region&sort=yes&q=fr&v=1`). A year without per-State
 * votes falls back to the latest one, with a notice.
 */
import { z } from '../schema/z';
import { defineViewState } from './define';

export const GROUPINGS = ['none', 'region', 'status'] as const;
export const SORTS = ['name', 'yes', 'region'] as const;
export type GroupBy = (typeof GROUPINGS)[number];
export type SortBy = (typeof SORTS)[number];

export interface UngaContext {
	/** The years with per-State votes; the last is the default. */
	years: readonly number[];
	defaultYear: number;
}

export const ungaView = defineViewState({
	route: '/unga',
	schema: { year: z.coerce.number().int(), group: z.enum(GROUPINGS), sort: z.enum(SORTS), q: z.string().max(100) },
	defaults: ({ defaultYear }: UngaContext): { year: number; group: GroupBy; sort: SortBy; q: string } => ({
		year: defaultYear,
		group: 'none',
		sort: 'name',
		q: ''
	}),
	checks: {
		year: (year, { years }) =>
			years.includes(year)
				? { ok: true, value: year }
				: { ok: false, notice: { reason: 'no per-State votes that year', code: 'no_votes_year' } }
	}
});
