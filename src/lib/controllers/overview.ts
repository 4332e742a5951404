/**
 * Headless controller of the overview (/): the Coordination Committee's brief. Each area's figures
 * on a day, the same figures on a reference day (by default the opening day of the last Meeting of
 * States Parties or Review Conference before it), and the dated list of what changed in between.
 * Every figure comes from the function its own page uses (the same queries and controllers), so
 * the overview, the page and `npm run metric` agree by construction; tests compare them on
 * several days.
 */
import type { Connector } from '../db/connector';
import { addDays, yearOf, type IsoDate } from '../domain/dates';
import type { OverviewArea } from '../domain/overview-areas';
import { CCM } from '../domain/treaties';
import { ENGLISH_ORDER } from '../i18n/name-order';
import { runQuery } from '../queries/query';
import { prospects as prospectsQuery } from '../queries/unga';
import { headline, statusChanges } from '../queries/universalization';
import { calendarOfStates, ccmPartiesOn, loadCalendar } from './calendar';
import { deadlinesOn, loadImplementation, openObligations, timelineOn } from './implementation';
import { loadTrustFund, trustFundYear } from './trustfund';
import { loadTransparency, statusesOn, transparencyOn } from './transparency';
import { loadTallies, tallyGrid } from './unga';
import { loadAsOf } from './universalization';

export { OVERVIEW_AREAS, type OverviewArea } from '../domain/overview-areas';

