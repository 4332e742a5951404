/**
 * UNGA votes on the CCM resolution: tallies (counted from per-State votes where they exist,
 * else the published figure, else "no tally"), each State's votes, prospects and movers.
 * Status at the time of a vote is the status period containing the vote's day.
 */
import { z } from '../schema/z';
import { STATUSES } from '../domain/accession';
import { REGIONAL_GROUPS } from '../domain/regions';
import { BODIES, VOTE_CODES } from '../domain/unga';
import { defineQuery } from './query';

const count = z.number().int().nonnegative();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const vote = z.enum(VOTE_CODES);
const status = z.enum(STATUSES);

/** Status (deposit rule) of the voting State on the vote's day, for a vote row aliased v. */
const STATUS_THEN = `coalesce((SELECT p.status FROM status_periods p WHERE p.treaty = 'ccm' AND p.iso3 = v.iso3
	AND p.start_date <= v.vote_date AND (p.end_date IS NULL OR v.vote_date < p.end_date)), 'not_party')`;

/** Every vote event on the resolution: per year, body and part. */
export const tallies = defineQuery({
	name: 'tallies',
	sql: `WITH counted AS (
		SELECT year, body, part, any_value(resolution) AS resolution, min(vote_date) AS vote_date,
			count(*) FILTER (WHERE vote = 'Y')::INTEGER AS yes,
			count(*) FILTER (WHERE vote = 'N')::INTEGER AS no,
			count(*) FILTER (WHERE vote = 'A')::INTEGER AS abstain,
			count(*) FILTER (WHERE vote = 'X')::INTEGER AS non_voting,
			bool_or(provisional) AS provisional,
			any_value(note) FILTER (WHERE provisional) AS provisional_note,
			any_value(source) AS source
		FROM unga_votes WHERE topic = $1 GROUP BY year, body, part
	), published AS (SELECT * FROM unga_tallies WHERE topic = $1)
	SELECT coalesce(c.year, p.year) AS year, coalesce(c.body, p.body) AS body, coalesce(c.part, p.part) AS part,
		coalesce(c.resolution, p.resolution) AS resolution, p.draft,
		strftime(coalesce(c.vote_date, p.vote_date), '%Y-%m-%d') AS date,
		coalesce(c.yes, p.yes) AS yes, coalesce(c.no, p.no) AS no, coalesce(c.abstain, p.abstain) AS abstain,
		coalesce(c.non_voting, p.non_voting) AS non_voting,
		CASE WHEN c.year IS NOT NULL THEN 'country_votes' WHEN p.yes IS NOT NULL THEN 'published' ELSE 'no_tally' END AS basis,
		coalesce(c.provisional, false) AS provisional,
		c.provisional_note,
		coalesce(c.source, p.source) AS source,
		p.yes AS published_yes, p.no AS published_no, p.abstain AS published_abstain,
		p.meeting, p.note
	FROM counted c FULL OUTER JOIN published p ON c.year = p.year AND c.body = p.body AND c.part = p.part
	ORDER BY year, body DESC, part DESC`,
	params: (p: { topic: string }) => [p.topic],
	row: z.object({
		year: z.number().int(),
		body: z.enum(BODIES),
		part: z.string(),
		resolution: z.string().nullable(),
		draft: z.string().nullable(),
		date: day.nullable(),
		yes: count.nullable(),
		no: count.nullable(),
		abstain: count.nullable(),
		non_voting: count.nullable(),
		basis: z.enum(['country_votes', 'published', 'no_tally']),
		provisional: z.boolean(),
		provisional_note: z.string().nullable(),
		source: z.string().nullable(),
		published_yes: count.nullable(),
		published_no: count.nullable(),
		published_abstain: count.nullable(),
		meeting: z.string().nullable(),
		note: z.string().nullable()
	})
});

export type TallyRow = z.infer<typeof tallies.row>;

