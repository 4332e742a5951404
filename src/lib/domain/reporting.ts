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
import { addDays, daysBetween, yearOf, type IsoDate } from './dates';
import { parsePartialDate, type PartialDate } from './partial-date';

export const REPORT_TYPES = ['initial', 'annual'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];
export const DATE_KINDS = ['received', 'published', 'unknown'] as const;
export type DateKind = (typeof DATE_KINDS)[number];

/**
 * What a record of the annual record rests on (data/sources/article7/README.md):
 * - `stated`: the source names the report (and, for an annual one, the year it covers);
 * - `derived_monitor_ever_since`: the Monitor's "has provided updated annual reports since [the
 *   initial report], most recently on D": every covering year between is read as submitted, date
 *   unknown. It counts only where no stated record of the same report exists;
 * - `stated_none_as_of`: a source's statement that no annual report had been made as of `date`.
 *   Not a record of a report: up to that day it makes a due report without a record "not
 *   submitted" (as a completeness declaration does), and after it nothing.
 */
export const RECORD_BASES = ['stated', 'derived_monitor_ever_since', 'stated_none_as_of'] as const;
export type RecordBasis = (typeof RECORD_BASES)[number];
/** Bases of records that derive a report from a source's words rather than naming it. */
export const DERIVED_BASES: readonly RecordBasis[] = ['derived_monitor_ever_since'];
export const isDerivedBasis = (b: RecordBasis | null | undefined): boolean =>
	b !== null && b !== undefined && DERIVED_BASES.includes(b);
/** A statement of no report, not a record of one: never counted as a submitted report. */
export const isNoneStatement = (b: RecordBasis | null | undefined): boolean => b === 'stated_none_as_of';

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
	/** Derived from a source's words (isDerivedBasis): a stated record of the same report wins. */
	derived?: boolean;
}

/** A report is one (State, type, covering year); the initial report has no covering year of its own. */
export interface ReportRef {
	iso3: string;
	report_type: ReportType;
	covering_year: number | null;
	/** Missing or null: `stated` (the ISU's own record and every file imported in a browser). */
	basis?: RecordBasis | null;
}

/**
 * The report a record or an obligation belongs to. An annual record that names no covering year
 * belongs to no report: it is kept and shown, but it is never the record that counts and enters
 * no rate (which annual report it is cannot be told from it).
 */
export function reportKey(r: ReportRef): string | null {
	if (r.report_type === 'initial') return `${r.iso3}|initial|`;
	return r.covering_year === null ? null : `${r.iso3}|annual|${r.covering_year}`;
}

/**
 * Records grouped by the report they belong to, in the order given; records of no report, and
 * statements that no report was made, are left out.
 */
export function recordsByReport<R extends ReportRef>(records: readonly R[]): Map<string, R[]> {
	const groups = new Map<string, R[]>();
	for (const r of records) {
		const key = reportKey(r);
		if (key === null || isNoneStatement(r.basis)) continue;
		const group = groups.get(key);
		if (group) group.push(r);
		else groups.set(key, [r]);
	}
	return groups;
}

/** A record as the tables keep it (`date_kind`, the date as text, '' when the source gives none). */
export interface ReportRecordRow extends ReportRef {
	date: string;
	date_kind: DateKind;
	source: string;
}

/** The record that counts among the records of one report (countingRecord on the tables' rows). */
export function countingRow<R extends ReportRecordRow>(records: readonly R[]): R | null {
	const tagged = records.map((r) => ({
		row: r,
		date: r.date,
		dateKind: r.date_kind,
		source: r.source,
		derived: isDerivedBasis(r.basis)
	}));
	return countingRecord(tagged)?.row ?? null;
}

/** For each record, in the order given, whether it is the record that counts for its report. */
export function countingFlags(records: readonly ReportRecordRow[]): boolean[] {
	const counting = new Set<ReportRecordRow>();
	for (const group of recordsByReport(records).values()) {
		const c = countingRow(group);
		if (c) counting.add(c);
	}
	return records.map((r) => counting.has(r));
}

/**
 * Which of several records of one report counts: a stated record over a derived one (so one
 * report is never counted twice, nor on a derivation when a source names it); among those, the
 * earliest full date of receipt. Without one, the earliest record with any date; without dates,
 * the first record.
 */
export function countingRecord<R extends ReportRecord>(all: readonly R[]): R | null {
	const stated = all.filter((r) => !r.derived);
	const records = stated.length ? stated : all;
	const dated = records
		.map((r) => ({ r, d: parsePartialDate(r.date) }))
		.filter((x): x is { r: R; d: PartialDate } => x.d !== null);
	const received = dated.filter((x) => x.d.precision === 'day' && x.r.dateKind === 'received');
	const pick = (xs: typeof dated) => xs.sort((a, b) => (a.d.earliest < b.d.earliest ? -1 : 1))[0]?.r ?? null;
	return pick(received) ?? pick(dated.filter((x) => x.d.precision === 'day')) ?? pick(dated) ?? records[0] ?? null;
}