export const CHANGE_KINDS = [
	'deposit',
	'entry_into_force',
	'withdrawal',
	'vote',
	'report',
	'extension_granted',
	'completion'
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** One dated event between the reference and the as-of day. */
export interface Change {
	day: IsoDate;
	area: OverviewArea;
	kind: ChangeKind;
	iso3: string | null;
	name: string | null;
	/** What the event is about beyond its kind: the article, the report's year, the vote's tally. */
	detail: string | null;
	source: string;
}

export interface Meeting {
	meeting: string;
	start_date: string | null;
}

/**
 * The default reference: the opening day of the last meeting (Meeting of States Parties or Review
 * Conference, or one of its parts) that opened before the day; null before the first.
 */
export function lastMeetingBefore(meetings: readonly Meeting[], day: IsoDate): Meeting | null {
	return (
		meetings
			.filter((m): m is Meeting & { start_date: string } => !!m.start_date && m.start_date < day)
			.sort((a, b) => a.start_date.localeCompare(b.start_date))
			.at(-1) ?? null
	);
}

/** How far ahead the brief looks: reports due within 90 days, deadlines within 12 months. */
export const REPORTS_AHEAD_DAYS = 90;
export const DEADLINES_AHEAD_DAYS = 365;

export async function loadOverview(
	db: Connector,
	o: { asOf: IsoDate; dataAsOf: IsoDate; since?: IsoDate | null; meetings: readonly Meeting[] }
) {
	const { asOf, dataAsOf } = o;
	const meeting = o.since ? null : lastMeetingBefore(o.meetings, asOf);
	const since = o.since ?? meeting?.start_date ?? CCM.openedForSignature;
	const treaty = CCM.id;
	const zero = { states_parties: 0, in_force: 0, signatories_not_party: 0, withdrawn: 0 };
	const now = (await runQuery(db, headline, { treaty, asOf }))[0] ?? zero;
	const then = (await runQuery(db, headline, { treaty, asOf: since }))[0] ?? zero;
	const status = await runQuery(db, statusChanges, { treaty, from: since, to: asOf });

	// UNGA: the votes held by the day, the latest of each body against the year before.
	const { tallies } = await loadTallies(db, asOf);
	const whole = tallies.filter((r) => r.part === 'whole' && r.yes !== null);
	const latest = (body: 'plenary' | 'first_committee') => {
		const rows = whole.filter((r) => r.body === body).sort((a, b) => a.year - b.year);
		return { latest: rows.at(-1) ?? null, previous: rows.at(-2) ?? null };
	};
	const plenary = latest('plenary');
	// Prospects need each State's vote: the latest plenary vote counted from country votes (a
	// published tally names no one).
	const prospectsYear =
		whole
			.filter((r) => r.body === 'plenary' && r.basis === 'country_votes')
			.sort((a, b) => a.year - b.year)
			.at(-1)?.year ?? null;
	const prospects = prospectsYear ? await runQuery(db, prospectsQuery, { topic: 'ccm', year: prospectsYear }) : [];

	// Transparency: the page's statuses on the day.
	const record = await loadTransparency(db);
	const a7 = transparencyOn(record, asOf, dataAsOf, ENGLISH_ORDER);
	const received = statusesOn(record, asOf, dataAsOf).filter(
		(r) => r.record && r.record.date_kind !== 'unknown' && r.record.date > since && r.record.date <= asOf
	);
	const annual = a7.annual.at(-1) ?? null;
	const calendar = await loadCalendar(db);
	const dueSoon = calendarOfStates(
		calendar,
		ccmPartiesOn(calendar, asOf),
		addDays(asOf, 1),
		addDays(asOf, REPORTS_AHEAD_DAYS)
	);

	// Implementation: open obligations whose deadline falls within a year of the day.
	const impl = await loadImplementation(db);
	const horizon = addDays(asOf, DEADLINES_AHEAD_DAYS);
	const deadlines = deadlinesOn(impl, asOf, { withinDays: DEADLINES_AHEAD_DAYS }).filter(
		(d) => d.deadline !== null && d.deadline.slice(0, 10) > asOf && d.deadline.slice(0, 10) <= horizon
	);
	const requests = deadlinesOn(impl, asOf).filter((d) => d.pending_request !== null);

	const tf = await loadTrustFund(db);
	const facts = tf.facts.filter((f) => f.year <= Number(asOf.slice(0, 4)));
	// The latest year with figures by the day: from a ledger (ingested, or imported in this browser)
	// where it has the year, else the published facts (the /trust-fund and `metric trust-fund` rule).
	const tfYear = Math.max(
		...[...tf.trustFund.map((r) => r.year), ...facts.map((f) => f.year)].filter((y) => y <= yearOf(asOf))
	);

	const changes: Change[] = [
		...status.map((s) => ({
			day: s.day,
			area: 'universalization' as const,
			kind: s.kind,
			iso3: s.iso3,
			name: s.name,
			detail: null,
			source: 'untc'
		})),
		...tallies
			.filter((r) => r.date && r.date > since && r.date <= asOf && r.part === 'whole')
			.map((r) => ({
				day: r.date!,
				area: 'unga' as const,
				kind: 'vote' as const,
				iso3: null,
				name: null,
				detail: `${r.body}|${r.yes ?? ''}|${r.no ?? ''}|${r.abstain ?? ''}`,
				source: r.source ?? ''
			})),
		...received.map((r) => ({
			day: r.record!.date,
			area: 'transparency' as const,
			kind: 'report' as const,
			iso3: r.iso3,
			name: r.name,
			detail: `${r.report_type}|${r.covering_year}`,
			source: r.record!.source
		})),
		...impl.events
			.filter((e) => (e.event === 'extension_granted' || e.event === 'completion') && e.known_from)
			.filter((e) => e.known_from! > since && e.known_from! <= asOf)
			.map((e) => ({
				day: e.known_from!,
				area: 'implementation' as const,
				kind: e.event as 'extension_granted' | 'completion',
				iso3: e.iso3,
				name: e.name,
				detail: String(e.article),
				source: e.source
			}))
	].sort((a, b) => a.day.localeCompare(b.day) || CHANGE_KINDS.indexOf(a.kind) - CHANGE_KINDS.indexOf(b.kind));

	const tally = (r: (typeof tallies)[number] | null) =>
		r && {
			year: r.year,
			date: r.date,
			yes: r.yes,
			no: r.no,
			abstain: r.abstain,
			non_voting: r.non_voting,
			source: r.source
		};
	const change = (a: number | null | undefined, b: number | null | undefined) =>
		a == null || b == null ? null : a - b;
	const fc = latest('first_committee');
	return {
		as_of: asOf,
		since,
		reference_meeting: meeting?.meeting ?? null,
		universalization: {
			states_parties: now.states_parties,
			in_force: now.in_force,
			signatories_not_party: now.signatories_not_party,
			withdrawn: now.withdrawn,
			change: {
				states_parties: now.states_parties - then.states_parties,
				in_force: now.in_force - then.in_force,
				signatories_not_party: now.signatories_not_party - then.signatories_not_party
			}
		},
		unga: {
			plenary: tally(plenary.latest),
			plenary_yes_change: change(plenary.latest?.yes, plenary.previous?.yes),
			first_committee: tally(fc.latest),
			first_committee_yes_change: change(fc.latest?.yes, fc.previous?.yes),
			prospects_year: prospectsYear,
			prospects: prospects.map((p) => ({ iso3: p.iso3, name: p.name }))
		},
		transparency: {
			initial_overdue: a7.initial
				.filter((r) => r.group === 'overdue')
				.map((r) => ({ iso3: r.iso3, name: r.name, due: r.due })),
			annual: annual && {
				covering_year: annual.year,
				due: annual.due,
				submitted: annual.due - annual.counts.not_submitted - annual.counts.unknown,
				coverage: annual.coverage
			},
			reports_due_next_90_days: dueSoon.length,
			states_with_reports_due: new Set(dueSoon.map((r) => r.iso3)).size
		},
		implementation: {
			deadlines_next_12_months: deadlines.map((d) => ({
				iso3: d.iso3,
				name: d.name,
				article: d.article,
				deadline: d.deadline
			})),
			pending_requests: requests.map((d) => ({
				iso3: d.iso3,
				name: d.name,
				article: d.article,
				meeting: d.pending_request?.meeting ?? null
			})),
			completions_since: changes.filter((c) => c.kind === 'completion').length
		},
		trust_fund: {
			published_facts: facts.length,
			latest_year: facts[0]?.year ?? null,
			year: Number.isFinite(tfYear) ? trustFundYear(tf, tfYear) : null
		},
		changes
	};
}

export type OverviewView = Awaited<ReturnType<typeof loadOverview>>;

/** How many years the brief's small vote and report charts show: the latest and the four before. */
export const BRIEF_CHART_YEARS = 5;

/**
 * What the brief's small charts draw on the day, each from its page's own controller: every State's
 * status (the map), the plenary tallies and the annual reports of the last few years, and the
 * Article 3 and 4 obligations still open.
 */
export async function loadOverviewCharts(db: Connector, o: { asOf: IsoDate; dataAsOf: IsoDate }) {
	const { asOf, dataAsOf } = o;
	const { statuses } = await loadAsOf(db, asOf);
	const { tallies } = await loadTallies(db, asOf);
	const grid = tallies.length ? tallyGrid(tallies) : [];
	const provisionalYears = [...new Set(tallies.filter((r) => r.provisional && r.provisional_note).map((r) => r.year))];
	const a7 = transparencyOn(await loadTransparency(db), asOf, dataAsOf, ENGLISH_ORDER);
	const impl = await loadImplementation(db);
	return {
		statuses,
		tallyGrid: grid.slice(-BRIEF_CHART_YEARS),
		provisionalYears,
		annual: a7.annual.slice(-BRIEF_CHART_YEARS),
		obligations: openObligations(timelineOn(impl, asOf))
	};
}

export type OverviewCharts = Awaited<ReturnType<typeof loadOverviewCharts>>;
