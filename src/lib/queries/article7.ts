/**
 * Article 7 reporting: every report owed (with the record that counts for it, if any), the
 * coverage declarations and the published figures. The status on a day is then decided by
 * src/lib/domain/reporting.ts, the one place that rule lives.
 */
import { z } from '../schema/z';
import { REGIONAL_GROUPS } from '../domain/regions';
import { DATE_KINDS, RECORD_BASES, REPORT_TYPES } from '../domain/reporting';
import { defineQuery, quotedFigure } from './query';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const obligations = defineQuery({
	name: 'a7Obligations',
	// The deposit date says from which day a State is in the tables at all (a figure as of an earlier
	// day does not know it will join).
	sql: `SELECT o.iso3, s.name, s.region, o.report_type, o.covering_year, strftime(o.due, '%Y-%m-%d') AS due,
		strftime(a.deposit_date, '%Y-%m-%d') AS deposit_date
	FROM a7_obligations o JOIN states s ON s.iso3 = o.iso3
	LEFT JOIN accession a ON a.treaty = 'ccm' AND a.iso3 = o.iso3
	ORDER BY o.report_type, o.covering_year, s.name`,
	params: () => [],
	row: z.object({
		iso3: z.string(),
		name: z.string(),
		region: z.enum(REGIONAL_GROUPS).nullable(),
		report_type: z.enum(REPORT_TYPES),
		covering_year: z.number().int(),
		due: day,
		deposit_date: day.nullable()
	})
});

/** Every record, shipped and imported in this browser; which one counts is decided in TS. */
export const records = defineQuery({
	name: 'a7Records',
	sql: `SELECT iso3, report_type, covering_year, coalesce(date, '') AS date, date_kind, source, imported_from,
		coalesce(basis, 'stated') AS basis FROM a7_records`,
	params: () => [],
	row: z.object({
		iso3: z.string(),
		report_type: z.enum(REPORT_TYPES),
		covering_year: z.number().int().nullable(),
		date: z.string(),
		date_kind: z.enum(DATE_KINDS),
		source: z.string(),
		imported_from: z.string().nullable(),
		basis: z.enum(RECORD_BASES)
	})
});

export type RecordRow = z.infer<typeof records.row>;

export type ObligationRow = z.infer<typeof obligations.row>;

export const coverage = defineQuery({
	name: 'a7Coverage',
	sql: `SELECT report_type, covering_year, complete, strftime(as_of, '%Y-%m-%d') AS as_of, source FROM a7_coverage`,
	params: () => [],
	row: z.object({
		report_type: z.enum(REPORT_TYPES),
		covering_year: z.number().int(),
		complete: z.boolean(),
		as_of: day,
		source: z.string()
	})
});

export type CoverageDeclaration = z.infer<typeof coverage.row>;

export const recordsOfState = defineQuery({
	name: 'a7RecordsOfState',
	sql: `SELECT report_type, covering_year, date, date_kind, source, coalesce(counts, false) AS counts, state, imported_from,
		coalesce(basis, 'stated') AS basis
	FROM a7_records WHERE iso3 = $1
	ORDER BY report_type DESC, covering_year NULLS LAST, date`,
	params: (p: { iso3: string }) => [p.iso3],
	row: z.object({
		report_type: z.enum(REPORT_TYPES),
		covering_year: z.number().int().nullable(),
		date: z.string().nullable(),
		date_kind: z.enum(DATE_KINDS),
		source: z.string(),
		/** Set by ingest for the shipped record; false for rows imported in a browser (their status is computed in TS). */
		counts: z.boolean(),
		state: z.string(),
		imported_from: z.string().nullable(),
		basis: z.enum(RECORD_BASES)
	})
});

export const publishedFigures = defineQuery({
	name: 'publishedFigures',
	sql: `SELECT as_of, convention, metric, value, denominator, quote, source FROM published_figures ORDER BY convention, as_of NULLS LAST, metric`,
	params: () => [],
	row: z.object({
		as_of: z.string().nullable(),
		convention: z.string(),
		denominator: z.string().nullable(),
		...quotedFigure
	})
});

export type PublishedFigure = z.infer<typeof publishedFigures.row>;
