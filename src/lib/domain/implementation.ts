/**
 * Implementation deadlines: stockpile destruction (Article 3) and clearance (Article 4), the
 * extensions a Meeting of States Parties or Review Conference grants, the requests before them,
 * completions, and the status of an obligation on a day. The one place these rules live
 * (docs/DOMAIN.md, "Implementation deadlines"): ingest stores the events with the day each is
 * known from, the controllers apply `obligationOn` in Node and in the browser.
 */
import { addDays, isIsoDate, type IsoDate } from './dates';
import { parsePartialDate } from './partial-date';

export const IMPL_ARTICLES = [3, 4] as const;
export type ImplArticle = (typeof IMPL_ARTICLES)[number];

/** What one row of the record says happened (data/sources/implementation/README.md). */
export const IMPL_EVENTS = [
	'obligation',
	'extension_granted',
	'extension_requested',
	'completion',
	'obligation_reopened',
	'status'
] as const;
export type ImplEvent = (typeof IMPL_EVENTS)[number];

export const OBLIGATION_STATUSES = ['completed', 'in_progress', 'extension_requested', 'past_deadline'] as const;
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];

/** The Convention was adopted in Dublin on 30 May 2008: no completion under it is older. */
export const CCM_ADOPTED: IsoDate = '2008-05-30';

/**
 * Article 3(2): stockpiles destroyed "not later than eight years after the entry into force of
 * this Convention for that State Party"; Article 4(1)(a): clearance not later than ten years after.
 */
export const DEADLINE_YEARS: Record<ImplArticle, number> = { 3: 8, 4: 10 };

/** Article 9 statuses as the Monitor classifies national implementation measures. */
export const NATIONAL_STATUSES = [
	'specific_legislation',
	'existing_law_sufficient',
	'in_process',
	'none_or_unclear'
] as const;
export type NationalStatus = (typeof NATIONAL_STATUSES)[number];

/**
 * The same day and month `years` later. Entry into force is always a first day of a month (Article
 * 17), so 29 February never occurs; were it given, the last day of February is taken.
 */
export function addYearsSameDay(date: IsoDate, years: number): IsoDate {
	const y = Number(date.slice(0, 4)) + years;
	const md = date.slice(4);
	const same = `${String(y).padStart(4, '0')}${md}`;
	return isIsoDate(same) ? same : `${String(y).padStart(4, '0')}-02-28`;
}

/** Article 3(2) / 4(1)(a): the original deadline from the State's entry into force. */
export function originalDeadline(article: ImplArticle, entryIntoForce: IsoDate | null): IsoDate | null {
	return entryIntoForce === null ? null : addYearsSameDay(entryIntoForce, DEADLINE_YEARS[article]);
}

/** A meeting as the record gives it: an id (9MSP, 2RC (part 2)) and its days, null where unknown. */
export interface MeetingDays {
	meeting: string;
	start_date: IsoDate | null;
	end_date: IsoDate | null;
}

/**
 * The meeting a record names: the meeting itself (9MSP, 2RC (part 2)) or, for a conference held in
 * parts named without its part (2RC), its first part. The 2RC's extension decisions were taken by
 * silence procedure after its first part (November 2020) and before the deadlines of March 2021
 * they replaced; the record gives no day, so the first part's days stand for the conference.
 */
export function findMeeting(id: string, meetings: readonly MeetingDays[]): MeetingDays | null {
	const exact = meetings.find((m) => m.meeting === id);
	if (exact) return exact;
	const parts = meetings
		.filter((m) => m.meeting.startsWith(`${id} (part `))
		.sort((a, b) => a.meeting.localeCompare(b.meeting));
	return parts[0] ?? null;
}

/** The last day a date of any precision can stand for; null for an empty or unreadable one. */
export const latestDay = (d: string | null): IsoDate | null => (d ? (parsePartialDate(d)?.latest ?? null) : null);
export const earliestDay = (d: string | null): IsoDate | null => (d ? (parsePartialDate(d)?.earliest ?? null) : null);

