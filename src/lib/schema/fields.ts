/**
 * Zod building blocks for cells read from CSV files: every cell arrives as text, empty means
 * "not known / does not apply". Messages say what was expected, in words a spreadsheet user reads.
 */
import { z } from 'zod';
import { isIsoDate } from '../domain/dates';

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

export const isoDate = z.string().trim().refine(isIsoDate, { message: 'expected a calendar date written YYYY-MM-DD' });

export const optionalIsoDate = z.preprocess(blankToNull, isoDate.nullable());

export const iso3 = z
	.string()
	.trim()
	.regex(/^[A-Z]{3}$/, { message: 'expected an ISO 3166-1 alpha-3 code (three capital letters)' });

export const text = z.string().trim().min(1, { message: 'expected a non-empty text' });

export const optionalText = z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string());

export const csvBoolean = z
	.enum(['true', 'false', ''], { message: 'expected true or false' })
	.transform((v) => v === 'true');
