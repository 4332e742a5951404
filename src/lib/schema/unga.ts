/**
 * Canonical UNGA files: per-State votes (data/sources/unga/votes.csv, written by import:undl from
 * the UN Digital Library voting data) and published tallies (data/sources/unga/tallies.csv, one
 * source per row). Schemas shared by the importer, ingest and the browser.
 */
import { z } from './z';
import { reason } from './reason';
import { BODIES, PART_PATTERN, VOTE_CODES } from '../domain/unga';
import { digits, FUTURE_DATE, iso3, isoDate, optionalIsoDate, optionalText, text, today } from './fields';

export const VOTE_COLUMNS = [
	'year',
	'session',
	'body',
	'part',
	'resolution',
	'draft',
	'vote_date',
	'iso3',
	'ms_name',
	'vote',
	'provisional',
	'vote_note',
	'undl_id',
	'title',
	'total_yes',
	'total_no',
	'total_abstentions',
	'total_non_voting',
	'total_ms',
	'source'
] as const;

const year = digits(reason('problem.year')).pipe(
	z
		.number()
		.min(1946, { message: reason('problem.yearFrom') })
		.max(2100, { message: reason('problem.yearBefore') })
);
/**
 * A count of States: the General Assembly has 193 members, so a count past this bound is a typing
 * or export error (and it must never reach the Parquet writer, whose INTEGER stops at 2^31).
 */
export const MAX_COUNT = 999;
const count = z.preprocess(
	(v) => (typeof v === 'string' && v.trim() === '' ? null : v),
	digits(reason('problem.wholeNumber'))
		.pipe(z.number().max(MAX_COUNT, { message: reason('problem.countAtMost') }))
		.nullable()
);
const session = digits(reason('problem.session')).pipe(z.number().min(1, { message: reason('problem.session') }));
const body = z.enum(BODIES, { message: reason('problem.choice') });
const part = z.string().regex(PART_PATTERN, { message: reason('problem.part') });

export const voteRowSchema = z
	.object({
		year,
		session,
		body,
		part,
		resolution: text,
		draft: optionalText,
		vote_date: isoDate.refine((d) => d <= today(), { message: FUTURE_DATE }),
		iso3,
		ms_name: optionalText,
		vote: z.enum(VOTE_CODES, { message: reason('problem.voteCode') }),
		provisional: z.enum(['true', 'false'], { message: reason('problem.choice') }).transform((v) => v === 'true'),
		vote_note: optionalText,
		undl_id: optionalText,
		title: text,
		total_yes: count,
		total_no: count,
		total_abstentions: count,
		total_non_voting: count,
		total_ms: count,
		source: text
	})
	.refine((r) => Number(r.vote_date.slice(0, 4)) === r.year, {
		path: ['year'],
		message: reason('problem.yearOfVoteDate')
	});

export type VoteRow = z.infer<typeof voteRowSchema>;

export const TALLY_COLUMNS = [
	'year',
	'session',
	'body',
	'resolution',
	'draft',
	'vote_date',
	'part',
	'yes',
	'no',
	'abstain',
	'non_voting',
	'meeting',
	'main_sponsors',
	'note',
	'source_url'
] as const;

export const tallyRowSchema = z
	.object({
		year,
		session,
		body,
		resolution: optionalText,
		draft: optionalText,
		vote_date: optionalIsoDate,
		part,
		yes: count,
		no: count,
		abstain: count,
		/** Published only where the source gives it (a count from per-State votes is made at ingest). */
		non_voting: count,
		meeting: optionalText,
		/** The main sponsors as the source names them, comma-separated (UN naming). */
		main_sponsors: optionalText,
		note: optionalText,
		source_url: text
	})
	.refine((r) => (r.yes === null) === (r.no === null) && (r.no === null) === (r.abstain === null), {
		path: ['yes'],
		message: reason('problem.tallyAllOrNone'),
		params: { yes: 'yes', no: 'no', abstain: 'abstain' }
	});

export type TallyRow = z.infer<typeof tallyRowSchema>;
