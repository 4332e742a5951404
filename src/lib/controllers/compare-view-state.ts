/**
 * /compare's view state in its URL (?align=calendar&as_of=YYYY-MM-DD&v=1), parsed with zod like
 * the other pages' view states: an unusable value falls back to the default and says why.
 */
import { z } from '../schema/z';
import type { IsoDate } from '../domain/dates';
import { checkLinkAsOf, VIEW_STATE_VERSION, type ViewStateNotice } from './view-state';

export const ALIGNMENTS = ['opening', 'calendar'] as const;
export type Alignment = (typeof ALIGNMENTS)[number];

const schema = z.object({
	v: z.coerce.number().int().positive().optional(),
	align: z.enum(ALIGNMENTS).optional(),
	as_of: z.string().optional()
});

export interface CompareState {
	align: Alignment;
	asOf: IsoDate;
	notice: ViewStateNotice | null;
}

export function parseCompareState(search: URLSearchParams, dataAsOf: IsoDate, opened: IsoDate): CompareState {
	const fallback: CompareState = { align: 'opening', asOf: dataAsOf, notice: null };
	const parsed = schema.safeParse(Object.fromEntries(search));
	if (!parsed.success)
		return { ...fallback, notice: { value: search.toString(), reason: 'unreadable parameters', code: 'unreadable' } };
	const state: CompareState = { ...fallback, align: parsed.data.align ?? 'opening' };
	const raw = parsed.data.as_of;
	if (raw !== undefined && raw !== '') {
		const check = checkLinkAsOf(raw, dataAsOf, opened);
		if (check.ok) state.asOf = check.asOf;
		else state.notice = check.notice;
	}
	return state;
}

/** The query string for a state; defaults are left out so plain links stay plain. */
export function compareSearch(s: { align: Alignment; asOf: IsoDate }, dataAsOf: IsoDate): string {
	const params = new URLSearchParams();
	if (s.align !== 'opening') params.set('align', s.align);
	if (s.asOf !== dataAsOf) params.set('as_of', s.asOf);
	if ([...params].length === 0) return '';
	params.set('v', String(VIEW_STATE_VERSION));
	return `?${params}`;
}