/** One State's votes on the resolution. */
export const votesOfState = defineQuery({
	name: 'votesOfState',
	sql: `SELECT year, body, part, vote, provisional, strftime(vote_date, '%Y-%m-%d') AS date, resolution
	FROM unga_votes WHERE topic = $1 AND iso3 = $2 ORDER BY year, body DESC, part DESC`,
	params: (p: { topic: string; iso3: string }) => [p.topic, p.iso3],
	row: z.object({
		year: z.number().int(),
		body: z.string(),
		part: z.string(),
		vote: vote,
		provisional: z.boolean(),
		date: day,
		resolution: z.string()
	})
});

/** Every per-State plenary vote on the whole text, with the State's CCM status on that day. */
export const voteMatrix = defineQuery({
	name: 'voteMatrix',
	sql: `SELECT v.year, v.iso3, v.vote, v.provisional, ${STATUS_THEN} AS status_then
	FROM unga_votes v WHERE v.topic = $1 AND v.body = 'plenary' AND v.part = 'whole'
	ORDER BY v.year, v.iso3`,
	params: (p: { topic: string }) => [p.topic],
	row: z.object({ year: z.number().int(), iso3: z.string(), vote, provisional: z.boolean(), status_then: status })
});

/** States not party (deposit rule) on the day of the year's plenary vote that voted Yes. */
export const prospects = defineQuery({
	name: 'prospects',
	sql: `SELECT v.iso3, s.name, ${STATUS_THEN} AS status, s.region, strftime(v.vote_date, '%Y-%m-%d') AS date, v.provisional
	FROM unga_votes v JOIN states s ON s.iso3 = v.iso3
	WHERE v.topic = $1 AND v.year = $2 AND v.body = 'plenary' AND v.part = 'whole' AND v.vote = 'Y'
		AND ${STATUS_THEN} <> 'party'
	ORDER BY s.name`,
	params: (p: { topic: string; year: number }) => [p.topic, p.year],
	row: z.object({
		iso3: z.string(),
		name: z.string(),
		status,
		region: z.enum(REGIONAL_GROUPS).nullable(),
		date: day,
		provisional: z.boolean()
	})
});

/** Years with per-State plenary votes (prospects and movers need them). */
export const countryVoteYears = defineQuery({
	name: 'countryVoteYears',
	sql: `SELECT DISTINCT year FROM unga_votes WHERE topic = $1 AND body = 'plenary' AND part = 'whole' ORDER BY year`,
	params: (p: { topic: string }) => [p.topic],
	row: z.object({ year: z.number().int() })
});

/** States whose plenary vote changed from the previous year with per-State votes. */
export const movers = defineQuery({
	name: 'movers',
	sql: `WITH y AS (SELECT iso3, vote, provisional FROM unga_votes WHERE topic = $1 AND year = $2 AND body = 'plenary' AND part = 'whole'),
	prev AS (SELECT iso3, vote, provisional FROM unga_votes WHERE topic = $1 AND year = $3 AND body = 'plenary' AND part = 'whole')
	SELECT y.iso3, s.name, s.region, prev.vote AS before, y.vote AS after, (y.provisional OR prev.provisional) AS provisional
	FROM y JOIN prev ON prev.iso3 = y.iso3 JOIN states s ON s.iso3 = y.iso3
	WHERE y.vote <> prev.vote ORDER BY s.name`,
	params: (p: { topic: string; year: number; previous: number }) => [p.topic, p.year, p.previous],
	row: z.object({
		iso3: z.string(),
		name: z.string(),
		region: z.enum(REGIONAL_GROUPS).nullable(),
		before: vote,
		after: vote,
		provisional: z.boolean()
	})
});

/** The main sponsors of each year's resolution, first the State that introduced the draft. */
export const sponsors = defineQuery({
	name: 'sponsors',
	sql: `SELECT sp.year, sp.body, sp.resolution, sp.iso3, s.name, sp.position, sp.source
	FROM unga_sponsors sp JOIN states s ON s.iso3 = sp.iso3 ORDER BY sp.year, sp.body DESC, sp.position`,
	params: () => [],
	row: z.object({
		year: z.number().int(),
		body: z.enum(BODIES),
		resolution: z.string().nullable(),
		iso3: z.string(),
		name: z.string(),
		position: z.number().int(),
		source: z.string()
	})
});
