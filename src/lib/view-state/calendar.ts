/**
 * /calendar's view state: the States whose reports are listed (one or several ISO3 codes, or a
 * regional group) and the period (`?states=fra-deu&from=2026-02-03&to=2027-02-02&v=1`). Without
 * a State the page shows the community view alone; the period defaults to the twelve months from
 * the data's date.
 */
import { REGIONAL_GROUPS } from '../domain/regions';
import { z } from '../schema/z';
import { defineViewState } from './define';

export const GROUP_CHOICES = ['', ...REGIONAL_GROUPS] as const;
export type GroupChoice = (typeof GROUP_CHOICES)[number];

export interface CalendarContext {
	/** The default period: the twelve months from the data's date. */
	from: string;
	to: string;
}

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const calendarView = defineViewState({
	route: '/calendar',
	schema: {
		states: z.string().regex(/^([a-z]{3}(-[a-z]{3}){0,19})?$/),
		group: z.enum(GROUP_CHOICES),
		from: day,
		to: day
	},
	defaults: ({ from, to }: CalendarContext): { states: string; group: GroupChoice; from: string; to: string } => ({
		states: '',
		group: '',
		from,
		to
	})
});
