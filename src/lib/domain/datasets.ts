/**
 * The datasets the dashboard holds, and each one's own date. The datasets are current to different
 * days: the treaty status to the depositary's "status as at", the General Assembly votes to the
 * last vote, the other records to the latest date they state. Ingest finds each date with
 * `latestDate`; the footer lists them and each figure names the date of the data it comes from.
 */

export const DATASETS = ['accession', 'unga', 'article7', 'implementation', 'trustfund'] as const;
export type Dataset = (typeof DATASETS)[number];

/** How a dataset's date was found. */
export const DATASET_DATE_BASES = ['status_as_at', 'latest_vote', 'latest_record'] as const;
export type DatasetDateBasis = (typeof DATASET_DATE_BASES)[number];

export interface DatasetDate {
	/** ISO at the record's precision ("2026-02-03", "2023-05", "2023"); null when no row is dated. */
	as_of: string | null;
	basis: DatasetDateBasis;
}

/**
 * The latest of partial ISO dates: compared as text, which orders them by time ("2023-05" after
 * "2023-04-28"); a year alone sorts before the days of that year, so it never claims more than it says.
 */
export function latestDate(values: readonly (string | null | undefined)[]): string | null {
	let latest: string | null = null;
	for (const v of values) if (v && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) && (latest === null || v > latest)) latest = v;
	return latest;
}
