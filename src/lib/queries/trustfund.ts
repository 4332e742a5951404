/**
 * ISU Trust Fund and Sponsorship Programme: ledger totals per year and currency (no conversion),
 * contributing States and how many were States Parties when they paid, budgets, per-State totals,
 * and the published facts.
 */
import { z } from '../schema/z';
import { FACT_FUNDS, FACT_METRICS } from '../domain/money';
import { REGIONAL_GROUPS } from '../domain/regions';
import { defineQuery, quotedFigure } from './query';

/** Party (deposit rule) on the day received, or on 31 December of the year when no day is given. */
const PARTY_WHEN_PAID = `EXISTS (SELECT 1 FROM status_periods p WHERE p.treaty = 'ccm' AND p.iso3 = t.iso3 AND p.status = 'party'
	AND p.start_date <= coalesce(t.date_received, make_date(t.year, 12, 31))
	AND (p.end_date IS NULL OR coalesce(t.date_received, make_date(t.year, 12, 31)) < p.end_date))`;

export const fundYears = defineQuery({
	name: 'tfYears',
	sql: `WITH c AS (SELECT t.year, t.iso3, t.amount, t.currency, ${PARTY_WHEN_PAID} AS party, t.imported_from
		FROM tf_contributions t WHERE t.fund = $1),
	parties AS (SELECT y.year, (SELECT count(*) FROM status_periods p WHERE p.treaty = 'ccm' AND p.status = 'party'
		AND p.start_date <= make_date(y.year, 12, 31) AND (p.end_date IS NULL OR make_date(y.year, 12, 31) < p.end_date))::INTEGER AS states_parties
		FROM (SELECT DISTINCT year FROM c) y)
	SELECT c.year, c.currency, round(sum(c.amount), 2)::DOUBLE AS total,
		count(DISTINCT c.iso3)::INTEGER AS contributing_states,
		count(DISTINCT c.iso3) FILTER (WHERE c.party)::INTEGER AS contributing_parties,
		any_value(ys.states) AS year_contributing_states,
		any_value(parties.states_parties) AS states_parties,
		bool_or(c.imported_from IS NOT NULL) AS imported
	FROM c JOIN parties ON parties.year = c.year
		JOIN (SELECT year, count(DISTINCT iso3)::INTEGER AS states FROM c GROUP BY year) ys ON ys.year = c.year
	GROUP BY c.year, c.currency ORDER BY c.year, c.currency`,
	params: (p: { fund: string }) => [p.fund],
	row: z.object({
		year: z.number().int(),
		currency: z.string(),
		total: z.number(),
		contributing_states: z.number().int(),
		contributing_parties: z.number().int(),
		/** Contributing States of the year in any currency (a State paying in two currencies counts once). */
		year_contributing_states: z.number().int(),
		states_parties: z.number().int(),
		imported: z.boolean()
	})
});

export const budgets = defineQuery({
	name: 'tfBudgets',
	sql: `SELECT year, approved_budget::DOUBLE AS approved_budget, currency, source_document, imported_from IS NOT NULL AS imported
	FROM tf_budgets ORDER BY year`,
	params: () => [],
	row: z.object({
		year: z.number().int(),
		approved_budget: z.number(),
		currency: z.string(),
		source_document: z.string(),
		imported: z.boolean()
	})
});

export const byState = defineQuery({
	name: 'tfByState',
	sql: `SELECT t.iso3, s.name, s.region, t.currency, round(sum(t.amount), 2)::DOUBLE AS total,
		count(DISTINCT t.year)::INTEGER AS years, string_agg(DISTINCT t.year::VARCHAR, ', ' ORDER BY t.year::VARCHAR) AS year_list
	FROM tf_contributions t JOIN states s ON s.iso3 = t.iso3
	WHERE t.fund = $1 GROUP BY t.iso3, s.name, s.region, t.currency ORDER BY total DESC, s.name`,
	params: (p: { fund: string }) => [p.fund],
	row: z.object({
		iso3: z.string(),
		name: z.string(),
		region: z.enum(REGIONAL_GROUPS).nullable(),
		currency: z.string(),
		total: z.number(),
		years: z.number().int(),
		year_list: z.string()
	})
});

export const facts = defineQuery({
	name: 'tfFacts',
	sql: `SELECT year, fund, metric, value, unit, quote, source FROM tf_facts ORDER BY year DESC, fund, metric`,
	params: () => [],
	row: z.object({
		year: z.number().int(),
		fund: z.enum(FACT_FUNDS),
		unit: z.string().nullable(),
		...quotedFigure,
		metric: z.enum(FACT_METRICS)
	})
});
