/**
 * Universalization questions, each answered by one SQL text run by DuckDB in Node (prerender,
 * metric command) and DuckDB-wasm (the as-of control). Status on a day is always "the status
 * period containing that day" (src/lib/domain/accession.ts made the periods), so every count,
 * colour and list agrees. Dates leave SQL as YYYY-MM-DD text and counts as INTEGER.
 */
import { z } from '../schema/z';
import { ACTIONS, STATUSES } from '../domain/accession';
import { REGIONAL_GROUPS } from '../domain/regions';
import { defineQuery } from './query';

export interface AsOf {
	treaty: string;
	asOf: string;
}

/** The period of a State's status that contains day $2 (alias p). */
const ON_DAY = `p.treaty = $1 AND p.start_date <= CAST($2 AS DATE) AND (p.end_date IS NULL OR CAST($2 AS DATE) < p.end_date)`;
const count = z.number().int().nonnegative();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const status = z.enum(STATUSES);

export const headline = defineQuery({
	name: 'headline',
	sql: `SELECT
		count(*) FILTER (WHERE p.status = 'party')::INTEGER AS states_parties,
		count(*) FILTER (WHERE p.status = 'party' AND p.in_force)::INTEGER AS in_force,
		count(*) FILTER (WHERE p.status = 'signatory')::INTEGER AS signatories_not_party,
		count(*) FILTER (WHERE p.status = 'withdrawn')::INTEGER AS withdrawn
	FROM status_periods p WHERE ${ON_DAY}`,
	params: (p: AsOf) => [p.treaty, p.asOf],
	row: z.object({ states_parties: count, in_force: count, signatories_not_party: count, withdrawn: count })
});

/** One row per day on which a count changes, plus both ends of the range. */
export const timeline = defineQuery({
	name: 'timeline',
	sql: `WITH days AS (
		SELECT start_date AS day FROM status_periods WHERE treaty = $1
		UNION SELECT end_date FROM status_periods WHERE treaty = $1 AND end_date IS NOT NULL
		UNION SELECT CAST($2 AS DATE) UNION SELECT CAST($3 AS DATE)
	)
	SELECT strftime(d.day, '%Y-%m-%d') AS day,
		count(p.iso3) FILTER (WHERE p.status = 'party')::INTEGER AS states_parties,
		count(p.iso3) FILTER (WHERE p.status = 'party' AND p.in_force)::INTEGER AS in_force
	FROM days d LEFT JOIN status_periods p
		ON p.treaty = $1 AND p.start_date <= d.day AND (p.end_date IS NULL OR d.day < p.end_date)
	WHERE d.day BETWEEN CAST($2 AS DATE) AND CAST($3 AS DATE)
	GROUP BY d.day ORDER BY d.day`,
	params: (p: { treaty: string; from: string; to: string }) => [p.treaty, p.from, p.to],
	row: z.object({ day, states_parties: count, in_force: count })
});

export const statusByState = defineQuery({
	name: 'statusByState',
	sql: `SELECT s.iso3, s.m49, s.name, s.region,
		coalesce(p.status, 'not_party') AS status, coalesce(p.in_force, false) AS in_force
	FROM states s LEFT JOIN status_periods p ON p.iso3 = s.iso3 AND ${ON_DAY}
	ORDER BY s.name`,
	params: (p: AsOf) => [p.treaty, p.asOf],
	row: z.object({
		iso3: z.string(),
		m49: z.string(),
		name: z.string(),
		region: z.enum(REGIONAL_GROUPS).nullable(),
		status,
		in_force: z.boolean()
	})
});

export const joinsPerYear = defineQuery({
	name: 'joinsPerYear',
	sql: `SELECT year(deposit_date)::INTEGER AS year, action, count(*)::INTEGER AS states
	FROM accession WHERE treaty = $1 AND deposit_date <= CAST($2 AS DATE)
	GROUP BY ALL ORDER BY year, action`,
	params: (p: AsOf) => [p.treaty, p.asOf],
	row: z.object({ year: z.number().int(), action: z.enum(ACTIONS), states: count })
});

