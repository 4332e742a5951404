/**
 * Zod building blocks for cells read from CSV files: every cell arrives as text, empty means
 * "not known / does not apply". Messages say what was expected, in words a spreadsheet user reads;
 * each is a message key (./reason.ts), worded in src/lib/i18n/messages.ts.
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

/** Today (UTC): no record of a past event (a deposit, a report received, a payment) is dated later. */
export const today = () => new Date().toISOString().slice(0, 10);
export const FUTURE_DATE = reason('problem.futureDate');

/** A published figure kept as text (it may be a range such as 50-60), but never negative. */
export const figureText = text.refine((v) => !v.startsWith('-'), {
	message: reason('problem.negativeFigure')
});

export const optionalText = z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string());

export const csvBoolean = z
	.enum(['true', 'false', ''], { message: reason('problem.choice') })
	.transform((v) => v === 'true');
