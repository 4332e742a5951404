/**
 * The UN regional groups, in the order every page lists them. A few States belong to none
 * (Cook Islands, Niue, Holy See, Palestine): their region is null, never a sixth group.
 */
export const REGIONAL_GROUPS = ['AG', 'APG', 'EEG', 'GRULAC', 'WEOG'] as const;
export type RegionalGroup = (typeof REGIONAL_GROUPS)[number];

export function isRegionalGroup(s: string | null): s is RegionalGroup {
	return (REGIONAL_GROUPS as readonly (string | null)[]).includes(s);
}
