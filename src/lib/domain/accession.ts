/**
 * The Convention's status rules: entry into force per State (Article 17), withdrawal (Article 20)
 * and the status of a State on a given day. This is the one place these rules live: ingest
 * derives the stored facts from it, and the SQL only looks those facts up by date.
 *
 * Boundary days (docs/DOMAIN.md, "States Parties"): a State counts as party from its deposit day,
 * as in force from its entry-into-force day, and no longer counts on the day its withdrawal takes
 * effect.
 */
import { addDays, addMonthsSameDay, firstDayOfMonthAfter, type IsoDate } from './dates';
import { isAfterDepositRule, type AfterDepositRule, type EntryIntoForceRule } from './treaties';

/** How a State became bound; the last two occur on other treaties' pages (CCW Protocol V, ...). */
export const ACTIONS = [
	'ratification',
	'accession',
	'acceptance',
	'approval',
	'succession',
	'consent_to_be_bound',
	'definitive_signature'
] as const;
export type Action = (typeof ACTIONS)[number];

/** A State's status under the Convention on a day, in the order pages list them. */
export const STATUSES = ['party', 'signatory', 'withdrawn', 'not_party'] as const;
export type Status = (typeof STATUSES)[number];

export function isStatus(s: string): s is Status {
	return (STATUSES as readonly string[]).includes(s);
}

/** What the depositary records for one State and one treaty. */
export interface AccessionFacts {
	iso3: string;
	signatureDate: IsoDate | null;
	depositDate: IsoDate | null;
	withdrawalNotified: IsoDate | null;
	/** Taken from the depositary's end note, never computed (Article 20(3) can delay it). */
	withdrawalEffective: IsoDate | null;
	/** Notified but not in effect ("subject to" an armed conflict ending): the State stays a party. */
	withdrawalPending: boolean;
}

/**
 * The day the treaty's own entry-into-force threshold was reached: the deposit date of the n-th
 * instrument in deposit order, or null while fewer than n have been deposited.
 */
export function thresholdDate(deposits: readonly (IsoDate | null)[], rule: EntryIntoForceRule): IsoDate | null {
	const sorted = deposits.filter((d): d is IsoDate => d !== null).sort();
	return sorted[rule.instruments - 1] ?? null;
}

/**
 * Entry into force for one State. Instruments deposited up to the threshold day share the
 * treaty's own entry into force; a later one takes effect on the first day of the sixth month
 * after the month of its deposit (Article 17(2)). Null when the State has not deposited or the
 * treaty is not in force yet.
 *
 * Under an after-deposit rule (ATT, CWC, CCW and its Protocols, TPNW) the same two cases hold, with
 * the treaty's own date and the last deposit day sharing it taken from the rule (the depositary's
 * page), so `threshold` is not consulted.
 */
export function entryIntoForce(
	depositDate: IsoDate | null,
	threshold: IsoDate | null,
	rule: EntryIntoForceRule
): IsoDate | null {
	if (depositDate === null) return null;
	if (isAfterDepositRule(rule)) return afterDeposit(depositDate, rule);
	if (threshold === null) return null;
	const trigger = depositDate <= threshold ? threshold : depositDate;
	return firstDayOfMonthAfter(trigger, rule.monthsAfterDeposit);
}

function afterDeposit(depositDate: IsoDate, rule: AfterDepositRule): IsoDate {
	if (depositDate <= rule.sharesTreatyDateUntil) return rule.treatyInForce;
	return 'days' in rule.later
		? addDays(depositDate, rule.later.days)
		: addMonthsSameDay(depositDate, rule.later.months);
}

/** Article 7(1): the initial transparency report is due 180 days after entry into force. */
export const INITIAL_REPORT_DAYS = 180;

export function initialReportDue(entryIntoForceDate: IsoDate | null): IsoDate | null {
	return entryIntoForceDate === null ? null : addDays(entryIntoForceDate, INITIAL_REPORT_DAYS);
}

/** A stretch of days with one status; `end` is exclusive, null means "still so". */
export interface StatusPeriod {
	iso3: string;
	status: Exclude<Status, 'not_party'>;
	inForce: boolean;
	start: IsoDate;
	end: IsoDate | null;
}

/**
 * The whole status history of one State as consecutive periods. Every "as of" question (counts,
 * map colours, lists) is answered by finding the period that contains the day, so counting and
 * colouring cannot disagree.
 */
export function statusPeriods(facts: AccessionFacts, eif: IsoDate | null): StatusPeriod[] {
	const { iso3, signatureDate, depositDate } = facts;
	const withdrawal = facts.withdrawalPending ? null : facts.withdrawalEffective;
	const periods: StatusPeriod[] = [];
	const push = (status: StatusPeriod['status'], inForce: boolean, start: IsoDate, end: IsoDate | null) => {
		if (end !== null && end <= start) return;
		periods.push({ iso3, status, inForce, start, end });
	};
	if (signatureDate !== null && (depositDate === null || signatureDate < depositDate)) {
		push('signatory', false, signatureDate, depositDate ?? withdrawal);
	}
	if (depositDate !== null) {
		const inForceFrom = eif !== null && (withdrawal === null || eif < withdrawal) ? eif : null;
		push('party', false, depositDate, inForceFrom ?? withdrawal);
		if (inForceFrom !== null) push('party', true, inForceFrom, withdrawal);
	}
	if (withdrawal !== null) push('withdrawn', false, withdrawal, null);
	return periods;
}

/** The status of one State on one day, from its periods. */
export function statusOn(periods: readonly StatusPeriod[], day: IsoDate): { status: Status; inForce: boolean } {
	const p = periods.find((x) => x.start <= day && (x.end === null || day < x.end));
	return p ? { status: p.status, inForce: p.inForce } : { status: 'not_party', inForce: false };
}
