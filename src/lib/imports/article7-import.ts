/**
 * Validates an Article 7 record a user imports in the browser, with the same zod schema ingest
 * uses, and resolves its States: errors come back by row and column, as a spreadsheet shows them.
 */
import type { CsvTable } from '../csv';
import type { Resolver } from '../reference/resolver';
import { resolutionReason } from '../reference/resolver';
import { REPORT_COLUMNS, reportRowSchema } from '../schema/article7';
import { collectTable, duplicateRows, problem, type Problem } from '../schema/validate';

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
	const rows: ImportedRecord[] = [];
	const problems: Problem[] = [
		...validated.problems,
		...duplicateRows(validated.rows, validated.lines, fileName, 'state')
	];
	validated.rows.forEach((r, i) => {
		const where = { file: fileName, line: validated.lines[i] ?? 0, column: 'state', value: r.state };
		const res = resolver.resolve(r.state, { unNaming: true });
		if (!res.ok) problems.push(problem(where, resolutionReason(r.state, res)));
		else if (!partyIso3s.has(res.state.iso3))
			problems.push(problem(where, { key: 'problem.notParty', params: { state: res.state.name } }));
		else rows.push({ ...r, iso3: res.state.iso3, imported_from: fileName });
	});
	problems.sort((a, b) => a.line - b.line);
	return { rows: problems.length ? [] : rows, problems };
}
