/**
 * The treaties the dashboard knows and the entry-into-force rule each one has.
 * A rule is only given where it is implemented and tested; elsewhere entry into force is null
 * (never the CCM's rule applied to another treaty).
 */
import type { IsoDate } from './dates';

export const TREATIES = ['ccm', 'ottawa', 'att', 'ccw', 'ccw_p5', 'cwc', 'ctbt', 'tpnw', 'enmod'] as const;
export type Treaty = (typeof TREATIES)[number];

export interface EntryIntoForceRule {
	/** Instruments (ratification, acceptance, approval, accession, succession) needed to enter into force. */
	instruments: number;
	/** In force on the first day of the n-th month after the month of the triggering deposit. */
	monthsAfterDeposit: number;
	/** The article the rule comes from, for the page and the docs. */
	article: string;
}

export interface TreatyInfo {
	id: Treaty;
	shortName: string;
	/** The day the treaty opened for signature: no figure is computed before it. */
	openedForSignature: IsoDate;
	entryIntoForce: EntryIntoForceRule | null;
	/** UNTC chapter XXVI item, for links to the depositary's page. */
	untcItem: string;
}

export const CCM: TreatyInfo = {
	id: 'ccm',
	shortName: 'Convention on Cluster Munitions',
	openedForSignature: '2008-12-03',
	entryIntoForce: { instruments: 30, monthsAfterDeposit: 6, article: 'Article 17' },
	untcItem: 'XXVI-6'
};