export const signatoriesNotParty = defineQuery({
	name: 'signatoriesNotParty',
	sql: `SELECT a.iso3, s.name, s.region, strftime(a.signature_date, '%Y-%m-%d') AS signature_date,
		date_sub('year', a.signature_date, CAST($2 AS DATE))::INTEGER AS years_waiting
	FROM status_periods p
	JOIN accession a ON a.treaty = p.treaty AND a.iso3 = p.iso3
	JOIN states s ON s.iso3 = p.iso3
	WHERE ${ON_DAY} AND p.status = 'signatory'
	ORDER BY a.signature_date, s.name`,
	params: (p: AsOf) => [p.treaty, p.asOf],
	row: z.object({
		iso3: z.string(),
		name: z.string(),
		region: z.enum(REGIONAL_GROUPS).nullable(),
		signature_date: day,
		years_waiting: count
	})
});

export const byRegion = defineQuery({
	name: 'byRegion',
	sql: `SELECT s.region,
		count(*) FILTER (WHERE p.status = 'party')::INTEGER AS states_parties,
		count(*) FILTER (WHERE p.status = 'signatory')::INTEGER AS signatories,
		count(*) FILTER (WHERE p.status = 'withdrawn')::INTEGER AS withdrawn,
		count(*) FILTER (WHERE p.status IS NULL)::INTEGER AS not_party,
		count(*)::INTEGER AS states
	FROM states s LEFT JOIN status_periods p ON p.iso3 = s.iso3 AND ${ON_DAY}
	GROUP BY s.region ORDER BY s.region NULLS LAST`,
	params: (p: AsOf) => [p.treaty, p.asOf],
	row: z.object({
		region: z.enum(REGIONAL_GROUPS).nullable(),
		states_parties: count,
		signatories: count,
		withdrawn: count,
		not_party: count,
		states: count
	})
});

const optDay = day.nullable();
/** Each State's signature, deposit and entry-into-force dates under a treaty (for the map's download). */
export const accessionDates = defineQuery({
	name: 'accessionDates',
	sql: `SELECT iso3,
		strftime(signature_date, '%Y-%m-%d') AS signature_date,
		strftime(deposit_date, '%Y-%m-%d') AS deposit_date,
		strftime(entry_into_force, '%Y-%m-%d') AS entry_into_force
	FROM accession WHERE treaty = $1
	ORDER BY iso3`,
	params: (p: { treaty: string }) => [p.treaty],
	row: z.object({
		iso3: z.string(),
		signature_date: optDay,
		deposit_date: optDay,
		entry_into_force: optDay
	})
});

export const stateFacts = defineQuery({
	name: 'stateFacts',
	sql: `SELECT s.iso3, s.name, s.region,
		strftime(a.signature_date, '%Y-%m-%d') AS signature_date,
		strftime(a.deposit_date, '%Y-%m-%d') AS deposit_date,
		a.action,
		strftime(a.entry_into_force, '%Y-%m-%d') AS entry_into_force,
		strftime(a.withdrawal_notified, '%Y-%m-%d') AS withdrawal_notified,
		strftime(a.withdrawal_effective, '%Y-%m-%d') AS withdrawal_effective,
		coalesce(a.withdrawal_pending, false) AS withdrawal_pending,
		strftime(a.initial_report_due, '%Y-%m-%d') AS initial_report_due
	FROM states s LEFT JOIN accession a ON a.iso3 = s.iso3 AND a.treaty = $1
	WHERE s.iso3 = $2`,
	params: (p: { treaty: string; iso3: string }) => [p.treaty, p.iso3],
	row: z.object({
		iso3: z.string(),
		name: z.string(),
		region: z.enum(REGIONAL_GROUPS).nullable(),
		signature_date: optDay,
		deposit_date: optDay,
		action: z.enum(ACTIONS).nullable(),
		entry_into_force: optDay,
		withdrawal_notified: optDay,
		withdrawal_effective: optDay,
		withdrawal_pending: z.boolean(),
		initial_report_due: optDay
	})
});

