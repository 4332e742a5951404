/**
 * Calendar dates as ISO strings (YYYY-MM-DD), computed in UTC.
 * The Convention's rules count calendar days and months; a JavaScript Date in local time would
 * shift a deposit across midnight on some machines, so every computation here is UTC-only.
 */

export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (2023-02-30 is not one). */
export function isIsoDate(value: string): boolean {
	const m = ISO.exec(value);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const t = new Date(Date.UTC(y, mo - 1, d));
	return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function toUtc(date: IsoDate): Date {
	if (!isIsoDate(date)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
	return new Date(`${date}T00:00:00Z`);
}

function fromUtc(t: Date): IsoDate {
	return t.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
	const t = toUtc(date);
	t.setUTCDate(t.getUTCDate() + days);
	return fromUtc(t);
}

/** The first day of the month `months` after the month of `date` (1 Sep 2025, 6 -> 1 Mar 2026). */
export function firstDayOfMonthAfter(date: IsoDate, months: number): IsoDate {
	const t = toUtc(date);
	return fromUtc(new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + months, 1)));
}

/**
 * The same day `months` calendar months later; a day the target month lacks becomes its last day
 * (31 August + 6 months -> 28 or 29 February). This is our reading of "six months after the date"
 * where the treaty text says no more.
 */
export function addMonthsSameDay(date: IsoDate, months: number): IsoDate {
	const t = toUtc(date);
	const day = t.getUTCDate();
	const lastOfTarget = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + months + 1, 0)).getUTCDate();
	return fromUtc(new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + months, Math.min(day, lastOfTarget))));
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
	return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

export function yearOf(date: IsoDate): number {
	return Number(date.slice(0, 4));
}
