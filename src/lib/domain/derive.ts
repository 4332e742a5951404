/**
 * From the depositary's records of one treaty to the facts the dashboard stores: entry into
 * force and initial report due per State, and each State's status periods. Ingest calls this;
 * so would an in-browser import, so both derive the same way.
 */
import type { AccessionRow } from '../schema/accession';
import { entryIntoForce, initialReportDue, statusPeriods, thresholdDate, type StatusPeriod } from './accession';
import type { IsoDate } from './dates';
import type { TreatyInfo } from './treaties';

export interface DerivedAccession extends AccessionRow {
	entry_into_force: IsoDate | null;
	initial_report_due: IsoDate | null;
}

export interface DerivedPeriod {
	treaty: string;
	iso3: string;
	status: StatusPeriod['status'];
	in_force: boolean;
	start_date: IsoDate;
	end_date: IsoDate | null;
}

export function deriveAccession(rows: readonly AccessionRow[], treaty: TreatyInfo) {
	const mine = rows.filter((r) => r.treaty === treaty.id);
	const rule = treaty.entryIntoForce;
	const threshold = rule
		? thresholdDate(
				mine.map((r) => r.deposit_date),
				rule
			)
		: null;
	const records: DerivedAccession[] = [];
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
