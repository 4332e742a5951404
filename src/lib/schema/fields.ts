/**
 * Zod building blocks for cells read from CSV files: every cell arrives as text, empty means
 * "not known / does not apply". Messages say what was expected, in words a spreadsheet user reads.
 */
import { z } from './z';
import { isIsoDate } from '../domain/dates';

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

export const isoDate = z.string().trim().refine(isIsoDate, { message: 'expected a calendar date written YYYY-MM-DD' });

export const optionalIsoDate = z.preprocess(blankToNull, isoDate.nullable());

export const iso3 = z
	.string()
	.trim()
	.regex(/^[A-Z]{3}$/, { message: 'expected an ISO 3166-1 alpha-3 code (three capital letters)' });

export const text = z.string().trim().min(1, { message: 'expected a non-empty text' });

/** Today (UTC): no record of a past event (a deposit, a report received, a payment) is dated later. */
export const today = () => new Date().toISOString().slice(0, 10);
export const FUTURE_DATE = 'a date in the future: expected the day it happened';

/** A published figure kept as text (it may be a range such as 50-60), but never negative. */
export const figureText = text.refine((v) => !v.startsWith('-'), {
	message: 'expected a figure that is not negative'
});

export const optionalText = z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string());

export const csvBoolean = z
	.enum(['true', 'false', ''], { message: 'expected true or false' })
	.transform((v) => v === 'true');
