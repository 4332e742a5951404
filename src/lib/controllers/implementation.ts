/**
 * Headless controller of the implementation records (Articles 3, 4, 9 and the meetings), for
 * /implementation, the State profiles and the obligations, deadlines and meetings metrics. One
 * load (`loadImplementation`), then pure functions of a day: the statuses are the domain's
 * (`obligationOn`, src/lib/domain/implementation.ts), never recomputed here.
 */
import type { Connector } from '../db/connector';
import { addDays, type IsoDate } from '../domain/dates';
import {
	IMPL_ARTICLES,
	latestDay,
	obligationOn,
	OBLIGATION_STATUSES,
	type ImplArticle,
	type NationalStatus,
	type ObligationOnDay,
	type ObligationStatus
} from '../domain/implementation';
import { parsePartialDate } from '../domain/partial-date';
import { ccmParties, implEvents, meetingsQuery, nationalQuery, retentionQuery } from '../queries/implementation';
import { runQuery } from '../queries/query';

export async function loadImplementation(db: Connector) {
	return {
		events: await runQuery(db, implEvents, undefined),
		parties: await runQuery(db, ccmParties, undefined),
		meetings: await runQuery(db, meetingsQuery, undefined),
		retention: await runQuery(db, retentionQuery, undefined),
		national: await runQuery(db, nationalQuery, undefined)
	};
}

export type ImplementationData = Awaited<ReturnType<typeof loadImplementation>>;
export type ImplEventRow = ImplementationData['events'][number];
export type PartyRow = ImplementationData['parties'][number];

/** A State counts as a party from its deposit day to the day a withdrawal takes effect (status_periods). */
export function isPartyOn(p: PartyRow, day: IsoDate): boolean {
	return (p.party_periods ?? '').split(' ').some((span) => {
		const [start, end] = span.split('/');
		return !!start && start <= day && (!end || day < end);
	});
}

export interface ExtensionOut {
	/** The meeting that granted it (2RC: a conference in parts), null when the record names none. */
	granted_at: string | null;
	/** True when no source read states the meeting: it is inferred. */
	granted_at_inferred: boolean;
	new_deadline: string | null;
	source: string;
}

export interface RequestOut {
	meeting: string | null;
	requested_deadline: string | null;
	source: string;
}

/** One article of one State on a day: the metric's `article3` / `article4` object. */
/** One recorded event of an obligation on which the sources disagree, with what the other source says. */
export interface DisagreementItem {
	event: ImplEventRow['event'];
	/** The deadline or completion this row records (with its precision), or null for a status. */
	value: string | null;
	source: string;
	/** The row's note, which quotes the other source (English, as compiled). */
	note: string | null;
}

/**
 * The rows of one obligation on which the sources disagree: a row whose note records a conflict,
 * or each completion when two are recorded. Both stay in the record.
 */
/** The rows of the record known on a day: a row known from a later day is not yet in it. */
const knownOn = (events: readonly ImplEventRow[], day: IsoDate) =>
	events.filter((e) => e.known_from === null || e.known_from <= day);

function disagreementItems(events: readonly ImplEventRow[]): DisagreementItem[] {
	const completions = events.filter((e) => e.event === 'completion').length;
	return events
		.filter((e) => /CONFLICT/.test(e.note ?? '') || (completions > 1 && e.event === 'completion'))
		.map((e) => ({
			event: e.event,
			value: e.event === 'completion' ? e.completed : e.deadline,
			source: e.source,
			note: e.note
		}));
}

export interface ArticleOut {
	applies: boolean | null;
	original_deadline: IsoDate | null;
	deadline: string | null;
	extensions: ExtensionOut[];
	pending_request: RequestOut | null;
	/** At its recorded precision ("2023-06"); null when not completed on the day. */
	completed: string | null;
	status: ObligationStatus | null;
	sources: string[];
	/** The rows on which the sources disagree (empty when they agree), each with the other source's words. */
	disagreements: DisagreementItem[];
}

