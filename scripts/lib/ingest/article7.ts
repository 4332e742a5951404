/**
 * Article 7 dataset: the record of submitted reports (names as each source wrote them, dates at
 * their precision, one source each), the coverage declarations, and published figures. Ingest
 * resolves States, marks the record that counts for each report, and derives who owed which
 * report from the accession dataset with the rules in src/lib/domain/reporting.ts.
 */
import path from 'node:path';
import { statusOn, type StatusPeriod } from '../../../src/lib/domain/accession';
import type { DerivedAccession, DerivedPeriod } from '../../../src/lib/domain/derive';
import { yearOf, type IsoDate } from '../../../src/lib/domain/dates';
import { annualDue, countingRecord, owesAnnualReport } from '../../../src/lib/domain/reporting';
import { resolutionReason, type Resolver } from '../../../src/lib/reference/resolver';
import {
	COVERAGE_COLUMNS,
	coverageDeclarations,
	coverageRowSchema,
	PUBLISHED_COLUMNS,
	publishedRowSchema,
	REPORT_COLUMNS,
	reportRowSchema,
	type ReportRow
} from '../../../src/lib/schema/article7';
import { TABLES } from '../../../src/lib/schema/tables';
import { DataError, duplicateRows, problem, readCsvText, type Problem } from '../../../src/lib/validate';
import { display, readSource, sameKeyRows, sha256, writeTable, type SourceEntry, type TableEntry } from './common';

export async function ingestArticle7(
	sourcesDir: string,
	outDir: string,
	resolver: Resolver,
	accession: readonly DerivedAccession[],
	periods: readonly DerivedPeriod[],
	dataAsOf: IsoDate
): Promise<{ tables: Record<string, TableEntry>; sources: SourceEntry[] }> {
	const dir = path.join(sourcesDir, 'sources', 'article7');
	const files = {
		reports: path.join(dir, 'reports.csv'),
		coverage: path.join(dir, 'coverage.csv'),
		// Published figures of several conventions: one file, shared with /compare.
		published: path.join(sourcesDir, 'sources', 'comparison', 'published_reporting_figures.csv')
	};
	const texts = {
		reports: readSource(files.reports),
		coverage: readSource(files.coverage),
		published: readSource(files.published)
	};
	const reports = readCsvText(texts.reports, REPORT_COLUMNS, reportRowSchema, display(files.reports));
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
	const parties = new Set(accession.filter((a) => a.deposit_date).map((a) => a.iso3));
	const resolved: (ReportRow & { iso3: string })[] = [];
	reports.rows.forEach((r, i) => {
		const where = { file: display(files.reports), line: reports.lines[i] ?? 0, column: 'state', value: r.state };
		const res = resolver.resolve(r.state, { unNaming: true });
		if (!res.ok) problems.push(problem(where, resolutionReason(r.state, res)));
		else if (!parties.has(res.state.iso3))
			problems.push(problem(where, { key: 'problem.notParty', params: { state: res.state.name } }));
		else resolved.push({ ...r, iso3: res.state.iso3 });
	});
	if (problems.length) throw new DataError(problems);

	// One report = (State, type, covering year); several records of it may disagree.
	const byReport = new Map<string, typeof resolved>();
	for (const r of resolved) {
		const key = `${r.iso3}|${r.report_type}|${r.report_type === 'initial' ? '' : (r.covering_year ?? `unassigned:${byReport.size}`)}`;
		byReport.set(key, [...(byReport.get(key) ?? []), r]);
	}
	const recordRows = [...byReport.values()].flatMap((group) => {
		const candidates = group.map((g) => ({ ...g, dateKind: g.date_kind }));
		const counting = countingRecord(candidates);
		return candidates.map(({ dateKind: _, ...g }) => ({
			...g,
			covering_year: g.report_type === 'initial' ? null : g.covering_year,
			counts: counting !== null && g.date === counting.date && g.source === counting.source
		}));
	});

	const periodsOf = new Map<string, StatusPeriod[]>();
	for (const p of periods)
		periodsOf.set(p.iso3, [
			...(periodsOf.get(p.iso3) ?? []),
			{ iso3: p.iso3, status: p.status, inForce: p.in_force, start: p.start_date, end: p.end_date }
		]);
	const obligations: { iso3: string; report_type: string; covering_year: number; due: IsoDate }[] = [];
	for (const a of accession) {
		if (!a.initial_report_due) continue;
		obligations.push({
			iso3: a.iso3,
			report_type: 'initial',
			covering_year: yearOf(a.initial_report_due),
			due: a.initial_report_due
		});
		const facts = {
			iso3: a.iso3,
			initialReportDue: a.initial_report_due,
			isPartyOn: (day: IsoDate) => statusOn(periodsOf.get(a.iso3) ?? [], day).status === 'party'
		};
		for (let y = yearOf(a.initial_report_due); y <= yearOf(dataAsOf); y++)
			if (owesAnnualReport(facts, y))
				obligations.push({ iso3: a.iso3, report_type: 'annual', covering_year: y, due: annualDue(y) });
	}

	return {
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
		sources: (['reports', 'coverage', 'published'] as const).map((k) => ({
			file: display(files[k]),
			rows: k === 'reports' ? reports.rows.length : k === 'coverage' ? coverage.rows.length : published.rows.length,
			sha256: sha256(texts[k]),
			as_of: null
		}))
	};
}
