/**
 * Checks a Trust Fund ledger file (contributions or budgets) with the shared schemas, resolves
 * its States and refuses duplicate rows; ingest and the in-browser import both use it, so a file
 * is accepted or refused the same way in both places.
 */
import type { CsvTable } from '../csv';
import { resolutionReason, type Resolver } from '../reference/resolver';
import {
	BUDGET_COLUMNS,
	budgetRowSchema,
	CONTRIBUTION_COLUMNS,
	contributionRowSchema,
	type BudgetRow,
	type ContributionRow
} from '../schema/trustfund';
import { collectTable, problem, type Problem } from '../validate';

export type LedgerKind = 'contributions' | 'budgets';

/** Which ledger a file is, from its header; null when it is neither. */
export function ledgerKind(header: readonly string[]): LedgerKind | null {
	const has = (cols: readonly string[]) => cols.every((c) => header.includes(c));
	if (has(CONTRIBUTION_COLUMNS)) return 'contributions';
	if (has(BUDGET_COLUMNS)) return 'budgets';
	return null;
}

export type Contribution = ContributionRow & { iso3: string; imported_from: string | null };
export type Budget = BudgetRow & { imported_from: string | null };

export function validateContributions(
	table: CsvTable,
	file: string,
	resolver: Resolver,
	importedFrom: string | null = null
) {
	const v = collectTable(table, CONTRIBUTION_COLUMNS, contributionRowSchema, file, 500);
	const problems: Problem[] = [...v.problems];
	const rows: Contribution[] = [];
	const seen = new Map<string, number>();
	v.rows.forEach((r, i) => {
		const line = v.lines[i] ?? 0;
		const res = resolver.resolve(r.state, { unNaming: true });
		const where = { file, line, column: 'state', value: r.state };
		if (!res.ok) {
			problems.push(problem(where, resolutionReason(r.state, res)));
			return;
		}
		const key = [r.year, res.state.iso3, r.amount, r.currency, r.date_received, r.fund].join('|');
		const first = seen.get(key);
		if (first !== undefined)
			problems.push(problem(where, { key: 'problem.duplicateContribution', params: { line: first } }));
		else seen.set(key, line);
		rows.push({ ...r, iso3: res.state.iso3, imported_from: importedFrom });
	});
	problems.sort((a, b) => a.line - b.line);
	return { rows: problems.length ? [] : rows, problems };
}

export function validateBudgets(table: CsvTable, file: string, importedFrom: string | null = null) {
	const v = collectTable(table, BUDGET_COLUMNS, budgetRowSchema, file, 500);
	const problems: Problem[] = [...v.problems];
	const seen = new Map<number, number>();
	v.rows.forEach((r, i) => {
		const line = v.lines[i] ?? 0;
		const first = seen.get(r.year);
		if (first !== undefined)
			problems.push(
				problem(
					{ file, line, column: 'year', value: String(r.year) },
					{ key: 'problem.secondBudget', params: { year: r.year, line: first } }
				)
			);
		else seen.set(r.year, line);
	});
	problems.sort((a, b) => a.line - b.line);
	return { rows: problems.length ? [] : v.rows.map((r): Budget => ({ ...r, imported_from: importedFrom })), problems };
}