/** One report a State owes: its initial report (covering year = the year it is due) or an annual one. */
export interface Obligation {
	iso3: string;
	report_type: ReportType;
	covering_year: number;
	due: IsoDate;
}

/**
 * Every report the States owe up to the annual report covering `lastCoveringYear`: the initial
 * report of each State with a due date, then the annual reports it owes (owesAnnualReport) from
 * the year its initial report falls due.
 */
export function reportObligations(parties: readonly PartyFacts[], lastCoveringYear: number): Obligation[] {
	const out: Obligation[] = [];
	for (const p of parties) {
		if (p.initialReportDue === null) continue;
		const first = yearOf(p.initialReportDue);
		out.push({ iso3: p.iso3, report_type: 'initial', covering_year: first, due: p.initialReportDue });
		for (let y = first; y <= lastCoveringYear; y++)
			if (owesAnnualReport(p, y))
				out.push({ iso3: p.iso3, report_type: 'annual', covering_year: y, due: annualDue(y) });
	}
	return out;
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
 * The first day a record is known to exist, so that a figure as of an earlier day does not count it:
 * a full date from that day; a month or a year from the day after it ends (the report may have come
 * on its last day); a record without a date only from the day the record was compiled (`compiledOn`,
 * the data's date), since nothing says it existed earlier. Null when the date cannot be read.
 */
export function recordKnownFrom(date: string, compiledOn: IsoDate): IsoDate | null {
	if (date.trim() === '') return compiledOn;
	const d = parsePartialDate(date);
	if (!d) return null;
	return d.precision === 'day' ? d.earliest : addDays(d.latest, 1);
}

export function recordKnownOn(record: Pick<ReportRecord, 'date'>, asOf: IsoDate, compiledOn: IsoDate): boolean {
	const from = recordKnownFrom(record.date, compiledOn);
	return from !== null && from <= asOf;
}

/**
 * Whether a report is in the tables on `asOf` at all: only a State that had deposited by that day
 * owes (or will owe) reports, and an annual report exists only once the year it covers has ended.
 */
export function reportExistsOn(
	o: { report_type: ReportType; covering_year: number; deposit_date: IsoDate | null },
	asOf: IsoDate
): boolean {
	if (o.deposit_date === null || o.deposit_date > asOf) return false;
	return o.report_type === 'initial' || `${o.covering_year}-12-31` < asOf;
}

/**
 * The last day a statement of no report (`stated_none_as_of`) speaks for: the first day of its
 * date's period ("as of August 2020" holds at least from 1 August 2020), so it never says more
 * than its source. Null when the date cannot be read.
 */
export function noneStatedUpTo(date: string): IsoDate | null {
	return parsePartialDate(date)?.earliest ?? null;
}

/** A report is owed on `asOf` once its due date has passed; up to and including that day it is not yet due. */
export function isDueOn(due: IsoDate, asOf: IsoDate): boolean {
	return due < asOf;
}

/**
 * The status on `asOf` of a report due on `due`, given the record that counts (or none) and
 * whether the record for this report is declared complete on `asOf`. The caller passes only a
 * record known on `asOf` (recordKnownOn); one dated later is ignored here too.
 */
export function reportStatus(
	due: IsoDate,
	record: ReportRecord | null,
	asOf: IsoDate,
	complete: boolean,
	compiledOn: IsoDate
): StatusResult {
	const known = record !== null && recordKnownOn(record, asOf, compiledOn);
	const date = known ? parsePartialDate(record.date) : null;
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
	if (!isDueOn(due, asOf)) return { status: 'not_yet_due', daysLate: null, daysPastDue: null, submitted: null };
	return {
		status: complete ? 'not_submitted' : 'unknown',
		daysLate: null,
		daysPastDue: daysBetween(due, asOf),
		submitted: null
	};
}

/**
 * How a reader groups the initial reports on a day: overdue (due, and the record is complete or a
 * source says it was not submitted), no record (due, nothing known either way), submitted (at any
 * date), and not yet due. Overdue comes first: it is the list the Transparency Coordinator acts on.
 */
export const INITIAL_GROUPS = ['overdue', 'no_record', 'submitted', 'not_yet_due'] as const;
export type InitialGroup = (typeof INITIAL_GROUPS)[number];

export function initialGroup(status: ReportStatus): InitialGroup {
	switch (status) {
		case 'not_submitted':
			return 'overdue';
		case 'unknown':
			return 'no_record';
		case 'not_yet_due':
			return 'not_yet_due';
		default:
			return 'submitted';
	}
}
