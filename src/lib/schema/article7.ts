/**
 * The Article 7 record as the ISU keeps it (data/sources/article7/reports.csv) and the table
 * declaring where that record is complete (coverage.csv). Shared by ingest and the browser import.
 */
import { z } from './z';
import { reason } from './reason';
import { parsePartialDate } from '../domain/partial-date';
import { DATE_KINDS, REPORT_TYPES } from '../domain/reporting';
import {
	csvBoolean,
	digits,
	figureText,
	FUTURE_DATE,
	isoDate,
	optionalDigits,
	optionalText,
	text,
	today
} from './fields';

export const REPORT_COLUMNS = [
	'state',
	'report_type',
	'covering_year',
	'date',
	'date_kind',
	'source',
	'quote'
] as const;

const year = optionalDigits(reason('problem.yearOrEmpty')).pipe(
	z
		.number()
		.min(2008, { message: reason('problem.yearFrom') })
		.max(2100, { message: reason('problem.yearBefore') })
		.nullable()
);

export const reportRowSchema = z
	.object({
		state: text,
		report_type: z.enum(REPORT_TYPES, { message: reason('problem.choice') }),
		covering_year: year,
		date: z
			.string()
			.trim()
			.refine((v) => v === '' || parsePartialDate(v) !== null, {
				message: reason('problem.partialDateOrEmpty')
			}),
		date_kind: z.enum(DATE_KINDS, { message: reason('problem.choice') }),
		source: text,
		quote: optionalText
	})
	.refine((r) => (parsePartialDate(r.date)?.earliest ?? '9999') >= '2008-12-03', {
		path: ['date'],
		message: reason('problem.beforeOpening')
	})
	.refine((r) => (parsePartialDate(r.date)?.earliest ?? '') <= today(), { path: ['date'], message: FUTURE_DATE });

export type ReportRow = z.infer<typeof reportRowSchema>;

export const COVERAGE_COLUMNS = ['report_type', 'covering_year', 'complete', 'as_of', 'source'] as const;

export const coverageRowSchema = z.object({
	report_type: z.enum(REPORT_TYPES, { message: reason('problem.choice') }),
	/** For annual reports the year covered; for initial reports the year they fell due. */
	covering_year: digits(reason('problem.year')).pipe(
		z
			.number()
			.min(2008, { message: reason('problem.yearFrom') })
			.max(2100, { message: reason('problem.yearBefore') })
	),
	complete: csvBoolean,
	as_of: isoDate.refine((d) => d <= today(), { message: FUTURE_DATE }),
	source: text
});

export type CoverageRow = z.infer<typeof coverageRowSchema>;

export const PUBLISHED_COLUMNS = [
	'as_of_date',
	'convention',
	'metric',
	'value',
	'denominator',
	'quote',
	'source_url'
] as const;

/** Figures as published (quoted, never computed): the date may be partial or unknown, the value a range. */
export const publishedRowSchema = z.object({
	as_of_date: z
		.string()
		.trim()
		.refine((v) => v === '' || parsePartialDate(v) !== null, {
			message: reason('problem.partialDateShort')
		})
		.refine((v) => (parsePartialDate(v)?.earliest ?? '') <= today(), { message: FUTURE_DATE }),
	convention: text,
	metric: text,
	value: figureText,
	denominator: optionalText,
	quote: text,
	source_url: text
});
