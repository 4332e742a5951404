/**
 * The `as_of` parameter every as-of page shares: a calendar day, checked as the metric command
 * checks it (not before the Convention opened) and also against the projections' reach, which the
 * as-of control cannot go past: a page would otherwise show a day its own control cannot show.
 */
import { z } from '../schema/z';
import { checkAsOf, PROJECTION_DAYS } from '../domain/as-of';
import { addDays, type IsoDate } from '../domain/dates';
import { CCM } from '../domain/treaties';
import type { ParamCheck } from './define';

/** What an as-of page's view state depends on: the day its data describes. */
export interface AsOfContext {
	dataAsOf: IsoDate;
}

export const asOfParam = z.string();

/** The last day a link or the as-of control may ask for: projections reach a year past the data. */
export function latestAsOf(dataAsOf: IsoDate): IsoDate {
	return addDays(dataAsOf, PROJECTION_DAYS);
}

export const checkAsOfParam: ParamCheck<string, AsOfContext> = (raw, { dataAsOf }) => {
	const opened = CCM.openedForSignature;
	const check = checkAsOf(raw, dataAsOf, opened);
	if (!check.ok) return { ok: false, notice: { reason: check.message, code: check.code, opened } };
	const latest = latestAsOf(dataAsOf);
	if (check.asOf > latest)
		return {
			ok: false,
			notice: { reason: `after ${latest}, the last day projections reach`, code: 'after_projection', latest }
		};
	return { ok: true, value: check.asOf };
};
