/**
 * Article 7 dataset: the record of submitted reports (names as each source wrote them, dates at
 * their precision, one source each), the coverage declarations, and published figures. Ingest
 * resolves States (as the browser import does), marks the record that counts for each report, and
 * derives who owed which report from the accession dataset (deriveObligations); the rules are in
 * src/lib/domain/reporting.ts and docs/DOMAIN.md.
 */
import { latestDate } from '../../../src/lib/domain/datasets';
import path from 'node:path';
import { deriveObligations } from '../../../src/lib/domain/derive';
import { countingFlags } from '../../../src/lib/domain/reporting';
import { resolvePartyStates } from '../../../src/lib/imports/article7-import';
import {
	COVERAGE_COLUMNS,
	coverageDeclarations,
	coverageRowSchema,
	PUBLISHED_COLUMNS,
	publishedRowSchema,
	RECORD_COLUMNS,
	reportRowSchema
} from '../../../src/lib/schema/article7';
import { TABLES } from '../../../src/lib/schema/tables';
import { DataError, duplicateRows, readCsvText, type Problem } from '../../../src/lib/validate';
import { display, readSources, sameKeyRows, sourceEntry, writeTable, type IngestStep } from './common';

export const ingestArticle7: IngestStep = async ({ sourcesDir, outDir, resolver, accession }) => {
	const dir = path.join(sourcesDir, 'sources', 'article7');
	const files = {
		reports: path.join(dir, 'reports.csv'),
		coverage: path.join(dir, 'coverage.csv'),
		// Published figures of several conventions: one file, shared with /compare.
		published: path.join(sourcesDir, 'sources', 'comparison', 'published_reporting_figures.csv')
	};
	const texts = readSources(files);
	const reports = readCsvText(texts.reports, RECORD_COLUMNS, reportRowSchema, display(files.reports));
	const coverage = readCsvText(texts.coverage, COVERAGE_COLUMNS, coverageRowSchema, display(files.coverage));
	const published = readCsvText(texts.published, PUBLISHED_COLUMNS, publishedRowSchema, display(files.published));

	const problems: Problem[] = [
		...duplicateRows(reports.rows, reports.lines, display(files.reports), 'state'),
		// Figures of different sources may differ (they are quoted, not reconciled); one source
		// giving two values for the same figure on the same day cannot both be right.
		...sameKeyRows(
			published.rows,
			published.lines,
			display(files.published),
			['as_of_date', 'convention', 'metric', 'source_url'],
			(r) => `a second figure for ${r.convention} ${r.metric} (${r.as_of_date || 'undated'}) from the same source`
		)
	];
	const parties = new Set(accession.ccmAccession.filter((a) => a.deposit_date).map((a) => a.iso3));
	const resolved = resolvePartyStates(reports.rows, reports.lines, display(files.reports), resolver, parties);
	problems.push(...resolved.problems);
	if (problems.length) throw new DataError(problems);

	// Several records of one report may disagree: each says whether it is the one that counts.
	const counts = countingFlags(resolved.rows);
	const recordRows = resolved.rows.map((r, i) => ({
		...r,
		covering_year: r.report_type === 'initial' ? null : r.covering_year,
		counts: counts[i]
	}));
	const obligations = deriveObligations(accession.ccmAccession, accession.ccmPeriods, accession.dataAsOf);

	return {
		datasets: { article7: { as_of: latestDate(reports.rows.map((r) => r.date)), basis: 'latest_record' } },
		tables: {
			a7_records: await writeTable(outDir, TABLES.a7_records, recordRows),
			a7_obligations: await writeTable(outDir, TABLES.a7_obligations, obligations),
			a7_coverage: await writeTable(outDir, TABLES.a7_coverage, coverageDeclarations(coverage.rows, null)),
			published_figures: await writeTable(
				outDir,
				TABLES.published_figures,
				published.rows.map((r) => ({ ...r, as_of: r.as_of_date, source: r.source_url }))
			)
		},
		sources: [
			sourceEntry(files.reports, reports.rows.length, texts.reports),
			sourceEntry(files.coverage, coverage.rows.length, texts.coverage),
			sourceEntry(files.published, published.rows.length, texts.published)
		],
		checks: []
	};
};
