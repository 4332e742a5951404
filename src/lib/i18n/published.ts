/**
 * Published figures in the page's language: the metric's label and the convention's name from the
 * catalogs (./published-figures.ts reads the file's ids), the quote as readers see it.
 */
import { displayQuote, publishedConventionKey, publishedMetricLabel } from './published-figures';
import { t } from './current';

export { displayQuote };

export function metricLabel(metric: string): string {
	const { key, params } = publishedMetricLabel(metric);
	return t(key, params);
}

/** The convention's name; an abbreviation the catalogs do not know is shown as the file writes it. */
export function conventionName(convention: string): string {
	const key = publishedConventionKey(convention);
	return key ? t(key) : convention;
}
