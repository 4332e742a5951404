/**
 * What the import worker does with a dropped file: decode, parse and validate it with the same
 * rules as the commands, returning rows or every problem by row. Plain data in, plain data out
 * (structured-clonable), so it runs in a Web Worker and, in tests, directly in Node.
 */
import { createResolver } from '../reference/resolver';
import type { StateRef } from '../schema/states';
import { BUDGET_COLUMNS, CONTRIBUTION_COLUMNS } from '../schema/trustfund';
import { DataError, problem, type Problem } from '../validate';
import type { TextEncoding } from '../text-decode';
import { isCoverageFile, validateArticle7Import, validateCoverageImport } from './article7-import';
import { ledgerKind, validateBudgets, validateContributions, type LedgerKind } from './ledger';
import { readTabularFile } from './tabular';

export type ParseRequest =
	| { task: 'article7'; file: File; states: StateRef[]; parties: string[] }
	| { task: 'ledger'; file: File; states: StateRef[] };

/** What a valid file holds: a ledger's kind, or an Article 7 record or coverage declaration. */
export type ParsedKind = LedgerKind | 'records' | 'coverage';

export type ParseResponse = { encoding: TextEncoding | null } & (
	{ ok: true; rows: object[]; kind: ParsedKind } | { ok: false; problems: Problem[] }
);

const NOT_A_LEDGER = {
	key: 'problem.notLedger',
	params: { contributions: CONTRIBUTION_COLUMNS.join(', '), budgets: BUDGET_COLUMNS.join(', ') }
} as const;

/** A file that could not be read at all (the browser's own error, in its words). */
export const unreadable = (file: string, e: unknown) =>
	problem({ file, line: 0, column: 0 }, { key: 'problem.unreadable', params: { error: (e as Error).message } });

export async function runParseJob(req: ParseRequest): Promise<ParseResponse> {
	const name = req.file.name;
	let read;
	try {
		read = await readTabularFile(req.file);
	} catch (e) {
		const problems = e instanceof DataError ? e.problems : [unreadable(name, e)];
		return { ok: false, problems, encoding: null };
	}
	const { table, encoding } = read;
	const resolver = createResolver(req.states);
	if (req.task === 'article7') {
		// The ISU declares where its record is complete in a second file with coverage.csv's columns.
		const coverage = isCoverageFile(table.header);
		const v = coverage
			? validateCoverageImport(table, name)
			: validateArticle7Import(table, name, resolver, new Set(req.parties));
		return v.problems.length
			? { ok: false, problems: v.problems, encoding }
			: { ok: true, rows: v.rows, kind: coverage ? 'coverage' : 'records', encoding };
	}
	const kind = ledgerKind(table.header);
	if (!kind) return { ok: false, problems: [problem({ file: name, line: 1, column: 1 }, NOT_A_LEDGER)], encoding };
	const v =
		kind === 'contributions' ? validateContributions(table, name, resolver, name) : validateBudgets(table, name, name);
	return v.problems.length ? { ok: false, problems: v.problems, encoding } : { ok: true, rows: v.rows, kind, encoding };
}
