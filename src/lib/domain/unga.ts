/**
 * UN General Assembly votes on the yearly resolution "Implementation of the Convention on Cluster
 * Munitions" (since 2015). Vote codes as the UN Digital Library writes them; non-voting is not
 * abstaining, and a State that is not a UN member is "not a voting member", never "non-voting".
 */

export const CCM_RESOLUTION_TITLE = 'Implementation of the Convention on Cluster Munitions';

export const VOTE_CODES = ['Y', 'N', 'A', 'X'] as const;
export type VoteCode = (typeof VOTE_CODES)[number];

/** The codes files use: older UN Digital Library files write non-voting as NV. */
export function normaliseVote(code: string): VoteCode | null {
	const c = code.trim().toUpperCase();
	if (c === 'NV') return 'X';
	return (VOTE_CODES as readonly string[]).includes(c) ? (c as VoteCode) : null;
}

export const BODIES = ['plenary', 'first_committee'] as const;
export type Body = (typeof BODIES)[number];

/** A vote on the whole text, or a separate vote on one preambular/operative paragraph (pp14). */
export const PART_PATTERN = /^(whole|pp\d+|op\d+)$/;

export function isAboutCcm(title: string): boolean {
	return title.toLowerCase().includes(CCM_RESOLUTION_TITLE.toLowerCase());
}

/** Whether a tally is counted from per-State votes, only published, or known to exist without numbers. */
export type TallyBasis = 'country_votes' | 'published' | 'no_tally';
