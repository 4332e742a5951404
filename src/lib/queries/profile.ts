/**
 * One State's page: its status on the data date, how its UN regional group voted, its Article 7
 * record and its Trust Fund contributions. Each query takes the State's ISO3 code.
 */
import { z } from '../schema/z';
import { STATUSES } from '../domain/accession';
import { VOTE_CODES } from '../domain/unga';
import { defineQuery } from './query';

const vote = z.enum(VOTE_CODES);

/** How the members of a regional group voted in each plenary vote on the whole text. */
export const groupVotes = defineQuery({
	name: 'groupVotes',
	sql: `SELECT v.year, v.vote, count(*)::INTEGER AS states
	FROM unga_votes v JOIN states s ON s.iso3 = v.iso3
	WHERE v.topic = $1 AND v.body = 'plenary' AND v.part = 'whole' AND s.region = $2
	GROUP BY v.year, v.vote ORDER BY v.year, v.vote`,
	params: (p: { topic: string; region: string }) => [p.topic, p.region],
	row: z.object({ year: z.number().int(), vote, states: z.number().int() })
});

export const statusOnDay = defineQuery({
	name: 'statusOnDay',
	sql: `SELECT coalesce((SELECT p.status FROM status_periods p WHERE p.treaty = $1 AND p.iso3 = $2
		AND p.start_date <= CAST($3 AS DATE) AND (p.end_date IS NULL OR CAST($3 AS DATE) < p.end_date)), 'not_party') AS status,
		coalesce((SELECT p.in_force FROM status_periods p WHERE p.treaty = $1 AND p.iso3 = $2
		AND p.start_date <= CAST($3 AS DATE) AND (p.end_date IS NULL OR CAST($3 AS DATE) < p.end_date)), false) AS in_force`,
	params: (p: { treaty: string; iso3: string; asOf: string }) => [p.treaty, p.iso3, p.asOf],
	row: z.object({ status: z.enum(STATUSES), in_force: z.boolean() })
});

export const contributionsOfState = defineQuery({
	name: 'contributionsOfState',
	sql: `SELECT year, fund, round(sum(amount), 2)::DOUBLE AS total, currency, bool_or(imported_from IS NOT NULL) AS imported
	FROM tf_contributions WHERE iso3 = $1
	GROUP BY year, fund, currency ORDER BY year, fund, currency`,
	params: (p: { iso3: string }) => [p.iso3],
	row: z.object({
		year: z.number().int(),
		fund: z.string(),
		total: z.number(),
		currency: z.string(),
		imported: z.boolean()
	})
});
