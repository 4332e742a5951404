/**
 * Which "as of" dates a figure may be computed for: from the day the treaty opened for signature
 * up to the data's own date; later dates are projections of the facts already known (a deposit
 * whose entry into force is still ahead), and say so. Shared by the metric command and the URL.
 */
import { isIsoDate, type IsoDate } from './dates';

/**
 * How far past the data date the pages project: a year covers every entry into force a deposit
 * already made can bring (the sixth month after it), with room to spare.
 */
export const PROJECTION_DAYS = 365;

export type AsOfCheck =
	| { ok: true; asOf: IsoDate; projection: boolean }
	/** `message` in English for the command line; `code` for a page to say it in its language. */
	| { ok: false; message: string; code: 'not_a_date' | 'before_opening' };

export function checkAsOf(value: string, dataAsOf: IsoDate, opened: IsoDate): AsOfCheck {
	if (!isIsoDate(value))
		return {
			ok: false,
			code: 'not_a_date',
			message: `as-of date ${JSON.stringify(value)} is not a calendar date written YYYY-MM-DD`
		};
	if (value < opened)
		return {
			ok: false,
			code: 'before_opening',
			message: `as-of date ${value} is before the treaty opened for signature on ${opened}`
		};
	return { ok: true, asOf: value, projection: value > dataAsOf };
}
