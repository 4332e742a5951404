/**
 * The treaties the dashboard knows and the entry-into-force rule each one has.
 * A rule is only given where it is implemented and tested; elsewhere entry into force is null
 * (never the CCM's rule applied to another treaty). Dates of opening and of the treaty's own
 * entry into force are those the depositary's status page states (UNTC, status as at 2026-02-03).
 */
import type { IsoDate } from './dates';

export const TREATIES = ['ccm', 'ottawa', 'att', 'ccw', 'ccw_p5', 'cwc', 'ctbt', 'tpnw', 'enmod'] as const;
export type Treaty = (typeof TREATIES)[number];

export interface EntryIntoForceRule {
	/** Instruments (ratification, acceptance, approval, accession, succession) needed to enter into force. */
	instruments: number;
	/** In force on the first day of the n-th month after the month of the triggering deposit. */
	monthsAfterDeposit: number;
	/** Number of the treaty's article the rule comes from, for the page and the docs. */
	article: number;
}

/**
 * Why a treaty has no per-State entry into force here: its rule is not implemented (the figure
 * is left out, not guessed), or the treaty itself is not in force.
 */
export type NoRuleReason = 'not_modelled' | 'not_in_force';

export interface TreatyInfo {
	id: Treaty;
	shortName: string;
	/**
	 * The day the treaty opened for signature: no figure is computed before it. CCW Protocol V
	 * is never signed; it is open for consent to be bound from its adoption (see `opening`).
	 */
	openedForSignature: IsoDate;
	opening: 'signature' | 'consent_to_be_bound';
	entryIntoForce: EntryIntoForceRule | null;
	/** Set exactly when entryIntoForce is null. */
	noRule?: NoRuleReason;
	/** UNTC chapter XXVI item, for links to the depositary's page. */
	untcItem: string;
}

export const CCM: TreatyInfo = {
	id: 'ccm',
	shortName: 'Convention on Cluster Munitions',
	openedForSignature: '2008-12-03',
	opening: 'signature',
	entryIntoForce: { instruments: 30, monthsAfterDeposit: 6, article: 17 },
	untcItem: 'XXVI-6'
};

/**
 * Article 17 of the Mine Ban Convention: in force on the first day of the sixth month after the
 * month of the 40th instrument of ratification, acceptance, approval or accession; for a later
 * instrument, the first day of the sixth month after the date of its deposit. The page states
 * entry into force on 1 March 1999 (40th instrument 16 September 1998); a test checks this.
 */
export const MINE_BAN: TreatyInfo = {
	id: 'ottawa',
	shortName: 'Mine Ban Convention',
	openedForSignature: '1997-12-03',
	opening: 'signature',
	entryIntoForce: { instruments: 40, monthsAfterDeposit: 6, article: 17 },
	untcItem: 'XXVI-5'
};

const unmodelled = (
	id: Treaty,
	shortName: string,
	openedForSignature: IsoDate,
	untcItem: string,
	noRule: NoRuleReason = 'not_modelled',
	opening: TreatyInfo['opening'] = 'signature'
): TreatyInfo => ({ id, shortName, openedForSignature, opening, entryIntoForce: null, noRule, untcItem });

/** Every treaty, in the order the comparison shows them. */
export const TREATY_INFO: readonly TreatyInfo[] = [
	CCM,
	MINE_BAN,
	unmodelled('att', 'Arms Trade Treaty', '2013-06-03', 'XXVI-8'),
	unmodelled('ccw', 'Convention on Certain Conventional Weapons', '1981-04-10', 'XXVI-2'),
	// Adopted on 28 November 2003 and open for consent to be bound from then; never signed.
	unmodelled('ccw_p5', 'CCW Protocol V', '2003-11-28', 'XXVI-2-d', 'not_modelled', 'consent_to_be_bound'),
	unmodelled('cwc', 'Chemical Weapons Convention', '1993-01-13', 'XXVI-3'),
	unmodelled('ctbt', 'Comprehensive Nuclear-Test-Ban Treaty', '1996-09-24', 'XXVI-4', 'not_in_force'),
	unmodelled('tpnw', 'Treaty on the Prohibition of Nuclear Weapons', '2017-09-20', 'XXVI-9'),
	unmodelled('enmod', 'ENMOD Convention', '1977-05-18', 'XXVI-1')
];

export function treatyInfo(id: Treaty): TreatyInfo {
	const t = TREATY_INFO.find((x) => x.id === id);
	if (!t) throw new Error(`unknown treaty ${id}`);
	return t;
}