/** A date known at its precision counts from its day, a month or a year from the day after it ends. */
function countsFrom(d: string): IsoDate | null {
	const p = parsePartialDate(d);
	if (!p) return null;
	return p.precision === 'day' ? p.earliest : addDays(p.latest, 1);
}

/** The fields of a record row the rules read. */
export interface EventFacts {
	event: ImplEvent;
	/** The deadline a row states: original, granted or requested (partial: 2022-10). */
	deadline: string | null;
	meeting: string | null;
	completed: string | null;
	/** For an undated event: the date of the source that states it (Cluster Munition Monitor 2019: 2019). */
	known_by: string | null;
}

/**
 * The first day the record knows an event (docs/DOMAIN.md):
 * - an extension granted: the last day of the meeting that granted it (decisions are adopted there);
 *   null when the record names no meeting with known days (`obligationOn` then counts it from the
 *   deadline it replaces, so a missing record of a grant never makes a State "past its deadline");
 * - a request: the first day of the meeting that considers it;
 * - a completion: its day, or the day after its month or year ends; undated, the day after the
 *   period of the source stating it (`known_by`) ends;
 * - a reopened obligation or a status: as an undated completion;
 * - anything else undated: the data's date (`compiledOn`), as for Article 7 records.
 * The original obligation is known from the start.
 */
export function eventKnownFrom(e: EventFacts, meetings: readonly MeetingDays[], compiledOn: IsoDate): IsoDate | null {
	const m = e.meeting ? findMeeting(e.meeting, meetings) : null;
	switch (e.event) {
		case 'obligation':
			return null;
		case 'extension_granted':
			return m?.end_date ?? null;
		case 'extension_requested':
			return m?.start_date ?? (e.known_by ? countsFrom(e.known_by) : compiledOn);
		default: {
			const dated = e.event === 'completion' && e.completed ? countsFrom(e.completed) : null;
			return dated ?? (e.known_by ? countsFrom(e.known_by) : compiledOn);
		}
	}
}

/** One row of a State's record for one article, as the table stores it. */
export interface ObligationEvent extends EventFacts {
	/** Null: see `eventKnownFrom`. */
	known_from: IsoDate | null;
	meeting_inferred: boolean;
	/** A status row's word on whether the obligation applies at all (false: no stockpile, say). */
	applies: boolean | null;
	source: string;
}

export interface ObligationOnDay<E extends ObligationEvent = ObligationEvent> {
	/** True when the record holds an obligation; false when a source says it does not apply; null when silent. */
	applies: boolean | null;
	original_deadline: IsoDate | null;
	/** The deadline in force on the day; null once an obligation re-opened without a new deadline in the record. */
	deadline: string | null;
	/** Extensions granted by the day, in the order they took effect. */
	extensions: E[];
	/** A request known on the day whose outcome is not in the record. */
	pending_request: E | null;
	/** The completion that counts on the day (the latest known), null when none. */
	completed: E | null;
	reopened: boolean;
	status: ObligationStatus | null;
}

/**
 * An obligation on day D, from one State's record for one article (file order = the order rows
 * were written in) and its entry into force:
 * - `completed` once a completion is known (a month or year counts once it has ended), unless an
 *   obligation re-opened after it (Mauritania);
 * - else `in_progress` while the deadline in force is on or after D (a partial deadline, "2022-10",
 *   runs to its last day) or while a re-opened obligation has no deadline in the record;
 * - else `extension_requested` when a request is known whose outcome is not in the record: never
 *   `past_deadline` because a decision is missing;
 * - else `past_deadline`.
 * Extensions (Article 3(5), 4(5)-(6)) replace the deadline from the day they are granted.
 */
