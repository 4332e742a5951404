/**
 * Validates an Article 7 record a user imports in the browser, with the same zod schema ingest
 * uses, and resolves its States: errors come back by row and column, as a spreadsheet shows them.
 * A coverage declaration (coverage.csv's columns) is checked by coverage.csv's own schema.
 */
import type { CsvTable } from '../csv';
import type { Resolver } from '../reference/resolver';
import { resolutionReason } from '../reference/resolver';
import {
	COVERAGE_COLUMNS,
	coverageDeclarations,
	coverageRowSchema,
	REPORT_COLUMNS,
	reportRowSchema,
	type CoverageDeclarationRow
} from '../schema/article7';
import { collectTable, duplicateRows, problem, type Problem } from '../validate';

export interface ImportedRecord {
	iso3: string;
	state: string;
	report_type: 'initial' | 'annual';
	covering_year: number | null;
	date: string;
	date_kind: 'received' | 'published' | 'unknown';
	source: string;
	quote: string;
	imported_from: string;
}

export function validateArticle7Import(
	table: CsvTable,
	fileName: string,
	resolver: Resolver,
	partyIso3s: ReadonlySet<string>
): { rows: ImportedRecord[]; problems: Problem[] } {
	const validated = collectTable(table, REPORT_COLUMNS, reportRowSchema, fileName, 500);
	const problems: Problem[] = [
		...validated.problems,
		...duplicateRows(validated.rows, validated.lines, fileName, 'state')
	];
	const resolved = resolvePartyStates(validated.rows, validated.lines, fileName, resolver, partyIso3s);
	problems.push(...resolved.problems);
	const rows: ImportedRecord[] = resolved.rows.map((r) => ({ ...r, imported_from: fileName }));
	problems.sort((a, b) => a.line - b.line);
	return { rows: problems.length ? [] : rows, problems };
}

/**
 * The State of each record, read with UN naming (the sources' "Congo" is the Republic of the
 * Congo), which must have deposited an instrument: a record of any other State is a problem at its
 * line. Ingest and the browser import both check records this way.
 */
export function resolvePartyStates<R extends { state: string }>(
	records: readonly R[],
	lines: readonly number[],
	file: string,
	resolver: Resolver,
	partyIso3s: ReadonlySet<string>
): { rows: (R & { iso3: string })[]; problems: Problem[] } {
	const rows: (R & { iso3: string })[] = [];
	const problems: Problem[] = [];
	records.forEach((r, i) => {
		const where = { file, line: lines[i] ?? 0, column: 'state', value: r.state };
		const res = resolver.resolve(r.state, { unNaming: true });
		if (!res.ok) problems.push(problem(where, resolutionReason(r.state, res)));
		else if (!partyIso3s.has(res.state.iso3))
			problems.push(problem(where, { key: 'problem.notParty', params: { state: res.state.name } }));
		else rows.push({ ...r, iso3: res.state.iso3 });
	});
	return { rows, problems };
}

/** A file is a coverage declaration when it has coverage.csv's columns and not the record's "state". */
export function isCoverageFile(header: readonly string[]): boolean {
	return !header.includes('state') && COVERAGE_COLUMNS.every((c) => header.includes(c));
}

/** The declarations of an imported coverage file, one per covering year, each naming the file. */
export function validateCoverageImport(
	table: CsvTable,
	fileName: string
): { rows: CoverageDeclarationRow[]; problems: Problem[] } {
	const v = collectTable(table, COVERAGE_COLUMNS, coverageRowSchema, fileName, 500);
	const problems = [...v.problems, ...duplicateRows(v.rows, v.lines, fileName, 'covering_year')];
	problems.sort((a, b) => a.line - b.line);
	return { rows: problems.length ? [] : coverageDeclarations(v.rows, fileName), problems };
}
