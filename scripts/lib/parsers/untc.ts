/**
 * UN Treaty Collection status pages -> canonical accession records (one row per State), and the
 * check of those records against the counts in the page header. The header check is what tells
 * us a parse is right: a lost row or a misread bracket changes a count the depositary published.
 */
import { TREATIES, type Treaty } from '../../../src/lib/domain/treaties';
import type { Resolver } from '../../../src/lib/reference/resolver';
import { describeResolutionError } from '../../../src/lib/reference/resolver';
import type { UntcAction, UntcPage } from './untc-page';

export { parseUntcPage, UntcParseError } from './untc-page';
export type { UntcAction, UntcColumn, UntcPage, UntcRow, UntcSignatureKind } from './untc-page';
export { parseWithdrawal, type UntcWithdrawal } from './untc-withdrawal';

/** The nine saved pages, one per treaty the dashboard knows; the id is also the file's base name. */
export const UNTC_TREATIES = TREATIES;
export type UntcTreaty = Treaty;

export function isUntcTreaty(s: string): s is UntcTreaty {
	return (UNTC_TREATIES as readonly string[]).includes(s);
}

export { ACCESSION_COLUMNS } from '../../../src/lib/schema/accession';

export interface AccessionRecord {
	treaty: UntcTreaty;
	state: string;
	iso3: string;
	signature_date: string | null;
	deposit_date: string | null;
	action: UntcAction | null;
	provisional_application_date: string | null;
	withdrawal_notified: string | null;
	withdrawal_effective: string | null;
	/** null when there is no withdrawal. */
	withdrawal_pending: boolean | null;
	footnotes: string;
	source: string;
	/** The page's "status as at" date: the day these records describe. */
	status_as_at: string;
}

export class UntcDataError extends Error {}

export function untcSourceLabel(page: UntcPage, treaty: UntcTreaty): string {
	const item = page.mtdsgNo ? `${page.mtdsgNo} ` : '';
	return `UNTC status page ${item}(${treaty}), status as at ${page.statusAsAt}`;
}

export function toAccessionRecords(
	page: UntcPage,
	treaty: UntcTreaty,
	resolver: Resolver,
	file: string
): AccessionRecord[] {
	const source = untcSourceLabel(page, treaty);
	const seen = new Map<string, number>();
	return page.rows.map((row) => {
		// UNTC follows UN naming: its "Congo" is the Republic of the Congo.
		const resolution = resolver.resolve(row.participant, { unNaming: true });
		if (!resolution.ok) {
			throw new UntcDataError(
				describeResolutionError(row.participant, resolution, { file, line: row.line, column: 'Participant' })
			);
		}
		const iso3 = resolution.state.iso3;
		const first = seen.get(iso3);
		if (first !== undefined) {
			throw new UntcDataError(`${file} line ${row.line}: ${iso3} already has a row on line ${first}`);
		}
		seen.set(iso3, row.line);
		const w = row.withdrawal;
		return {
			treaty,
			state: row.participant,
			iso3,
			signature_date: row.signatureDate,
			deposit_date: row.depositDate,
			action: row.action,
			provisional_application_date: row.provisionalApplicationDate,
			withdrawal_notified: w?.notified ?? null,
			withdrawal_effective: w?.effective ?? null,
			withdrawal_pending: w ? w.pending : null,
			footnotes: row.footnotes.map((n) => `${n}: ${page.endNotes.get(n) ?? ''}`).join(' | '),
			source,
			status_as_at: page.statusAsAt
		};
	});
}

export interface CountCheck {
	header: number | null;
	computed: number;
}

export interface HeaderCheck {
	ok: boolean;
	asAt: string;
	parties: CountCheck;
	signatories: CountCheck;
}

/** A withdrawal counts from its effective day on, unless the note leaves it pending. */
export function withdrawnAsAt(r: AccessionRecord, asAt: string): boolean {
	return r.withdrawal_effective !== null && r.withdrawal_pending === false && r.withdrawal_effective <= asAt;
}

/**
 * Recomputes the header counts. The rule that reproduces all nine saved pages (ccm, ottawa, att,
 * ccw, ccw_p5, cwc, ctbt, tpnw, enmod, status as at 2026-02-03):
 * - Parties = rows with a deposit date (any action, in force or not: the CTBT counts 178 though
 *   it is not in force) less withdrawals in effect as at the page date; a pending withdrawal
 *   (Poland, Mine Ban Convention) still counts.
 * - Signatories = rows with a signature date, including States that later ratified and a CTBT
 *   "succession to signature", less withdrawals in effect (the Mine Ban Convention's 132 leaves
 *   out Lithuania's bracketed signature; the CCM's 107 likewise).
 * - A count the header does not give (ccw_p5 gives only Parties) is not checked.
 */
export function checkHeaderCounts(records: readonly AccessionRecord[], page: UntcPage): HeaderCheck {
	const asAt = page.statusAsAt;
	const current = records.filter((r) => !withdrawnAsAt(r, asAt));
	const parties = current.filter((r) => r.deposit_date !== null && r.deposit_date <= asAt).length;
	const signatories = current.filter((r) => r.signature_date !== null && r.signature_date <= asAt).length;
	const { headerCounts } = page;
	const ok =
		// A header with no count at all checks nothing: treat it as a parse that went wrong.
		(headerCounts.parties !== null || headerCounts.signatories !== null) &&
		(headerCounts.parties === null || headerCounts.parties === parties) &&
		(headerCounts.signatories === null || headerCounts.signatories === signatories);
	return {
		ok,
		asAt,
		parties: { header: headerCounts.parties, computed: parties },
		signatories: { header: headerCounts.signatories, computed: signatories }
	};
}

/** "parties: header 112, computed 111; signatories: header 107, computed 107" */
export function describeHeaderCheck(check: HeaderCheck): string {
	const part = (label: string, c: CountCheck) => `${label}: header ${c.header ?? 'not given'}, computed ${c.computed}`;
	return `${part('parties', check.parties)}; ${part('signatories', check.signatories)}`;
}
