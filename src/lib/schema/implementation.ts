/**
 * Implementation records (data/sources/implementation/README.md): the events of Article 3
 * (stockpile_destruction.csv) and Article 4 (clearance.csv) in one typed format, retention under
 * Article 3(6), Article 9 national measures, and the Meetings of States Parties and Review
 * Conferences. Written by `npm run import:implementation`, read by ingest.
 */
import { z } from './z';
import { reason } from './reason';
import { parsePartialDate } from '../domain/partial-date';
import { IMPL_EVENTS, NATIONAL_STATUSES } from '../domain/implementation';
import { csvBoolean, iso3, optionalDigits, optionalIsoDate, optionalText, text, today, FUTURE_DATE } from './fields';

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

/** A date at the precision a source gives it (2019, 2019-11, 2019-11-11), or empty. */
const partialDate = z.preprocess(
	blankToNull,
	z
		.string()
		.trim()
		.refine((v) => parsePartialDate(v) !== null, { message: reason('problem.partialDateOrEmpty') })
		.nullable()
);

/** A date of something that happened (a completion, a publication): not after today. */
const pastPartialDate = partialDate.refine((v) => v === null || (parsePartialDate(v)?.earliest ?? '') <= today(), {
	message: FUTURE_DATE
});

const nullableBoolean = z
	.enum(['true', 'false', ''], { message: reason('problem.choice') })
	.transform((v) => (v === '' ? null : v === 'true'));

const nullableText = z.preprocess(blankToNull, z.string().trim().nullable());

const lineNumber = optionalDigits(reason('problem.wholeNumber'));

export const EVENT_COLUMNS = [
	'state',
	'iso3',
	'event',
	'deadline',
	'meeting',
	'meeting_inferred',
	'meeting_as_written',
	'completed',
	'completed_on_or_before',
	'known_by',
	'applies',
	'obligation',
	'event_as_written',
	'source',
	'quote',
	'note',
	'source_line'
] as const;

export const eventRowSchema = z.object({
	state: text,
	iso3,
	event: z.enum(IMPL_EVENTS, { message: reason('problem.choice') }),
	/** Original deadline (obligation), new deadline (extension_granted) or deadline asked for (extension_requested). */
	deadline: partialDate,
	/** The meeting that granted or considers an extension, as meetings.csv names it (2RC for a conference in parts). */
	meeting: nullableText,
	/** True when no source read states that this meeting granted it: it is inferred (README). */
	meeting_inferred: csvBoolean,
	meeting_as_written: optionalText,
	completed: pastPartialDate,
	/** The source says "by" that date, not on it (<=2015). */
	completed_on_or_before: csvBoolean,
	/** For an undated event: the date of the source stating it (Cluster Munition Monitor 2019: 2019). */
	known_by: pastPartialDate,
	/** On a status row: false when a source says the obligation does not apply; empty when it does not say. */
	applies: nullableBoolean,
	obligation: optionalText,
	event_as_written: optionalText,
	source: text,
	quote: optionalText,
	note: optionalText,
	source_line: lineNumber
});

export type EventRow = z.infer<typeof eventRowSchema>;

export const RETENTION_COLUMNS = [
	'state',
	'iso3',
	'as_of',
	'as_of_as_written',
	'cluster_munitions',
	'submunitions',
	'submunitions_more_than',
	'source',
	'quote',
	'note',
	'source_line'
] as const;

export const retentionRowSchema = z.object({
	state: text,
	iso3,
	as_of: pastPartialDate,
	as_of_as_written: optionalText,
	cluster_munitions: optionalDigits(reason('problem.wholeNumber')),
	submunitions: optionalDigits(reason('problem.wholeNumber')),
	/** "more than 54,800": the figure is a lower bound. */
	submunitions_more_than: csvBoolean,
	source: text,
	quote: optionalText,
	note: optionalText,
	source_line: lineNumber
});

export type RetentionRow = z.infer<typeof retentionRowSchema>;

export const NATIONAL_COLUMNS = [
	'state',
	'iso3',
	'status',
	'year',
	'status_as_written',
	'source',
	'quote',
	'note',
	'source_line'
] as const;

export const nationalRowSchema = z.object({
	state: text,
	iso3,
	status: z.enum(NATIONAL_STATUSES, { message: reason('problem.choice') }),
	year: optionalDigits(reason('problem.yearOrEmpty')),
	status_as_written: optionalText,
	source: text,
	quote: optionalText,
	note: optionalText,
	source_line: lineNumber
});

export type NationalRow = z.infer<typeof nationalRowSchema>;

export const MEETING_COLUMNS = [
	'meeting',
	'kind',
	'number',
	'start_date',
	'end_date',
	'city',
	'president_state',
	'president_name',
	'source',
	'quote',
	'note',
	'source_line'
] as const;

export const meetingRowSchema = z
	.object({
		meeting: text,
		/** msp: Meeting of States Parties; rc: Review Conference. */
		kind: z.enum(['msp', 'rc'], { message: reason('problem.choice') }),
		number: optionalDigits(reason('problem.wholeNumber')),
		start_date: optionalIsoDate,
		end_date: optionalIsoDate,
		city: nullableText,
		president_state: nullableText,
		president_name: nullableText,
		source: text,
		quote: optionalText,
		note: optionalText,
		source_line: lineNumber
	})
	.refine((r) => r.start_date === null || r.end_date === null || r.start_date <= r.end_date, {
		path: ['end_date'],
		message: reason('problem.endBeforeStart')
	});

export type MeetingRow = z.infer<typeof meetingRowSchema>;
