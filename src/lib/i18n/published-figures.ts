/**
 * How a published figure (data/sources/comparison/published_reporting_figures.csv) reads on a
 * page. The file names each figure with an id in its own vocabulary (`annual_reporting_rate_pct_for_2022`)
 * and each convention with an abbreviation (`MBT`): readers get catalog labels instead. Quotes may
 * end with a note for maintainers on how the source was read; readers get the quotation alone.
 */
import { isPublishedConvention } from '../domain/published';
import type { MessageKey } from './catalogs/en';

/** Metric id shapes, most specific first; a captured group is the year the label names. */
const METRICS: readonly [RegExp, MessageKey][] = [
	[/^initial_reports_submitted$/, 'published.figure.initialSubmitted'],
	[/^initial_reporting_rate_pct$/, 'published.figure.initialRatePct'],
	[/^initial_reports_overdue$/, 'published.figure.initialOverdue'],
	[/^initial_reports_overdue_due_in_(\d{4})$/, 'published.figure.initialOverdueDueIn'],
	[/^initial_reports_due_in_(\d{4})_submitted_on_time$/, 'published.figure.initialDueInOnTime'],
	[/^annual_reports_submitted_for_(\d{4})$/, 'published.figure.annualSubmittedFor'],
	[/^annual_reports_not_submitted_for_(\d{4})$/, 'published.figure.annualNotSubmittedFor'],
	[/^annual_reports_on_time_for_(\d{4})$/, 'published.figure.annualOnTimeFor'],
	[/^annual_reporting_rate_pct_for_(\d{4})_art5_states$/, 'published.figure.annualRatePctForArt5'],
	[/^annual_reporting_rate_pct_for_(\d{4})$/, 'published.figure.annualRatePctFor'],
	[/^annual_reporting_rate_pct_high_(\d{4})$/, 'published.figure.annualRatePctHigh'],
	[/^annual_reporting_rate_pct_recent_range$/, 'published.figure.annualRatePctRecentRange'],
	[/^cbm_submissions_in_(\d{4})$/, 'published.figure.cbmSubmissionsIn']
];

/**
 * The catalog label of a metric id, with the year it names. An id of a shape not listed here (a
 * new row in the file) reads "figure as published, see the quote" rather than as the id;
 * tests/unit/published-figures.test.ts fails until every id in the shipped file has its label.
 */
export function publishedMetricLabel(metric: string): { key: MessageKey; params: { year: string } } {
	for (const [shape, key] of METRICS) {
		const m = shape.exec(metric);
		if (m) return { key, params: { year: m[1] ?? '' } };
	}
	return { key: 'published.figure.other', params: { year: '' } };
}

/** The catalog name of a convention abbreviation of the file, or null for one it does not list. */
export function publishedConventionKey(convention: string): MessageKey | null {
	return isPublishedConvention(convention) ? `cmp.conv.${convention}` : null;
}

/**
 * The quotation a reader sees: without the editorial note in square brackets that may end it
 * ("… 78 reports received. [source text OCR renders years as '218'/'219']"), which tells
 * maintainers how the source was read. A note is a bracketed aside of three words or more after
 * the quoted text; brackets within the text ("Name of State [Party]:"), the source's own words or
 * a one-word insertion, stay.
 */
export function displayQuote(quote: string): string {
	let text = quote.trimEnd();
	for (
		let m = /\s\[([^\]]+)\]$/.exec(text);
		m && m[1]!.trim().split(/\s+/).length >= 3;
		m = /\s\[([^\]]+)\]$/.exec(text)
	)
		text = text.slice(0, m.index).trimEnd();
	return text;
}