export interface Article9Out {
	status: NationalStatus;
	year: number | null;
	source: string;
}

export interface StateObligations {
	iso3: string;
	name: string;
	entry_into_force: IsoDate | null;
	article3: ArticleOut;
	article4: ArticleOut;
	article9: Article9Out | null;
}

const extensionOut = (e: ImplEventRow): ExtensionOut => ({
	granted_at: e.meeting,
	granted_at_inferred: e.meeting_inferred,
	new_deadline: e.deadline,
	source: e.source
});

const requestOut = (e: ImplEventRow | null): RequestOut | null =>
	e && { meeting: e.meeting, requested_deadline: e.deadline, source: e.source };

function eventsOf(data: ImplementationData, iso3: string, article: ImplArticle) {
	return data.events.filter((e) => e.iso3 === iso3 && e.article === article);
}

/** The obligation under one article on a day, with the rows it rests on. */
export function obligationOf(
	data: ImplementationData,
	iso3: string,
	article: ImplArticle,
	day: IsoDate
): ObligationOnDay<ImplEventRow> & { events: ImplEventRow[] } {
	const events = eventsOf(data, iso3, article);
	const eif = data.parties.find((p) => p.iso3 === iso3)?.entry_into_force ?? null;
	return { ...obligationOn(article, events, eif, day), events };
}

function articleOut(o: ReturnType<typeof obligationOf>, day: IsoDate): ArticleOut {
	// The rows known on the day (the obligation itself always is), each source once.
	const known = knownOn(o.events, day);
	return {
		applies: o.applies,
		original_deadline: o.original_deadline,
		deadline: o.deadline,
		extensions: o.extensions.map(extensionOut),
		pending_request: requestOut(o.pending_request),
		completed: o.completed?.completed ?? null,
		status: o.status,
		sources: [...new Set(known.map((e) => e.source))],
		disagreements: disagreementItems(known)
	};
}

/** Article 9 on a day: the latest status whose year has ended (a year counts once it is over). */
export function article9Of(data: ImplementationData, iso3: string, day: IsoDate): Article9Out | null {
	const rows = data.national.filter((n) => n.iso3 === iso3 && n.year !== null && `${n.year + 1}-01-01` <= day);
	const last = rows.sort((a, b) => a.year! - b.year! || a.seq - b.seq).at(-1);
	return last ? { status: last.status, year: last.year, source: last.source } : null;
}

/** The `metric obligations` answer: one State's Articles 3, 4 and 9 on a day. */
export function stateObligations(data: ImplementationData, iso3: string, name: string, day: IsoDate): StateObligations {
	return {
		iso3,
		name,
		entry_into_force: data.parties.find((p) => p.iso3 === iso3)?.entry_into_force ?? null,
		article3: articleOut(obligationOf(data, iso3, 3, day), day),
		article4: articleOut(obligationOf(data, iso3, 4, day), day),
		article9: article9Of(data, iso3, day)
	};
}

/** One obligation on the timeline: the bar from entry into force to the deadline, its extensions, its end. */
export interface TimelineRow {
	iso3: string;
	name: string;
	article: ImplArticle;
	entry_into_force: IsoDate | null;
	original_deadline: IsoDate | null;
	deadline: string | null;
	/** The last day the deadline stands for (a month deadline runs to its end), to sort and draw by. */
	deadline_day: IsoDate | null;
	extensions: (ExtensionOut & { effective_from: IsoDate | null })[];
	pending_request: RequestOut | null;
	completed: string | null;
	completed_on_or_before: boolean;
	reopened: boolean;
	status: ObligationStatus;
	/** Sources disagree on a fact of this obligation (a row says CONFLICT, or two completions): show both rows. */
	sources_disagree: boolean;
	events: ImplEventRow[];
}

/**
 * The obligations not completed on the day (in progress, past the deadline or awaiting an extension
 * decision): what a meeting still has to follow. The overview's chart and the MSP deck's slide show
 * these; the completed ones stay on /implementation.
 */
