/**
 * The comparison of the CCM with other disarmament treaties: universalization curves, parties
 * by UN regional group, and the Presidency's short list (States party to another treaty but not
 * to the CCM, with their CCM status and last CCM vote in the General Assembly). One SQL text per
 * question, run by DuckDB in Node (prerender, metric command) and DuckDB-wasm (the as-of control).
 */
import { z } from '../schema/z';
import { STATUSES } from '../domain/accession';
import { REGIONAL_GROUPS } from '../domain/regions';
import { TREATIES } from '../domain/treaties';
import { VOTE_CODES } from '../domain/unga';
import { CONVENTIONS } from '../domain/reporting-calendar';
import { defineQuery } from './query';

const count = z.number().int().nonnegative();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const status = z.enum(STATUSES);

/** Period p of some treaty contains day $n. */
const onDay = (n: number) =>
	`p.start_date <= CAST($${n} AS DATE) AND (p.end_date IS NULL OR CAST($${n} AS DATE) < p.end_date)`;

/** Every treaty's count of States Parties (deposit rule) on each day it changes, up to day $1. */
export const partyCurves = defineQuery({
	name: 'partyCurves',
	sql: `WITH days AS (
		SELECT treaty, start_date AS day FROM status_periods WHERE status = 'party'
		UNION SELECT treaty, end_date FROM status_periods WHERE status = 'party' AND end_date IS NOT NULL
		UNION SELECT DISTINCT treaty, CAST($1 AS DATE) FROM status_periods
	)
	SELECT d.treaty, strftime(d.day, '%Y-%m-%d') AS day, count(p.iso3)::INTEGER AS states_parties
	FROM days d LEFT JOIN status_periods p ON p.treaty = d.treaty AND p.status = 'party'
		AND p.start_date <= d.day AND (p.end_date IS NULL OR d.day < p.end_date)
	WHERE d.day <= CAST($1 AS DATE)
	GROUP BY d.treaty, d.day ORDER BY d.treaty, d.day`,
	params: (p: { asOf: string }) => [p.asOf],
	row: z.object({ treaty: z.enum(TREATIES), day, states_parties: count })
});

/** States Parties of each treaty by UN regional group on day $1 (null region: no group). */
export const partiesByRegion = defineQuery({
	name: 'partiesByRegion',
	sql: `SELECT p.treaty, s.region, count(*)::INTEGER AS states_parties
	FROM status_periods p JOIN states s ON s.iso3 = p.iso3
	WHERE p.status = 'party' AND ${onDay(1)}
	GROUP BY p.treaty, s.region ORDER BY p.treaty, s.region NULLS LAST`,
	params: (p: { asOf: string }) => [p.asOf],
	row: z.object({ treaty: z.enum(TREATIES), region: z.enum(REGIONAL_GROUPS).nullable(), states_parties: count })
});

/** How many States each UN regional group has, the denominator of the regional shares. */
export const regionSizes = defineQuery({
	name: 'regionSizes',
	sql: `SELECT region, count(*)::INTEGER AS states FROM states GROUP BY region ORDER BY region NULLS LAST`,
	params: () => [],
	row: z.object({ region: z.enum(REGIONAL_GROUPS).nullable(), states: count })
});

/**
 * States party on day $1 to the Mine Ban Convention, CCW Protocol V or the ATT but not to the
 * CCM, with a flag per treaty, their CCM status that day and their last plenary vote on the
 * whole CCM resolution on or before that day (null: no vote recorded, e.g. not a UN member).
 */
export const shortList = defineQuery({
	name: 'shortList',
	sql: `WITH parties AS (
		SELECT p.iso3,
			bool_or(p.treaty = 'ottawa') AS ottawa, bool_or(p.treaty = 'att') AS att, bool_or(p.treaty = 'ccw_p5') AS ccw_p5
		FROM status_periods p
		WHERE p.treaty IN ('ottawa', 'att', 'ccw_p5') AND p.status = 'party' AND ${onDay(1)}
		GROUP BY p.iso3
	), ccm AS (
		SELECT p.iso3, p.status FROM status_periods p WHERE p.treaty = 'ccm' AND ${onDay(1)}
	), votes AS (
		SELECT iso3, year, vote, provisional,
			row_number() OVER (PARTITION BY iso3 ORDER BY vote_date DESC, year DESC) AS nth
		FROM unga_votes
		WHERE topic = 'ccm' AND body = 'plenary' AND part = 'whole' AND vote_date <= CAST($1 AS DATE)
	)
	SELECT x.iso3, s.name, s.region, coalesce(c.status, 'not_party') AS ccm_status,
		(SELECT a.signature_date IS NOT NULL FROM accession a WHERE a.treaty = 'ccm' AND a.iso3 = x.iso3
			AND a.signature_date <= CAST($1 AS DATE)) IS TRUE AS ccm_signed,
		x.ottawa, x.att, x.ccw_p5, v.year AS vote_year, v.vote, v.provisional AS vote_provisional
	FROM parties x JOIN states s ON s.iso3 = x.iso3
	LEFT JOIN ccm c ON c.iso3 = x.iso3
	LEFT JOIN votes v ON v.iso3 = x.iso3 AND v.nth = 1
	WHERE coalesce(c.status, 'not_party') <> 'party'
	ORDER BY s.name`,
	params: (p: { asOf: string }) => [p.asOf],
	row: z.object({
		iso3: z.string(),
		name: z.string(),
		region: z.enum(REGIONAL_GROUPS).nullable(),
		ccm_status: status,
		ccm_signed: z.boolean(),
		ottawa: z.boolean(),
		att: z.boolean(),
		ccw_p5: z.boolean(),
		vote_year: z.number().int().nullable(),
		vote: z.enum(VOTE_CODES).nullable(),
		vote_provisional: z.boolean().nullable()
	})
});

export type ShortListRow = z.infer<typeof shortList.row>;

/** The conventions' published reporting figures (data/sources/crossconvention/reporting_rates.csv). */
export const reportingRates = defineQuery({
	name: 'reportingRates',
	sql: `SELECT convention, report_type, period_covered, as_of, metric, value, value_number, denominator, unit, quote,
		source, source_kind, notes FROM reporting_rates ORDER BY source_line`,
	params: () => [],
	row: z.object({
		convention: z.enum(CONVENTIONS),
		report_type: z.string(),
		period_covered: z.string().nullable(),
		as_of: z.string().nullable(),
		metric: z.string(),
		value: z.string(),
		value_number: z.number().int().nullable(),
		denominator: z.number().int().nullable(),
		unit: z.string(),
		quote: z.string(),
		source: z.string(),
		source_kind: z.string(),
		notes: z.string().nullable()
	})
});

export type ReportingRateRow = z.infer<typeof reportingRates.row>;
