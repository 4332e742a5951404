/**
 * Which published reporting figures of the conventions measure the same thing, and why the others
 * do not. As published they are not comparable: one counts initial reports, another annual ones;
 * one divides by States Parties, another by signatories; one is counted seven weeks after the due
 * date, another seven months (a rate rises as late reports arrive). One measure is drawn side by
 * side: the share of States Parties that had made the annual report covering a calendar year,
 * counted on a published day, placed by how many days after that report's due date it was counted.
 * Every other figure keeps the first reason it differs, in the order of REASONS.
 */
import { daysBetween, type IsoDate } from './dates';
import { isMonthDay } from './reporting-calendar';

/** Why a figure is or is not drawn with the others, in the order they are tested. */
export const RATE_REASONS = [
	'not_reporting',
	'not_a_figure',
	'voluntary',
	'initial_reports',
	'other_report',
	'on_time',
	'not_a_share',
	'other_denominator',
	'year_unclear',
	'no_day',
	'no_due_rule',
	'comparable'
] as const;
export type RateReason = (typeof RATE_REASONS)[number];

/** A published figure as data/sources/crossconvention/reporting_rates.csv writes it. */
export interface PublishedRate {
	convention: string;
	report_type: string;
	period_covered: string | null;
	as_of: string | null;
	metric: string;
	value: string;
	value_number: number | null;
	denominator: number | null;
	unit: string;
}

export interface RateClass {
	reason: RateReason;
	/** For a comparable figure: the calendar year the reports cover, the day counted, and its lag. */
	coveringYear: number | null;
	countedOn: IsoDate | null;
	daysAfterDue: number | null;
}

/** Instruments reported to by UN Member States at large, not by the parties to a treaty. */
const VOLUNTARY: readonly string[] = ['poa_iti', 'unroca', 'milex'];

/** The share of States Parties with an annual report: the one measure the conventions' figures share. */
const SHARE_METRIC = 'annual_reporting_rate';

function reasonOf(f: PublishedRate, annualDueDay: string | null): RateReason {
	if (/legislation/.test(f.metric)) return 'not_reporting';
	if (f.value_number === null) return 'not_a_figure';
	if (VOLUNTARY.includes(f.convention)) return 'voluntary';
	if (/initial/.test(f.report_type)) return 'initial_reports';
	if (f.report_type !== 'annual') return 'other_report';
	if (/on_time/.test(f.metric)) return 'on_time';
	if (f.metric !== SHARE_METRIC) {
		if (/rate/.test(f.metric)) return 'year_unclear';
		return f.denominator === null ? 'not_a_share' : 'other_denominator';
	}
	if (!/^percent/.test(f.unit)) return 'not_a_share';
	if (!/^\d{4}$/.test(f.period_covered ?? '')) return 'year_unclear';
	if (!/^\d{4}-\d{2}-\d{2}$/.test(f.as_of ?? '')) return 'no_day';
	if (annualDueDay === null || !isMonthDay(annualDueDay)) return 'no_due_rule';
	return 'comparable';
}

/**
 * The reason a figure is or is not comparable; `annualDueDay` is the day of the year (MM-DD) the
 * convention's annual report is due by its rule, or null when the rules give none.
 */
export function classifyRate(f: PublishedRate, annualDueDay: string | null): RateClass {
	const reason = reasonOf(f, annualDueDay);
	if (reason !== 'comparable') return { reason, coveringYear: null, countedOn: null, daysAfterDue: null };
	const year = Number(f.period_covered);
	// reasonOf has checked both: a full day and a due rule.
	const countedOn = f.as_of!;
	const daysAfterDue = daysBetween(annualDueUnder(year, annualDueDay!), countedOn);
	return { reason, coveringYear: year, countedOn, daysAfterDue };
}

/** The due date of the annual report covering `year` under a fixed-day rule (the next year's MM-DD). */
export function annualDueUnder(year: number, dueDay: string): IsoDate {
	return `${year + 1}-${dueDay}`;
}
