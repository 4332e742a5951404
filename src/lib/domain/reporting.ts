/**
 * Article 7 transparency reporting: who owes which report, and the status of each report on a
 * day. A missing record is not a missing report: only where the record is declared complete does
 * "no record" become "not submitted"; elsewhere it is "unknown".
 *
 * - Initial report: due 180 days after entry into force for the State (accession.ts).
 * - Annual report covering calendar year Y: due 30 April of Y+1 from every State Party whose
 *   initial report was due on or before 31 December of Y and which is still a State Party on
 *   30 April of Y+1 (the definition the page states next to the rate).
 */
import { daysBetween, type IsoDate } from './dates';
import { parsePartialDate, type PartialDate } from './partial-date';

export const REPORT_TYPES = ['initial', 'annual'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];
export const DATE_KINDS = ['received', 'published', 'unknown'] as const;
export type DateKind = (typeof DATE_KINDS)[number];

export const REPORT_STATUSES = [
	'not_yet_due',
	'on_time',
	'late',
	'submitted_date_unknown',
	'not_submitted',
	'unknown'
] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export function annualDue(coveringYear: number): IsoDate {
	return `${coveringYear + 1}-04-30`;
}

export interface PartyFacts {
	iso3: string;
	initialReportDue: IsoDate | null;
	/** Whether the State is a State Party on a day (deposit rule, withdrawals in effect excluded). */
	isPartyOn: (day: IsoDate) => boolean;
}

/** The annual reports covering `year` and who owes them. */
export function owesAnnualReport(p: PartyFacts, coveringYear: number): boolean {
	return (
		p.initialReportDue !== null && p.initialReportDue <= `${coveringYear}-12-31` && p.isPartyOn(annualDue(coveringYear))
	);
}

export interface ReportRecord {
	date: string;
	dateKind: DateKind;
	source: string;
}

/**
 * Which of several records of one report counts: the earliest full date of receipt. Without
 * one, the earliest record with any date; without dates, the first record.
 */
export function countingRecord<R extends ReportRecord>(records: readonly R[]): R | null {
	const dated = records
		.map((r) => ({ r, d: parsePartialDate(r.date) }))
		.filter((x): x is { r: R; d: PartialDate } => x.d !== null);
	const received = dated.filter((x) => x.d.precision === 'day' && x.r.dateKind === 'received');
	const pick = (xs: typeof dated) => xs.sort((a, b) => (a.d.earliest < b.d.earliest ? -1 : 1))[0]?.r ?? null;
	return pick(received) ?? pick(dated.filter((x) => x.d.precision === 'day')) ?? pick(dated) ?? records[0] ?? null;
}

export interface StatusResult {
	status: ReportStatus;
	/** Days after the due date; null when not late or when the date's precision cannot decide. */
	daysLate: number | null;
	/** For a report due and not known submitted: days past due on the as-of day. */
	daysPastDue: number | null;
	submitted: string | null;
}

/**
 * The status on `asOf` of a report due on `due`, given the record that counts (or none) and
 * whether the record for this report is declared complete on `asOf`.
 */
export function reportStatus(
	due: IsoDate,
	record: ReportRecord | null,
	asOf: IsoDate,
	complete: boolean
): StatusResult {
	const date = record ? parsePartialDate(record.date) : null;
	// A record dated after the as-of day did not exist yet on that day.
	const known = record !== null && (date === null || date.earliest <= asOf);
	if (known && date) {
		if (date.latest <= due) return { status: 'on_time', daysLate: null, daysPastDue: null, submitted: date.text };
		if (date.earliest > due)
			return {
				status: 'late',
				daysLate: date.precision === 'day' ? daysBetween(due, date.earliest) : null,
				daysPastDue: null,
				submitted: date.text
			};
		return { status: 'submitted_date_unknown', daysLate: null, daysPastDue: null, submitted: date.text };
	}
	if (known) return { status: 'submitted_date_unknown', daysLate: null, daysPastDue: null, submitted: null };
	if (asOf <= due) return { status: 'not_yet_due', daysLate: null, daysPastDue: null, submitted: null };
	return {
		status: complete ? 'not_submitted' : 'unknown',
		daysLate: null,
		daysPastDue: daysBetween(due, asOf),
		submitted: null
	};
}
