/**
 * The Article 7 record as the ISU keeps it (data/sources/article7/reports.csv) and the table
 * declaring where that record is complete (coverage.csv). Shared by ingest and the browser import.
 */
import { z } from './z';
import { reason } from './reason';
import { parsePartialDate } from '../domain/partial-date';
import { DATE_KINDS, RECORD_BASES, REPORT_TYPES } from '../domain/reporting';
import { csvBoolean, figureText, FUTURE_DATE, isoDate, optionalDigits, optionalText, text, today } from './fields';

export const REPORT_COLUMNS = [
	'state',
	'report_type',
	'covering_year',
	'date',
	'date_kind',
	'source',
	'quote'
] as const;

/**
 * The canonical reports.csv adds `basis` (what each record rests on). A file imported in a browser
 * may leave it out: the ISU's own record states what it holds.
 */
export const RECORD_COLUMNS = [...REPORT_COLUMNS, 'basis'] as const;

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
		quote: optionalText,
		basis: z.enum(RECORD_BASES, { message: reason('problem.choice') }).default('stated')
	})
	// A derived record or a statement of no report is about one annual report: it must name the year.
	.refine((r) => r.basis === 'stated' || (r.report_type === 'annual' && r.covering_year !== null), {
		path: ['covering_year'],
		message: reason('problem.basisYear')
	})
	// A statement of no report says up to which day: without it, it says nothing.
	.refine((r) => r.basis !== 'stated_none_as_of' || r.date.trim() !== '', {
		path: ['date'],
		message: reason('problem.noneDate')
	})
	.refine((r) => (parsePartialDate(r.date)?.earliest ?? '9999') >= '2008-12-03', {
		path: ['date'],
		message: reason('problem.beforeOpening')
	})
	.refine((r) => (parsePartialDate(r.date)?.earliest ?? '') <= today(), { path: ['date'], message: FUTURE_DATE });

export type ReportRow = z.infer<typeof reportRowSchema>;

export const COVERAGE_COLUMNS = ['report_type', 'covering_year', 'complete', 'as_of', 'source'] as const;

const YEAR_OR_RANGE = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/;

/**
 * A covering year (2019) or an inclusive range of them (2015-2019): what a spreadsheet cell holds.
 * "2019-12" is refused, not read as a year: a declaration covers whole years.
 */
const coveringYears = z.union([z.string(), z.number()]).transform((v, ctx) => {
	const m = YEAR_OR_RANGE.exec(String(v).trim());
	const from = m ? Number(m[1]) : NaN;
	const to = m?.[2] ? Number(m[2]) : from;
	if (!m || from < 2008 || to > 2100 || from > to) {
		ctx.addIssue({ code: 'custom', message: reason('problem.yearOrRange') });
		return z.NEVER;
	}
	return { from, to };
});

export const coverageRowSchema = z.object({
	report_type: z.enum(REPORT_TYPES, { message: reason('problem.choice') }),
	/** For annual reports the year covered; for initial reports the year they fell due. A range covers each year in it. */
	covering_year: coveringYears,
	complete: csvBoolean,
	as_of: isoDate.refine((d) => d <= today(), { message: FUTURE_DATE }),
	source: text
});

export type CoverageRow = z.infer<typeof coverageRowSchema>;

/** One declaration per covering year, as the a7_coverage table holds them (imported_from null when shipped). */
export interface CoverageDeclarationRow {
	report_type: CoverageRow['report_type'];
	covering_year: number;
	complete: boolean;
	as_of: string;
	source: string;
	imported_from: string | null;
}

export function coverageDeclarations(
	rows: readonly CoverageRow[],
	importedFrom: string | null
): CoverageDeclarationRow[] {
	return rows.flatMap((r) =>
		Array.from({ length: r.covering_year.to - r.covering_year.from + 1 }, (_, i) => ({
			report_type: r.report_type,
			covering_year: r.covering_year.from + i,
			complete: r.complete,
			as_of: r.as_of,
			source: r.source,
			imported_from: importedFrom
		}))
	);
}

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
