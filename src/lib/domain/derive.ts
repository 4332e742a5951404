/**
 * From the depositary's records of one treaty to the facts the dashboard stores: entry into
 * force and initial report due per State, each State's status periods, and the Article 7 reports
 * each State owes. Ingest calls this, the one place these facts are derived (docs/DOMAIN.md).
 */
import {
	entryIntoForce,
	initialReportDue,
	statusOn,
	statusPeriods,
	thresholdDate,
	type StatusPeriod
} from './accession';
import { yearOf, type IsoDate } from './dates';
import { reportObligations, type Obligation, type PartyFacts } from './reporting';
import type { TreatyInfo } from './treaties';

/**
 * What derivation reads of one depositary record (a row of data/sources/accession/<treaty>.csv);
 * the schema's row has these columns and more, which are carried through unchanged.
 */
export interface DepositaryRecord {
	treaty: string;
	iso3: string;
	signature_date: IsoDate | null;
	deposit_date: IsoDate | null;
	withdrawal_notified: IsoDate | null;
	withdrawal_effective: IsoDate | null;
	withdrawal_pending: boolean;
}

export type DerivedAccession<R extends DepositaryRecord = DepositaryRecord> = R & {
	entry_into_force: IsoDate | null;
	initial_report_due: IsoDate | null;
};

export interface DerivedPeriod {
	treaty: string;
	iso3: string;
	status: StatusPeriod['status'];
	in_force: boolean;
	start_date: IsoDate;
	end_date: IsoDate | null;
}

export function deriveAccession<R extends DepositaryRecord>(rows: readonly R[], treaty: TreatyInfo) {
	const mine = rows.filter((r) => r.treaty === treaty.id);
	const rule = treaty.entryIntoForce;
	const threshold = rule
		? thresholdDate(
				mine.map((r) => r.deposit_date),
				rule
			)
		: null;
	const records: DerivedAccession<R>[] = [];
	const periods: DerivedPeriod[] = [];
	for (const r of mine) {
		const eif = rule ? entryIntoForce(r.deposit_date, threshold, rule) : null;
		records.push({
			...r,
			entry_into_force: eif,
			// The 180-day report is the CCM's Article 7; other treaties' reporting is not modelled.
			initial_report_due: treaty.id === 'ccm' ? initialReportDue(eif) : null
		});
		const facts = {
			iso3: r.iso3,
			signatureDate: r.signature_date,
			depositDate: r.deposit_date,
			withdrawalNotified: r.withdrawal_notified,
			withdrawalEffective: r.withdrawal_effective,
			withdrawalPending: r.withdrawal_pending
		};
		for (const p of statusPeriods(facts, eif))
			periods.push({
				treaty: treaty.id,
				iso3: p.iso3,
				status: p.status,
				in_force: p.inForce,
				start_date: p.start,
				end_date: p.end
			});
	}
	return { threshold, records, periods };
}

/**
 * The Article 7 reports owed under one treaty's derived facts, up to the annual report covering
 * the year of `dataAsOf` (its due date may lie ahead: the pages show it as not yet due).
 */
export function deriveObligations(
	records: readonly Pick<DerivedAccession, 'iso3' | 'initial_report_due'>[],
	periods: readonly DerivedPeriod[],
	dataAsOf: IsoDate
): Obligation[] {
	const periodsOf = new Map<string, StatusPeriod[]>();
	for (const p of periods) {
		const list = periodsOf.get(p.iso3) ?? [];
		list.push({ iso3: p.iso3, status: p.status, inForce: p.in_force, start: p.start_date, end: p.end_date });
		periodsOf.set(p.iso3, list);
	}
	const parties: PartyFacts[] = records.map((a) => ({
		iso3: a.iso3,
		initialReportDue: a.initial_report_due,
		isPartyOn: (day) => statusOn(periodsOf.get(a.iso3) ?? [], day).status === 'party'
	}));
	return reportObligations(parties, yearOf(dataAsOf));
}
