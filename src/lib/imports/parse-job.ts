/**
 * What the import worker does with a dropped file: decode, parse and validate it with the same
 * rules as the commands, returning rows or every problem by row. Plain data in, plain data out
 * (structured-clonable), so it runs in a Web Worker and, in tests, directly in Node.
 */
import { createResolver } from '../reference/resolver';
import type { StateRef } from '../schema/states';
import { DataError, type Problem } from '../schema/validate';
import type { TextEncoding } from '../text-decode';
import { validateArticle7Import } from './article7-import';
import { ledgerKind, validateBudgets, validateContributions, type LedgerKind } from './ledger';
import { readTabularFile } from './tabular';

export type ParseRequest =
	| { task: 'article7'; file: File; states: StateRef[]; parties: string[] }
	| { task: 'ledger'; file: File; states: StateRef[] };

export type ParseResponse = { encoding: TextEncoding | null } & (
	{ ok: true; rows: object[]; kind: LedgerKind | null } | { ok: false; problems: Problem[] }
);

const LEDGER_EXPECTED =
	'neither a contributions file (year, state, amount, currency, date_received, fund, source) nor a budgets file (year, approved_budget, currency, source_document)';

export async function runParseJob(req: ParseRequest): Promise<ParseResponse> {
	const name = req.file.name;
	let read;
	try {
		read = await readTabularFile(req.file);
	} catch (e) {
		const problems =
			e instanceof DataError
				? e.problems
				: [{ file: name, line: 0, column: 0, message: `cannot be read: ${(e as Error).message}` }];
		return { ok: false, problems, encoding: null };
	}
	const { table, encoding } = read;
	const resolver = createResolver(req.states);
	if (req.task === 'article7') {
		const v = validateArticle7Import(table, name, resolver, new Set(req.parties));
		return v.problems.length
			? { ok: false, problems: v.problems, encoding }
			: { ok: true, rows: v.rows, kind: null, encoding };
	}
	const kind = ledgerKind(table.header);
	if (!kind) return { ok: false, problems: [{ file: name, line: 1, column: 1, message: LEDGER_EXPECTED }], encoding };
	const v =
		kind === 'contributions' ? validateContributions(table, name, resolver, name) : validateBudgets(table, name, name);
	return v.problems.length ? { ok: false, problems: v.problems, encoding } : { ok: true, rows: v.rows, kind, encoding };
}
