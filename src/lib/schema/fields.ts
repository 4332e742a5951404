/**
 * Zod building blocks for cells read from CSV files: every cell arrives as text, empty means
 * "not known / does not apply". Messages say what was expected, in words a spreadsheet user reads;
 * each is a message key (./reason.ts), worded in src/lib/i18n/catalogs/en.ts.
 */
import { z } from './z';
import { isIsoDate } from '../domain/dates';
import { reason } from './reason';

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

export const isoDate = z
	.string()
	.trim()
	.refine(isIsoDate, { message: reason('problem.isoDate') });

export const optionalIsoDate = z.preprocess(blankToNull, isoDate.nullable());

export const iso3 = z
	.string()
	.trim()
	.regex(/^[A-Z]{3}$/, { message: reason('problem.iso3') });

export const text = z
	.string()
	.trim()
	.min(1, { message: reason('problem.text') });

/**
 * Today (UTC): no record of a past event (a deposit, a report received, a payment, a status page)
 * is dated later. The one place the clock is read; CCM_TODAY=YYYY-MM-DD sets the day for the
 * commands (tests pin it so that they do not change meaning as the calendar moves on).
 */
export function today(): string {
	const pinned = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.CCM_TODAY;
	if (pinned !== undefined && pinned !== '') {
		if (!isIsoDate(pinned)) throw new Error(`CCM_TODAY must be a date written YYYY-MM-DD, not "${pinned}"`);
		return pinned;
	}
	return new Date().toISOString().slice(0, 10);
}

/**
 * A whole number as the formats write it: digits only. No sign, exponent, hexadecimal or decimal
 * point (`Number()` would read "0x8B" as 139 and "2.023e3" as 2023); `message` is the reason key.
 */
export const digits = (message: string) =>
	z
		.string()
		.trim()
		.regex(/^\d{1,15}$/, { message })
		.transform(Number);

/** The same, empty meaning "not known". */
export const optionalDigits = (message: string) => z.preprocess(blankToNull, digits(message).nullable());
export const FUTURE_DATE = reason('problem.futureDate');

/** A published figure kept as text (it may be a range such as 50-60), but never negative. */
export const figureText = text.refine((v) => !v.startsWith('-'), {
	message: reason('problem.negativeFigure')
});

export const optionalText = z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string());

export const csvBoolean = z
	.enum(['true', 'false', ''], { message: reason('problem.choice') })
	.transform((v) => v === 'true');
