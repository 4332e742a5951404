/**
 * Headless controller of the reporting calendar: one load (the rules and every State's accession
 * records), then pure functions of a State and a period, computed by the domain's rules
 * (src/lib/domain/reporting-calendar.ts). Used by `npm run metric -- calendar`, the iCalendar
 * files and the pages.
 */
import type { Connector } from '../db/connector';
import { addDays, addMonthsSameDay, type IsoDate } from '../domain/dates';
import { partyPeriodsFrom, reportsDue, type DueReport } from '../domain/reporting-calendar';
import { calendarAccession, reportingRules } from '../queries/calendar';
import { runQuery } from '../queries/query';

export async function loadCalendar(db: Connector) {
	return {
		rules: await runQuery(db, reportingRules, undefined),
		accession: await runQuery(db, calendarAccession, undefined)
	};
}

export type CalendarData = Awaited<ReturnType<typeof loadCalendar>>;

/** The default period: the twelve months from the data's date (the last day included). */
export function defaultPeriod(dataAsOf: IsoDate): { from: IsoDate; to: IsoDate } {
	return { from: dataAsOf, to: addDays(addMonthsSameDay(dataAsOf, 12), -1) };
}

/** The `metric calendar` row: one report due. */
export interface CalendarRow {
	treaty: DueReport['treaty'];
	report: DueReport['report'];
	/** The report as the rule's source names it ("annual report (Art. 13(3))"). */
	report_as_written: string;
	covering: string | null;
	due: IsoDate;
	binding: DueReport['binding'];
	conditional: boolean;
	basis: string;
	source: string;
}

/** Every report one State owes from `from` to `to` under the conventions it is party to on each due day. */
export function calendarOf(data: CalendarData, iso3: string, from: IsoDate, to: IsoDate): CalendarRow[] {
	const periods = partyPeriodsFrom(data.accession.filter((a) => a.iso3 === iso3));
	return reportsDue(periods, data.rules, from, to).map((r) => ({
		treaty: r.treaty,
		report: r.report,
		report_as_written: r.report_as_written,
		covering: r.covering,
		due: r.due,
		binding: r.binding,
		conditional: r.conditional,
		basis: r.basis,
		source: r.source
	}));
}

/** The months a period touches ("2026-02" ...), in order. */
export function monthsOf(from: IsoDate, to: IsoDate): string[] {
	const out: string[] = [];
	for (let m = from.slice(0, 7); m <= to.slice(0, 7); m = addMonthsSameDay(`${m}-01`, 1).slice(0, 7)) out.push(m);
	return out;
}

/** The reports of several States, each row naming its State, by due day then State. */
export function calendarOfStates(data: CalendarData, iso3s: readonly string[], from: IsoDate, to: IsoDate) {
	return iso3s
		.flatMap((iso3) => calendarOf(data, iso3, from, to).map((r) => ({ iso3, ...r })))
		.sort((a, b) => a.due.localeCompare(b.due) || a.iso3.localeCompare(b.iso3));
}

/** The States whose CCM party period covers the day (deposit rule, as the calendar counts a party). */
export function ccmPartiesOn(data: CalendarData, day: IsoDate): string[] {
	return [
		...new Set(
			data.accession
				.filter((a) => a.treaty === 'ccm' && a.deposit_date <= day)
				.filter((a) => a.withdrawal_pending || !a.withdrawal_effective || day < a.withdrawal_effective)
				.map((a) => a.iso3)
		)
	];
}

/** Three reports or more within six weeks: the cluster a national official reporting to several conventions faces. */
export const CLUSTER = { reports: 3, days: 42 } as const;

/**
 * For the Transparency Coordinator, per month of the period: how many States Parties of the CCM
 * (on the period's first day) owe a report under some convention that month, and how many face a
 * cluster, three reports or more within the six weeks from a day of that month. Conditional
 * obligations are left out: they are not asserted of any State.
 */
export function communityByMonth(data: CalendarData, from: IsoDate, to: IsoDate) {
	const months = monthsOf(from, to).map((month) => ({ month, owing: 0, clustered: 0 }));
	// The six weeks from the period's last days reach past it: those reports count too.
	const reach = addDays(to, CLUSTER.days - 1);
	for (const iso3 of ccmPartiesOn(data, from)) {
		const reports = calendarOf(data, iso3, from, reach).filter((r) => !r.conditional);
		for (const m of months) {
			const inMonth = reports.filter((r) => r.due.startsWith(m.month) && r.due <= to);
			if (inMonth.length) m.owing++;
			const clustered = inMonth.some(
				(r) =>
					reports.filter((o) => o.due >= r.due && o.due <= addDays(r.due, CLUSTER.days - 1)).length >= CLUSTER.reports
			);
			if (clustered) m.clustered++;
		}
	}
	return months;
}

/**
 * Reports due in each month of the period, by convention, for the month chart and its table; a
 * month with CLUSTER.reports or more is marked (the April cluster a national official faces).
 */
export function monthCounts(rows: readonly Pick<CalendarRow, 'treaty' | 'due'>[], months: readonly string[]) {
	return months.map((month) => {
		const due = rows.filter((r) => r.due.startsWith(month));
		const byTreaty = new Map<CalendarRow['treaty'], number>();
		for (const r of due) byTreaty.set(r.treaty, (byTreaty.get(r.treaty) ?? 0) + 1);
		return { month, total: due.length, byTreaty, marked: due.length >= CLUSTER.reports };
	});
}
