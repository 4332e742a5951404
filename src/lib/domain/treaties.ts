/**
 * The treaties the dashboard knows and the entry-into-force rule each one has.
 * A rule is only given where it is implemented and tested; elsewhere entry into force is null
 * (never the CCM's rule applied to another treaty). Dates of opening and of the treaty's own
 * entry into force are those the depositary's status page states (UNTC, status as at 2026-02-03).
 */
import type { IsoDate } from './dates';

export const TREATIES = ['ccm', 'ottawa', 'att', 'ccw', 'ccw_p5', 'cwc', 'ctbt', 'tpnw', 'enmod'] as const;
export type Treaty = (typeof TREATIES)[number];

/**
 * The CCM's and the Mine Ban Convention's form: the treaty's own entry into force and a later
 * joiner's both fall on the first day of a month counted from the month of the triggering deposit.
 */
export interface MonthStartRule {
	/** Instruments (ratification, acceptance, approval, accession, succession) needed to enter into force. */
	instruments: number;
	/** In force on the first day of the n-th month after the month of the triggering deposit. */
	monthsAfterDeposit: number;
	/** Number of the treaty's article the rule comes from, for the page and the docs. */
	article: number;
}

/** A later joiner's delay: whole days after the deposit, or calendar months to the same day. */
export type DepositDelay = { days: number } | { months: number };

/**
 * The form of the ATT, the CWC, the CCW and its Protocols and the TPNW: a later instrument takes
 * effect a fixed delay after its own deposit. Their own entry into force is not always that delay
 * after the n-th instrument (the CWC's is 180 days, its later joiners' 30), and the UNTC lists
 * leave out former States whose deposits counted (the CCW's 20th instrument is not on its list),
 * so the treaty's own date is the one the depositary's page states, not recomputed from the list.
 */
export interface AfterDepositRule {
	instruments: number;
	/** Number of the article (XXI is 21), for the page; `paragraph` as the treaty writes it. */
	article: number;
	paragraph: string;
	later: DepositDelay;
	/** "Entry into force:" at the head of the UNTC page. */
	treatyInForce: IsoDate;
	/**
	 * The last deposit day that takes the treaty's own date. Where the article speaks of deposits
	 * "after the date of deposit of the n-th instrument" it is that deposit's day; where it speaks
	 * of deposits "subsequent to the entry into force" (ATT, CWC) it is the entry-into-force day.
	 */
	sharesTreatyDateUntil: IsoDate;
}

export type EntryIntoForceRule = MonthStartRule | AfterDepositRule;

/** A treaty whose rule is an after-deposit one (the type of `ATT`, `CWC`, `CCW`, `CCW_P5`, `TPNW`). */
export type AfterDepositTreaty = TreatyInfo & { entryIntoForce: AfterDepositRule };