export function openObligations<R extends { status: ObligationStatus | null }>(rows: readonly R[]): R[] {
	return rows.filter((r) => r.status !== 'completed');
}

/**
 * Every Article 3 and 4 obligation of a State that is a party on the day and whose record says it
 * applies, with its status; sorted by deadline (none last), then name.
 */
export function timelineOn(data: ImplementationData, day: IsoDate, article?: ImplArticle): TimelineRow[] {
	const rows: TimelineRow[] = [];
	for (const a of IMPL_ARTICLES) {
		if (article !== undefined && a !== article) continue;
		for (const iso3 of new Set(data.events.filter((e) => e.article === a).map((e) => e.iso3))) {
			const party = data.parties.find((p) => p.iso3 === iso3);
			if (!party || !isPartyOn(party, day)) continue;
			const o = obligationOf(data, iso3, a, day);
			if (o.status === null) continue;
			rows.push({
				iso3,
				name: party.name,
				article: a,
				entry_into_force: party.entry_into_force,
				original_deadline: o.original_deadline,
				deadline: o.deadline,
				deadline_day: latestDay(o.deadline),
				extensions: o.extensions.map((e) => ({
					...extensionOut(e),
					effective_from: e.known_from
				})),
				pending_request: requestOut(o.pending_request),
				completed: o.completed?.completed ?? null,
				completed_on_or_before: o.completed?.completed_on_or_before ?? false,
				reopened: o.reopened,
				status: o.status,
				sources_disagree: disagreementItems(knownOn(o.events, day)).length > 0,
				events: o.events
			});
		}
	}
	return rows.sort(
		(x, y) =>
			(x.deadline_day ?? '9999').localeCompare(y.deadline_day ?? '9999') ||
			x.name.localeCompare(y.name) ||
			x.article - y.article
	);
}

/**
 * The obligations of the timeline on which the sources disagree, each with the rows concerned, so
 * that a reader sees which figure rests on which source.
 */
export function disagreementsOn(data: ImplementationData, day: IsoDate, article?: ImplArticle) {
	return timelineOn(data, day, article)
		.filter((r) => r.sources_disagree)
		.map((r) => ({
			iso3: r.iso3,
			name: r.name,
			article: r.article,
			status: r.status,
			items: disagreementItems(knownOn(r.events, day))
		}));
}

export interface DeadlineRow {
	iso3: string;
	name: string;
	article: ImplArticle;
	deadline: string | null;
	status: ObligationStatus;
	pending_request: RequestOut | null;
}

/**
 * The `metric deadlines` answer: obligations not completed on the day, by deadline. `withinDays`
 * keeps those whose deadline falls on or before day + N, passed deadlines included (still open:
 * what the next meeting has before it), and a re-opened obligation without a deadline only when a
 * request is pending.
 */
export function deadlinesOn(
	data: ImplementationData,
	day: IsoDate,
	opts: { article?: ImplArticle; withinDays?: number } = {}
): DeadlineRow[] {
	const horizon = opts.withinDays === undefined ? null : addDays(day, opts.withinDays);
	return openObligations(timelineOn(data, day, opts.article))
		.filter((r) =>
			horizon === null ? true : r.deadline_day === null ? r.pending_request !== null : r.deadline_day <= horizon
		)
		.map((r) => ({
			iso3: r.iso3,
			name: r.name,
			article: r.article,
			deadline: r.deadline,
			status: r.status,
			pending_request: r.pending_request
		}));
}

export interface ArticleSummary {
	article: ImplArticle | 9;
	/** Obligations per status on the day (Articles 3 and 4). */
	counts: Record<ObligationStatus, number> | null;
	/** States Parties on the day with a row in the record for this article. */
	states_in_record: number;
	states_parties: number;
}

