/**
 * Dates as sources give them: a year (2019), a month (2019-11) or a day (2019-11-11). The precision
 * is kept: "2019" is never turned into a day. What can be decided from a partial date is decided
 * from its earliest and latest possible days.
 */
import { addDays, isIsoDate, type IsoDate } from './dates';

export interface PartialDate {
	text: string;
	precision: 'year' | 'month' | 'day';
	/** First and last day the date can stand for. */
	earliest: IsoDate;
	latest: IsoDate;
}

export function parsePartialDate(text: string): PartialDate | null {
	const t = text.trim();
	if (/^\d{4}$/.test(t)) return { text: t, precision: 'year', earliest: `${t}-01-01`, latest: `${t}-12-31` };
	const m = /^(\d{4})-(\d{2})$/.exec(t);
	if (m) {
		const first = `${t}-01`;
		if (!isIsoDate(first)) return null;
		const month = Number(m[2]);
		const next = month === 12 ? `${Number(m[1]) + 1}-01-01` : `${m[1]}-${String(month + 1).padStart(2, '0')}-01`;
		return { text: t, precision: 'month', earliest: first, latest: addDays(next, -1) };
	}
	if (isIsoDate(t)) return { text: t, precision: 'day', earliest: t, latest: t };
	return null;
}
