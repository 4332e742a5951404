/**
 * The reporting obligations of the disarmament conventions side by side (issue 23): how each
 * report falls due (data/sources/crossconvention/reporting_rules.csv) and, for one State, every
 * report due in a stretch of days under the treaties it is party to on the due day.
 *
 * Rules of the calendar (docs/DOMAIN.md, "Reporting calendar"):
 * - a report is listed only when the State is party on its due day (from the deposit day, not on
 *   or after the day a withdrawal takes effect: the same boundary as `statusPeriods`);
 * - a report due relative to entry into force (an initial report) is due once per party period,
 *   counted from that period's entry into force; none is listed where entry into force is unknown;
 * - a report due on a fixed day, or a number of days after the end of a year, covers the previous
 *   calendar year (where the rule says so) and is owed for covering year Y when the State's first
 *   report was due, or (without an initial report) it was bound, on or before 31 December of Y:
 *   the CCM's `owesAnnualReport` definition, extended to the other conventions;
 * - rules that give no computable day (`computable` false) are context, never listed; rules that
 *   bind only some States (`conditional`) are listed marked so, never asserted.
 */
import { addDays, addMonthsSameDay, isIsoDate, type IsoDate } from './dates';
import type { Treaty } from './treaties';

/**
 * Every convention or instrument of the rules file. Those the dashboard holds membership for use
 * the project's treaty ids; the others (no UN-depositary membership in the data, or not a treaty)
 * have their own and are never computed for a State.
 */
export const CONVENTIONS = [
	'ccm',
	'ottawa',
	'att',
	'ccw',
	'ccw_apii',
	'ccw_p5',
	'bwc',
	'cwc',
	'tpnw',
	'poa_iti',
	'unroca',
	'milex'
] as const;
export type Convention = (typeof CONVENTIONS)[number];

/** The conventions whose membership is in data/sources/accession. */
export const CALENDAR_TREATIES = ['ccm', 'ottawa', 'att', 'ccw', 'ccw_p5', 'cwc', 'tpnw'] as const satisfies readonly (
	Convention | Treaty
)[];
export type CalendarTreaty = (typeof CALENDAR_TREATIES)[number];

export function isCalendarTreaty(c: string): c is CalendarTreaty {
	return (CALENDAR_TREATIES as readonly string[]).includes(c);
}