export function obligationOn<E extends ObligationEvent>(
	article: ImplArticle,
	events: readonly E[],
	entryIntoForce: IsoDate | null,
	day: IsoDate
): ObligationOnDay<E> {
	const voided = events.some(
		(e) => e.event === 'status' && e.applies === false && e.known_from !== null && e.known_from <= day
	);
	const recorded = events.some((e) => e.event !== 'status' || e.applies === true);
	const applies = voided ? false : recorded ? true : events.some((e) => e.applies === false) ? false : null;
	const empty: ObligationOnDay<E> = {
		applies,
		original_deadline: null,
		deadline: null,
		extensions: [],
		pending_request: null,
		completed: null,
		reopened: false,
		status: null
	};
	if (applies !== true) return empty;

	const stated = events.find((e) => e.event === 'obligation' && e.deadline)?.deadline ?? null;
	const original = originalDeadline(article, entryIntoForce);
	// Extensions whose granting day is not in the record count from the deadline they replace.
	let previous: string | null = original ?? stated;
	const effective = new Map<E, IsoDate | null>();
	for (const e of events) {
		if (e.event !== 'extension_granted') continue;
		effective.set(e, e.known_from ?? latestDay(previous));
		previous = e.deadline ?? previous;
	}
	const from = (e: E) => (e.event === 'extension_granted' ? (effective.get(e) ?? null) : e.known_from);
	const known = events
		.map((e, i) => ({ e, i, d: from(e) }))
		.filter((x) => x.e.event !== 'obligation' && x.e.event !== 'status' && x.d !== null && x.d <= day)
		.sort((a, b) => (a.d! < b.d! ? -1 : a.d! > b.d! ? 1 : a.i - b.i));

	const out: ObligationOnDay<E> = { ...empty, original_deadline: original, deadline: original ?? stated };
	for (const { e } of known) {
		if (e.event === 'extension_granted') {
			out.deadline = e.deadline;
			out.extensions.push(e);
			out.pending_request = null;
		} else if (e.event === 'extension_requested') out.pending_request = e;
		else if (e.event === 'completion') {
			out.completed = e;
			out.pending_request = null;
		} else if (e.event === 'obligation_reopened') {
			out.completed = null;
			out.deadline = null;
			out.reopened = true;
		}
	}
	out.status = statusOf(out, day);
	return out;
}

function statusOf(
	o: Pick<ObligationOnDay, 'completed' | 'deadline' | 'pending_request'>,
	day: IsoDate
): ObligationStatus {
	if (o.completed) return 'completed';
	const last = latestDay(o.deadline);
	if (last === null || day <= last) return o.pending_request && last === null ? 'extension_requested' : 'in_progress';
	return o.pending_request ? 'extension_requested' : 'past_deadline';
}

/** Why a row of the record cannot be right; ingest names the file, line, column and value. */
export type EventFault =
	| { column: 'deadline'; fault: 'beforeEntryIntoForce' }
	| { column: 'deadline'; fault: 'shortens'; previous: string }
	| { column: 'completed'; fault: 'beforeAdoption' };

/**
 * The rows of one State's record for one article that contradict the Convention: a deadline
 * before its entry into force, an extension to a day earlier than the deadline it replaces, a
 * completion before the Convention was adopted. Indexes are positions in `events`.
 */
export function eventFaults(
	article: ImplArticle,
	events: readonly EventFacts[],
	entryIntoForce: IsoDate | null
): { index: number; fault: EventFault }[] {
	const faults: { index: number; fault: EventFault }[] = [];
	let previous: string | null = originalDeadline(article, entryIntoForce);
	events.forEach((e, index) => {
		const first = earliestDay(e.deadline);
		if (first !== null && entryIntoForce !== null && first < entryIntoForce)
			faults.push({ index, fault: { column: 'deadline', fault: 'beforeEntryIntoForce' } });
		else if (e.event === 'extension_granted' && e.deadline) {
			const prevFirst = earliestDay(previous);
			if (previous !== null && prevFirst !== null && (latestDay(e.deadline) ?? '') < prevFirst)
				faults.push({ index, fault: { column: 'deadline', fault: 'shortens', previous } });
			previous = e.deadline;
		}
		const done = latestDay(e.completed);
		if (done !== null && done < CCM_ADOPTED)
			faults.push({ index, fault: { column: 'completed', fault: 'beforeAdoption' } });
	});
	return faults;
}
