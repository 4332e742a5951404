/**
 * The metadata file of a download, in the page's language: metadata.ts builds it, this fills in
 * the texts (source names, column definitions, licence, citation) from the catalogs and the page.
 * Read when the user downloads, so the permalink and citation follow the current view.
 */
import { page } from '$app/state';
import type { Dataset, DatasetDate } from '../domain/datasets';
import type { ChartData } from '../export/csv-export';
import { SOURCE_URLS, sourcesOf, tableMetadata, type TableMetadata } from '../export/metadata';
import { currentLocale, formatDate, joinList, t } from '../i18n/current';

export interface DownloadDescription {
	title: string;
	description?: string;
	/** The source line shown with the table or chart. */
	source: string;
	asOf: string;
	data: ChartData;
	/** The datasets the figures come from, which name the sources and their dates. */
	datasets?: readonly Dataset[];
	csvFile: string;
}

/**
 * Definitions by column key, for the columns a page exports without its own definition: the keys
 * mean the same in every table that uses them (a page whose column means something else gives its
 * own definition, which comes first).
 */
function commonDefinitions(): Record<string, string> {
	const keys = [
		'iso3',
		'name',
		'status',
		'region',
		'year',
		'currency',
		'yes',
		'no',
		'abstain',
		'non_voting',
		'provisional',
		'note',
		'label',
		'day',
		'month',
		'states_parties',
		'in_force',
		'treaty',
		'action',
		'states',
		'article',
		'eif',
		'original',
		'deadline',
		'completed',
		'disagree',
		'convention',
		'counted',
		'days',
		'value',
		'kind'
	] as const;
	return { ...Object.fromEntries(keys.map((k) => [k, t(`colDef.${k}`)])), state: t('colDef.name') };
}

export function downloadMetadata(d: DownloadDescription): TableMetadata {
	const datasets = d.datasets ?? [];
	const dates = (page.data.datasets as Partial<Record<Dataset, DatasetDate>> | undefined) ?? {};
	const sources = sourcesOf(datasets).map((id) => ({ name: t(`meta.source.${id}`), url: SOURCE_URLS[id] }));
	const names = sources.length ? sources.map((s) => s.name) : [d.source];
	return tableMetadata({
		title: d.title,
		description: d.description,
		asOf: d.asOf,
		dataAsOf: Object.fromEntries(datasets.map((ds) => [ds, dates[ds]?.as_of ?? null])),
		sourceLine: d.source,
		sources,
		columns: d.data.columns,
		trailing: [
			{ name: t('export.csvSource'), key: 'source', definition: t('colDef.source') },
			{ name: t('export.csvAsOf'), key: 'as_of', definition: t('colDef.as_of') }
		],
		common: commonDefinitions(),
		licence: t('meta.licence', { sources: joinList(names) }),
		// The sentence "Cite this page" copies, naming the table instead of the page.
		citation: t('pageCite.text', { title: d.title, date: formatDate(d.asOf), url: location.href }),
		permalink: location.href,
		language: currentLocale(),
		csvFile: d.csvFile
	});
}