export const REPORT_KINDS = [
	'initial',
	'annual',
	'declaration',
	'progress',
	'implementing_measures',
	'national'
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/**
 * What a due day is counted from: a fixed day of each year (`due_day` MM-DD), the State's entry
 * into force, the end of the calendar year covered, or nothing computable.
 */
export const DUE_FROM = ['fixed_day', 'entry_into_force', 'year_end', 'none'] as const;
export type DueFrom = (typeof DUE_FROM)[number];

export const DUE_UNITS = ['days', 'months', 'years'] as const;
export type DueUnit = (typeof DUE_UNITS)[number];

/**
 * Whether the report binds: `yes` (a treaty obligation), `politically` (agreed at a conference,
 * said so by the source), `by_decision` (set by a decision of the States Parties' conference, the
 * source saying no more), `no` (voluntary).
 */
export const BINDING = ['yes', 'politically', 'by_decision', 'no'] as const;
export type Binding = (typeof BINDING)[number];

/** The period a report covers: the previous calendar year, the situation at entry into force, or not stated. */
export const COVERS = ['previous_year', 'at_entry_into_force', 'not_stated'] as const;
export type Covers = (typeof COVERS)[number];

/** A rule as the typed file gives it (the columns the calendar reads). */
export interface ReportingRule {
	convention: Convention;
	report: ReportKind;
	report_as_written: string;
	due_from: DueFrom;
	/** MM-DD for `fixed_day`, else null. */
	due_day: string | null;
	due_offset: number | null;
	due_unit: DueUnit | null;
	covers: Covers;
	binding: Binding;
	computable: boolean;
	conditional: boolean;
	legal_basis: string;
	source: string;
}

/** True for MM-DD naming a day that every year has (02-29 is refused: it is not due every year). */
export function isMonthDay(v: string): boolean {
	return /^\d{2}-\d{2}$/.test(v) && isIsoDate(`2023-${v}`);
}

/** `date` moved by a rule's offset: days, calendar months to the same day (or the month's last), years likewise. */
export function addOffset(date: IsoDate, offset: number, unit: DueUnit): IsoDate {
	if (unit === 'days') return addDays(date, offset);
	return addMonthsSameDay(date, unit === 'months' ? offset : offset * 12);
}

/** One party period of a State under one treaty; `withdrawal` is the day the withdrawal takes effect. */
export interface PartyPeriod {
	treaty: CalendarTreaty;
	deposit: IsoDate;
	/** Computed by the treaty's rule (accession.ts); null where it is not known. */
	entryIntoForce: IsoDate | null;
	withdrawal: IsoDate | null;
}

export interface DueReport {
	treaty: CalendarTreaty;
	report: ReportKind;
	report_as_written: string;
	/** The calendar year covered ("2026"), the entry-into-force day for a report on the situation then, or null. */
	covering: string | null;
	due: IsoDate;
	binding: Binding;
	conditional: boolean;
	basis: string;
	source: string;
}

export function isPartyOn(p: PartyPeriod, day: IsoDate): boolean {
	return p.deposit <= day && (p.withdrawal === null || day < p.withdrawal);
}

const yearOf = (d: IsoDate) => Number(d.slice(0, 4));

/**
 * The reports due from `from` to `to` (both included) for one State, sorted by due day, then
 * treaty and report. `periods` are the State's party periods, any treaties; `rules` the typed
 * rules (context rows and conventions without membership data are skipped).
 */
export function reportsDue(
	periods: readonly PartyPeriod[],
	rules: readonly ReportingRule[],
	from: IsoDate,
	to: IsoDate
): DueReport[] {
	const out: DueReport[] = [];
	for (const rule of rules) {
		if (!rule.computable || !isCalendarTreaty(rule.convention)) continue;
		const mine = periods.filter((p) => p.treaty === rule.convention);
		if (mine.length === 0) continue;
		const partyOn = (day: IsoDate) => mine.find((p) => isPartyOn(p, day));
		const base = {
			treaty: rule.convention,
			report: rule.report,
			report_as_written: rule.report_as_written,
			binding: rule.binding,
			conditional: rule.conditional,
			basis: rule.legal_basis,
			source: rule.source
		};
		if (rule.due_from === 'entry_into_force') {
			for (const p of mine) {
				if (p.entryIntoForce === null || rule.due_offset === null || rule.due_unit === null) continue;
				const due = addOffset(p.entryIntoForce, rule.due_offset, rule.due_unit);
				if (due < from || due > to || !isPartyOn(p, due)) continue;
				out.push({ ...base, covering: rule.covers === 'at_entry_into_force' ? p.entryIntoForce : null, due });
			}
			continue;
		}
		// Yearly rules: the report covering year Y falls due in Y+1 (fixed day) or after Y ends.
		const firstDue = initialDueFor(rules, rule.convention);
		for (let y = yearOf(from) - 2; y <= yearOf(to) + 1; y++) {
			const due = yearlyDue(rule, y);
			if (due === null || due < from || due > to) continue;
			const p = partyOn(due);
			if (!p) continue;
			// Owed for year Y once the first report (or, without one, entry into force) fell in or before Y.
			const start = firstDue
				? p.entryIntoForce && addOffset(p.entryIntoForce, firstDue.n, firstDue.unit)
				: p.entryIntoForce;
			if (!start || start > `${y}-12-31`) continue;
			out.push({ ...base, covering: rule.covers === 'previous_year' ? String(y) : null, due });
		}
	}
	return out.sort(
		(a, b) =>
			a.due.localeCompare(b.due) ||
			CALENDAR_TREATIES.indexOf(a.treaty) - CALENDAR_TREATIES.indexOf(b.treaty) ||
			REPORT_KINDS.indexOf(a.report) - REPORT_KINDS.indexOf(b.report)
	);
}

/** The due day of the yearly report covering year `y`, or null for a rule that is not yearly. */
function yearlyDue(rule: ReportingRule, y: number): IsoDate | null {
	if (rule.due_from === 'fixed_day' && rule.due_day !== null) return `${y + 1}-${rule.due_day}`;
	if (rule.due_from === 'year_end' && rule.due_offset !== null && rule.due_unit !== null)
		return addOffset(`${y}-12-31`, rule.due_offset, rule.due_unit);
	return null;
}

/** The convention's report due from entry into force (its initial report), as an offset, if it has one. */
function initialDueFor(rules: readonly ReportingRule[], convention: Convention) {
	const r = rules.find(
		(x) =>
			x.convention === convention &&
			x.computable &&
			x.report === 'initial' &&
			x.due_from === 'entry_into_force' &&
			!x.conditional
	);
	return r && r.due_offset !== null && r.due_unit !== null ? { n: r.due_offset, unit: r.due_unit } : null;
}

/**
 * How many reports are due in the `days` days from `start` (included), as a helper for "how many
 * does a State owe within six weeks" (42 days, the window).
 */
export function dueInWindow(reports: readonly Pick<DueReport, 'due'>[], start: IsoDate, days = 42): number {
	const end = addDays(start, days - 1);
	return reports.filter((r) => r.due >= start && r.due <= end).length;
}

/** The largest number of reports due within any window of `days` days (the cluster a ministry faces). */
export function busiestWindow(
	reports: readonly Pick<DueReport, 'due'>[],
	days = 42
): { start: IsoDate; count: number } | null {
	let best: { start: IsoDate; count: number } | null = null;
	for (const r of reports) {
		const count = dueInWindow(reports, r.due, days);
		if (best === null || count > best.count) best = { start: r.due, count };
	}
	return best;
}

/** What the calendar reads of one derived accession record (`deriveAccession`'s rows). */
export interface AccessionForCalendar {
	treaty: string;
	deposit_date: IsoDate | null;
	entry_into_force: IsoDate | null;
	withdrawal_effective: IsoDate | null;
	withdrawal_pending: boolean;
}

/**
 * A State's party periods from its derived accession records: one per treaty of the calendar with
 * a deposit. A pending withdrawal ("subject to" a condition) leaves the State a party, as in
 * `statusPeriods`.
 */
export function partyPeriodsFrom(records: readonly AccessionForCalendar[]): PartyPeriod[] {
	return records.flatMap((r) =>
		isCalendarTreaty(r.treaty) && r.deposit_date !== null
			? [
					{
						treaty: r.treaty,
						deposit: r.deposit_date,
						entryIntoForce: r.entry_into_force,
						withdrawal: r.withdrawal_pending ? null : r.withdrawal_effective
					}
				]
			: []
	);
}