/** Counts per status and how much of the States Parties the record covers, per article, on a day. */
export function summaryOn(data: ImplementationData, day: IsoDate): ArticleSummary[] {
	const parties = data.parties.filter((p) => isPartyOn(p, day));
	const isParty = new Set(parties.map((p) => p.iso3));
	const timeline = timelineOn(data, day);
	const out: ArticleSummary[] = IMPL_ARTICLES.map((a) => {
		const counts = Object.fromEntries(OBLIGATION_STATUSES.map((s) => [s, 0])) as Record<ObligationStatus, number>;
		for (const r of timeline) if (r.article === a) counts[r.status]++;
		const inRecord = new Set(data.events.filter((e) => e.article === a && isParty.has(e.iso3)).map((e) => e.iso3));
		return { article: a, counts, states_in_record: inRecord.size, states_parties: parties.length };
	});
	const art9 = new Set(parties.filter((p) => article9Of(data, p.iso3, day) !== null).map((p) => p.iso3));
	out.push({ article: 9, counts: null, states_in_record: art9.size, states_parties: parties.length });
	return out;
}

/** Completions per year and article as known on the day; undated or on-or-before ones apart. */
export function completionsPerYear(data: ImplementationData, day: IsoDate) {
	const out = new Map<string, { article: ImplArticle; year: number | null; completions: number }>();
	for (const r of timelineOn(data, day)) {
		if (r.status !== 'completed') continue;
		const p = r.completed && !r.completed_on_or_before ? parsePartialDate(r.completed) : null;
		const year = p ? Number(p.earliest.slice(0, 4)) : null;
		const key = `${r.article}/${year}`;
		const e = out.get(key) ?? { article: r.article, year, completions: 0 };
		e.completions++;
		out.set(key, e);
	}
	return [...out.values()].sort((a, b) => a.article - b.article || (a.year ?? 9999) - (b.year ?? 9999));
}

/**
 * The meetings alone, for the pages whose time axes mark them (States Parties over time, UNGA votes
 * and Article 7 per year): a small query, so those pages do not load the whole implementation record.
 */
export async function loadMeetings(db: Connector) {
	return (await runQuery(db, meetingsQuery, undefined)).map(({ meeting, start_date, end_date, city }) => ({
		meeting,
		start_date,
		end_date,
		city
	}));
}

/** The `metric meetings` answer. */
export function meetingsList(data: ImplementationData) {
	return data.meetings.map((m) => ({
		meeting: m.meeting,
		number: m.number,
		start_date: m.start_date,
		end_date: m.end_date,
		city: m.city,
		president_state: m.president_state
	}));
}

/** Retention figures (Article 3(6)) stated on or before the day, each with its date and source. */
export function retentionOn(data: ImplementationData, day: IsoDate) {
	return data.retention.filter((r) => r.as_of === null || (parsePartialDate(r.as_of)?.latest ?? '') <= day);
}

/** Article 9 on a day for every State Party with a status, and the coverage (48 of 112 on 3 February 2026). */
export function article9On(data: ImplementationData, day: IsoDate) {
	const parties = data.parties.filter((p) => isPartyOn(p, day));
	const rows = parties
		.map((p) => ({ iso3: p.iso3, name: p.name, measure: article9Of(data, p.iso3, day) }))
		.filter((r): r is { iso3: string; name: string; measure: Article9Out } => r.measure !== null);
	return { rows, coverage: { states: rows.length, states_parties: parties.length } };
}

/**
 * "Before the next meeting": the obligations open on the day whose deadline falls within a year
 * (or has passed), each with the source it rests on: the pending request's, else the latest
 * extension's, else the obligation's own.
 */
export function beforeNextMeeting(data: ImplementationData, day: IsoDate) {
	const timeline = timelineOn(data, day);
	return deadlinesOn(data, day, { withinDays: 365 }).map((d) => {
		const r = timeline.find((x) => x.iso3 === d.iso3 && x.article === d.article);
		const own = r?.events.find((e) => e.event === 'obligation') ?? r?.events[0];
		return { ...d, source: d.pending_request?.source ?? r?.extensions.at(-1)?.source ?? own?.source ?? null };
	});
}