export const stateList = defineQuery({
	name: 'stateList',
	sql: `SELECT iso3, m49, name, region, un_member, aliases FROM states ORDER BY name`,
	params: () => [],
	row: z.object({
		iso3: z.string(),
		m49: z.string(),
		name: z.string(),
		region: z.enum(REGIONAL_GROUPS).nullable(),
		un_member: z.boolean(),
		aliases: z.string().nullable()
	})
});

/** Withdrawals in effect by a day, to mark them on the timeline. */
export const withdrawals = defineQuery({
	name: 'withdrawals',
	sql: `SELECT a.iso3, s.name, strftime(a.withdrawal_effective, '%Y-%m-%d') AS effective
	FROM accession a JOIN states s ON s.iso3 = a.iso3
	WHERE a.treaty = $1 AND NOT a.withdrawal_pending AND a.withdrawal_effective <= CAST($2 AS DATE)
	ORDER BY a.withdrawal_effective`,
	params: (p: AsOf) => [p.treaty, p.asOf],
	row: z.object({ iso3: z.string(), name: z.string(), effective: day })
});

/**
 * The changes of status in a period (after `from`, up to `to`): each deposit, entry into force and
 * withdrawal taking effect, the events the counts of `headline` step on.
 */
export const statusChanges = defineQuery({
	name: 'statusChanges',
	sql: `SELECT day, kind, iso3, name FROM (
		SELECT strftime(a.deposit_date, '%Y-%m-%d') AS day, 'deposit' AS kind, a.iso3, s.name
		FROM accession a JOIN states s ON s.iso3 = a.iso3
		WHERE a.treaty = $1 AND a.deposit_date > CAST($2 AS DATE) AND a.deposit_date <= CAST($3 AS DATE)
		UNION ALL
		SELECT strftime(a.entry_into_force, '%Y-%m-%d'), 'entry_into_force', a.iso3, s.name
		FROM accession a JOIN states s ON s.iso3 = a.iso3
		WHERE a.treaty = $1 AND a.entry_into_force > CAST($2 AS DATE) AND a.entry_into_force <= CAST($3 AS DATE)
		UNION ALL
		SELECT strftime(a.withdrawal_effective, '%Y-%m-%d'), 'withdrawal', a.iso3, s.name
		FROM accession a JOIN states s ON s.iso3 = a.iso3
		WHERE a.treaty = $1 AND NOT a.withdrawal_pending
			AND a.withdrawal_effective > CAST($2 AS DATE) AND a.withdrawal_effective <= CAST($3 AS DATE)
	) ORDER BY day, kind, name`,
	params: (p: { treaty: string; from: string; to: string }) => [p.treaty, p.from, p.to],
	row: z.object({
		day,
		kind: z.enum(['deposit', 'entry_into_force', 'withdrawal']),
		iso3: z.string(),
		name: z.string()
	})
});

/**
 * Every status period of a treaty with the State's reference row, for the compact form that answers
 * the as-of control while DuckDB-wasm starts (controllers/status-answer.ts). States without a period
 * come once, with null period columns, so the form also holds the whole State list.
 */
export const statusPeriodList = defineQuery({
	name: 'statusPeriodList',
	sql: `SELECT s.iso3, s.m49, s.name, s.region, p.status, p.in_force,
		strftime(p.start_date, '%Y-%m-%d') AS start_date, strftime(p.end_date, '%Y-%m-%d') AS end_date
	FROM states s LEFT JOIN status_periods p ON p.iso3 = s.iso3 AND p.treaty = $1
	ORDER BY s.name, p.start_date`,
	params: (p: { treaty: string }) => [p.treaty],
	row: z.object({
		iso3: z.string(),
		m49: z.string(),
		name: z.string(),
		region: z.enum(REGIONAL_GROUPS).nullable(),
		status: z.enum(['party', 'signatory', 'withdrawn']).nullable(),
		in_force: z.boolean().nullable(),
		start_date: day.nullable(),
		end_date: day.nullable()
	})
});
