/**
 * The metadata file that travels beside a downloaded CSV, as OWID's downloads carry theirs: what the
 * table is, the day it is as of, where its figures come from (with addresses a reader can check),
 * what each column means, the terms of use and how to cite it. A CSV opened months later, away from
 * the page, still says all of this.
 *
 * The builder is pure: the page gives every text already in its language; this module only knows
 * the public addresses of the sources, which are the same in every language.
 */
import type { Dataset } from '../domain/datasets';
import { CCM } from '../domain/treaties';
import type { ExportColumn } from './csv-export';

/** The public records the dashboard's datasets are compiled from. */
export const SOURCE_IDS = ['untc', 'undl', 'ccm', 'monitor', 'mineActionReview'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/** Landing pages of the sources: each row of the data names its own document in its `source` column. */
export const SOURCE_URLS: Record<SourceId, string> = {
	untc: `https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=${CCM.untcItem}&chapter=26`,
	undl: 'https://digitallibrary.un.org/',
	ccm: 'https://www.clusterconvention.org/',
	monitor: 'https://www.the-monitor.org/',
	mineActionReview: 'https://www.mineactionreview.org/'
};

/**
 * Which sources each dataset is compiled from, most used first (counted from the `source` columns
 * of data/sources/: the Article 7 and implementation records cite the Monitor most, the votes the
 * UN Digital Library, the Trust Fund facts the Convention's own meeting documents).
 */
export const DATASET_SOURCES: Record<Dataset, readonly SourceId[]> = {
	accession: ['untc'],
	unga: ['undl'],
	article7: ['monitor', 'ccm'],
	implementation: ['monitor', 'ccm', 'mineActionReview'],
	trustfund: ['ccm']
};

/** The sources of a set of datasets, each once, in the order first met. */
export function sourcesOf(datasets: readonly Dataset[]): SourceId[] {
	return [...new Set(datasets.flatMap((d) => DATASET_SOURCES[d]))];
}

export interface MetadataSource {
	name: string;
	url: string | null;
}

/** A column of the CSV: its header as written in the file, its key, and what it holds. */
export interface MetadataColumn {
	name: string;
	key: string;
	definition: string | null;
}

export interface TableMetadata {
	title: string;
	description: string;
	/** The day the figures are as of (the page's as-of control, or the data's date). */
	as_of: string;
	/** The date of each dataset behind the table, as the footer states it. */
	data_as_of: Record<string, string | null>;
	/** The source line shown under the table, as written on the page. */
	source_line: string;
	sources: MetadataSource[];
	columns: MetadataColumn[];
	licence: string;
	citation: string;
	permalink: string;
	language: string;
	csv_file: string;
}

export interface MetadataInput {
	title: string;
	description?: string;
	asOf: string;
	dataAsOf?: Record<string, string | null>;
	sourceLine: string;
	/** Named sources with their addresses; the source line stands in when there are none. */
	sources: readonly MetadataSource[];
	/** The CSV's columns, `definition` set where the page gave one. */
	columns: readonly ExportColumn[];
	/** The two columns every CSV row ends with (csv-export.ts): header and definition. */
	trailing: readonly { name: string; key: string; definition: string }[];
	/** Definitions shared by tables, by column key, for columns the page did not define. */
	common?: Readonly<Record<string, string>>;
	licence: string;
	citation: string;
	permalink: string;
	language: string;
	csvFile: string;
}

export function tableMetadata(input: MetadataInput): TableMetadata {
	const sources: MetadataSource[] = input.sources.length
		? input.sources.map((s) => ({ name: s.name, url: s.url && /^https?:\/\//i.test(s.url) ? s.url : null }))
		: [{ name: input.sourceLine, url: null }];
	return {
		title: input.title,
		description: input.description ?? '',
		as_of: input.asOf,
		data_as_of: { ...(input.dataAsOf ?? {}) },
		source_line: input.sourceLine,
		sources,
		columns: [
			...input.columns.map((c) => ({
				name: c.label,
				key: c.key,
				definition: c.definition ?? input.common?.[c.key] ?? null
			})),
			...input.trailing.map((c) => ({ name: c.name, key: c.key, definition: c.definition }))
		],
		licence: input.licence,
		citation: input.citation,
		permalink: input.permalink,
		language: input.language,
		csv_file: input.csvFile
	};
}

/** The file's text: indented JSON, as a reader opens it in an editor; non-Latin text kept as written. */
export function metadataJson(meta: TableMetadata): string {
	return JSON.stringify(meta, null, 2) + '\n';
}
