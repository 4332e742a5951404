/**
 * Implementation records: the Article 3 and 4 events with the day each is known from, the CCM
 * parties with their entry into force and party periods, retention, Article 9 measures and the
 * meetings. The statuses on a day are the domain's (obligationOn), applied by the controller.
 */
import { z } from '../schema/z';
import { IMPL_EVENTS, NATIONAL_STATUSES } from '../domain/implementation';
import { defineQuery } from './query';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const implEvents = defineQuery({
	name: 'implEvents',
	sql: `SELECT e.article, e.iso3, coalesce(s.name, e.state) AS name, e.state, e.event, e.deadline, e.meeting,
		e.meeting_inferred, e.meeting_as_written, e.completed, e.completed_on_or_before, e.known_by, e.applies,
		strftime(e.known_from, '%Y-%m-%d') AS known_from, e.seq, e.obligation, e.event_as_written, e.source, e.quote,
		e.note, e.source_line
	FROM impl_events e LEFT JOIN states s ON s.iso3 = e.iso3
	ORDER BY e.article, e.iso3, e.seq`,
	params: () => [],
	row: z.object({
		article: z.union([z.literal(3), z.literal(4)]),
		iso3: z.string(),
		name: z.string(),
		state: z.string(),
		event: z.enum(IMPL_EVENTS),
		deadline: z.string().nullable(),
		meeting: z.string().nullable(),
		meeting_inferred: z.boolean(),
		meeting_as_written: z.string().nullable(),
		completed: z.string().nullable(),
		completed_on_or_before: z.boolean(),
		known_by: z.string().nullable(),
		applies: z.boolean().nullable(),
		known_from: day.nullable(),
		seq: z.number().int(),
		obligation: z.string().nullable(),
		event_as_written: z.string().nullable(),
		source: z.string(),
		quote: z.string().nullable(),
		note: z.string().nullable(),
		source_line: z.number().int().nullable()
	})
});

/** Every State that has deposited an instrument of the CCM, with its entry into force and party periods. */
export const ccmParties = defineQuery({
	name: 'ccmParties',
	sql: `SELECT a.iso3, s.name, strftime(a.deposit_date, '%Y-%m-%d') AS deposit_date,
		strftime(a.entry_into_force, '%Y-%m-%d') AS entry_into_force,
		(SELECT string_agg(strftime(p.start_date, '%Y-%m-%d') || '/' || coalesce(strftime(p.end_date, '%Y-%m-%d'), ''), ' ' ORDER BY p.start_date)
			FROM status_periods p WHERE p.treaty = 'ccm' AND p.iso3 = a.iso3 AND p.status = 'party') AS party_periods
	FROM accession a JOIN states s ON s.iso3 = a.iso3
	WHERE a.treaty = 'ccm' AND a.deposit_date IS NOT NULL ORDER BY a.iso3`,
	params: () => [],
	row: z.object({
		iso3: z.string(),
		name: z.string(),
		deposit_date: day,
		entry_into_force: day.nullable(),
		/** "start/end start/end", end empty while it runs: the days the State counts as a party. */
		party_periods: z.string().nullable()
	})
});

export const meetingsQuery = defineQuery({
	name: 'implMeetings',
	sql: `SELECT meeting, kind, number, strftime(start_date, '%Y-%m-%d') AS start_date, strftime(end_date, '%Y-%m-%d') AS end_date,
		city, president_state, president_name, source, note
	FROM meetings ORDER BY start_date NULLS LAST, kind DESC, number`,
	params: () => [],
	row: z.object({
		meeting: z.string(),
		kind: z.enum(['msp', 'rc']),
		number: z.number().int().nullable(),
		start_date: day.nullable(),
		end_date: day.nullable(),
		city: z.string().nullable(),
		president_state: z.string().nullable(),
		president_name: z.string().nullable(),
		source: z.string(),
		note: z.string().nullable()
	})
});

export const retentionQuery = defineQuery({
	name: 'implRetention',
	sql: `SELECT r.iso3, coalesce(s.name, r.state) AS name, r.as_of, r.as_of_as_written, r.cluster_munitions, r.submunitions,
		r.submunitions_more_than, r.source, r.quote, r.note
	FROM impl_retention r LEFT JOIN states s ON s.iso3 = r.iso3 ORDER BY name, r.as_of NULLS FIRST`,
	params: () => [],
	row: z.object({
		iso3: z.string(),
		name: z.string(),
		as_of: z.string().nullable(),
		as_of_as_written: z.string().nullable(),
		cluster_munitions: z.number().int().nullable(),
		submunitions: z.number().int().nullable(),
		submunitions_more_than: z.boolean(),
		source: z.string(),
		quote: z.string().nullable(),
		note: z.string().nullable()
	})
});

export const nationalQuery = defineQuery({
	name: 'implNational',
	sql: `SELECT n.iso3, coalesce(s.name, n.state) AS name, n.status, n.year, n.status_as_written, n.seq, n.source, n.quote, n.note
	FROM impl_national n LEFT JOIN states s ON s.iso3 = n.iso3 ORDER BY name, n.year NULLS FIRST, n.seq`,
	params: () => [],
	row: z.object({
		iso3: z.string(),
		name: z.string(),
		status: z.enum(NATIONAL_STATUSES),
		year: z.number().int().nullable(),
		status_as_written: z.string().nullable(),
		seq: z.number().int(),
		source: z.string(),
		quote: z.string().nullable(),
		note: z.string().nullable()
	})
});