export function isAfterDepositRule(rule: EntryIntoForceRule): rule is AfterDepositRule {
	return 'later' in rule;
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

/**
 * ATT Article 22(1): in force ninety days after the fiftieth instrument (25 September 2014; the
 * page states 24 December 2014). Article 22(2): for a State depositing "subsequent to the entry
 * into force of this Treaty", "the ninetieth day following the date of its deposit".
 */
export const ATT: AfterDepositTreaty = {
	id: 'att',
	shortName: 'Arms Trade Treaty',
	openedForSignature: '2013-06-03',
	opening: 'signature',
	entryIntoForce: {
		instruments: 50,
		article: 22,
		paragraph: '22(2)',
		later: { days: 90 },
		treatyInForce: '2014-12-24',
		sharesTreatyDateUntil: '2014-12-24'
	},
	untcItem: 'XXVI-8'
};

/**
 * CCW Article 5(1): in force six months after the twentieth instrument (the page states 2 December
 * 1983, so that instrument is of 2 June 1983). Article 5(2): for a State depositing after that
 * date, "six months after the date on which that State has deposited its instrument".
 */
export const CCW: AfterDepositTreaty = {
	id: 'ccw',
	shortName: 'Convention on Certain Conventional Weapons',
	openedForSignature: '1981-04-10',
	opening: 'signature',
	entryIntoForce: {
		instruments: 20,
		article: 5,
		paragraph: '5(2)',
		later: { months: 6 },
		treatyInForce: '1983-12-02',
		sharesTreatyDateUntil: '1983-06-02'
	},
	untcItem: 'XXVI-2'
};

/**
 * CCW Article 5(3) and 5(4), for an annexed Protocol: in force six months after twenty States
 * notified consent to be bound (the page states 12 November 2006 for Protocol V, so the twentieth
 * notification is of 12 May 2006); a later notification takes effect six months after its date.
 */
export const CCW_P5: AfterDepositTreaty = {
	id: 'ccw_p5',
	shortName: 'CCW Protocol V',
	// Adopted on 28 November 2003 and open for consent to be bound from then; never signed.
	openedForSignature: '2003-11-28',
	opening: 'consent_to_be_bound',
	entryIntoForce: {
		instruments: 20,
		article: 5,
		paragraph: '5(4)',
		later: { months: 6 },
		treatyInForce: '2006-11-12',
		sharesTreatyDateUntil: '2006-05-12'
	},
	untcItem: 'XXVI-2-d'
};

/**
 * CWC Article XXI(1): in force 180 days after the sixty-fifth instrument, not sooner than two
 * years after opening (the page states 29 April 1997). Article XXI(2): for a State depositing
 * "subsequent to the entry into force of this Convention", "on the 30th day following the date of
 * deposit".
 */
export const CWC: AfterDepositTreaty = {
	id: 'cwc',
	shortName: 'Chemical Weapons Convention',
	openedForSignature: '1993-01-13',
	opening: 'signature',
	entryIntoForce: {
		instruments: 65,
		article: 21,
		paragraph: 'XXI(2)',
		later: { days: 30 },
		treatyInForce: '1997-04-29',
		sharesTreatyDateUntil: '1997-04-29'
	},
	untcItem: 'XXVI-3'
};

/**
 * TPNW Article 15(1): in force 90 days after the fiftieth instrument (24 October 2020; the page
 * states 22 January 2021). Article 15(2): for a State depositing after that date, "90 days after
 * the date on which that State has deposited".
 */
export const TPNW: AfterDepositTreaty = {
	id: 'tpnw',
	shortName: 'Treaty on the Prohibition of Nuclear Weapons',
	openedForSignature: '2017-09-20',
	opening: 'signature',
	entryIntoForce: {
		instruments: 50,
		article: 15,
		paragraph: '15(2)',
		later: { days: 90 },
		treatyInForce: '2021-01-22',
		sharesTreatyDateUntil: '2020-10-24'
	},
	untcItem: 'XXVI-9'
};

const unmodelled = (
	id: Treaty,
	shortName: string,
	openedForSignature: IsoDate,
	untcItem: string,
	noRule: NoRuleReason = 'not_modelled'
): TreatyInfo => ({ id, shortName, openedForSignature, opening: 'signature', entryIntoForce: null, noRule, untcItem });

/** Every treaty, in the order the comparison shows them. */
export const TREATY_INFO: readonly TreatyInfo[] = [
	CCM,
	MINE_BAN,
	ATT,
	CCW,
	CCW_P5,
	CWC,
	unmodelled('ctbt', 'Comprehensive Nuclear-Test-Ban Treaty', '1996-09-24', 'XXVI-4', 'not_in_force'),
	TPNW,
	unmodelled('enmod', 'ENMOD Convention', '1977-05-18', 'XXVI-1')
];

export function treatyInfo(id: Treaty): TreatyInfo {
	const t = TREATY_INFO.find((x) => x.id === id);
	if (!t) throw new Error(`unknown treaty ${id}`);
	return t;
}
