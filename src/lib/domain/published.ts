/**
 * Conventions whose published reporting figures are shown side by side, as the file
 * (data/sources/comparison/published_reporting_figures.csv) abbreviates them.
 */
export const PUBLISHED_CONVENTIONS = ['CCM', 'MBT', 'ATT', 'BWC'] as const;
export type PublishedConvention = (typeof PUBLISHED_CONVENTIONS)[number];

export function isPublishedConvention(s: string): s is PublishedConvention {
	return (PUBLISHED_CONVENTIONS as readonly string[]).includes(s);
}
