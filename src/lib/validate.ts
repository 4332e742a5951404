/**
 * Turns a parsed CSV table into typed rows with a zod schema, collecting every problem with the
 * file, line, column and value, so that a user fixes a file in one pass instead of one error a run.
 * A problem's reason is a code and its parameters (./schema/reason.ts): the commands print it in
 * English, the browser import in the page's language, from the same words (./i18n/reason-text.ts).
 */
import type { z } from 'zod';
import { CsvError, parseCsv, type CsvTable } from './csv';
import { english, paramsIn, renderReason, type ReasonLocale, type Translate } from './i18n/reason-text';
import { reasonFromIssue, type Reason } from './schema/reason';

export interface Problem {
	file: string;
	line: number;
	column: string | number;
	value?: string;
	/** The reason in English, as the commands print it. */
	message: string;
	/** The same reason as a message key and parameters; absent only on checks the commands alone make. */
	reason?: Reason;
}

type Where = Omit<Problem, 'message' | 'reason'>;

/** A problem at `where`, its English message written from its reason. */
export function problem(where: Where, reason: Reason): Problem {
	return { ...where, message: english(reason), reason };
}

function frame(p: Problem, reason: string): Reason {
	// Line 0 is the whole file (a workbook that cannot be opened): no line or column to name.
	if (p.line === 0) return { key: 'problem.inFile', params: { file: p.file, reason } };
	const where = { file: p.file, line: p.line, column: String(p.column), reason };
	return p.value === undefined
		? { key: 'problem.at', params: where }
		: { key: 'problem.atValue', params: { ...where, value: JSON.stringify(truncate(p.value)) } };
}

/** The whole line in English: "file.csv line 3, column date: value "x": expected ...". */
export function formatProblem(p: Problem): string {
	return english(frame(p, p.message));
}

/** The whole line in another language: `tr` is that language's translator (the page's `t`). */
export function formatProblemIn(p: Problem, tr: Translate, locale: ReasonLocale): string {
	const reason = p.reason ? renderReason(p.reason, tr, locale) : p.message;
	const { key, params } = frame(p, '');
	// The reason is already text in the language; only the file, column and value are data.
	return tr(key, { ...paramsIn(params, locale), reason });
}

function truncate(s: string, n = 80) {
	return s.length > n ? `${s.slice(0, n)}…` : s;
}

export class DataError extends Error {
	constructor(readonly problems: Problem[]) {
		super(problems.map(formatProblem).join('\n'));
	}
}

export interface Validated<T> {
	rows: T[];
	/** Line of each row, for messages about rows found wrong later (duplicates, cross-file checks). */
	lines: number[];
}

/** Checks the header against the expected columns: missing, unknown and repeated ones. */
export function checkHeader(header: string[], columns: readonly string[], file: string): Problem[] {
	const problems: Problem[] = [];
	const seen = new Set<string>();
	header.forEach((h, i) => {
		const where = { file, line: 1, column: i + 1, value: h };
		if (seen.has(h)) problems.push(problem(where, { key: 'problem.columnTwice' }));
		seen.add(h);
		if (!columns.includes(h))
			problems.push(problem(where, { key: 'problem.unknownColumn', params: { columns: columns.join(', ') } }));
	});
	for (const c of columns)
		if (!seen.has(c)) problems.push(problem({ file, line: 1, column: c }, { key: 'problem.missingColumn' }));
	return problems;
}

/** A zod issue on one record as a problem; an issue whose message is no key keeps it as written. */
export function issueProblem(
	issue: z.core.$ZodIssue,
	record: Record<string, string>,
	file: string,
	line: number
): Problem {
	const column = String(issue.path[0] ?? '?');
	const where = { file, line, column, value: record[column] };
	const reason = reasonFromIssue(issue);
	return reason ? problem(where, reason) : { ...where, message: issue.message };
}

/** A CSV syntax error as a problem. */
export function csvProblem(e: CsvError, file: string): Problem {
	const where = { file, line: e.line, column: e.column };
	return e.reason ? problem(where, e.reason) : { ...where, message: e.message };
}

/** Validates every record, keeping the valid rows and every problem (a header problem stops it). */
export function collectTable<S extends z.ZodType>(
	table: CsvTable,
	columns: readonly string[],
	schema: S,
	file: string,
	maxProblems = 50
): Validated<z.output<S>> & { problems: Problem[] } {
	const problems = checkHeader(table.header, columns, file);
	const rows: z.output<S>[] = [];
	const lines: number[] = [];
	if (problems.length) return { rows, lines, problems };
	for (const rec of table.records) {
		const obj: Record<string, string> = {};
		table.header.forEach((h, i) => (obj[h] = rec.cells[i] ?? ''));
		const parsed = schema.safeParse(obj);
		if (parsed.success) {
			rows.push(parsed.data);
			lines.push(rec.line);
			continue;
		}
		for (const issue of parsed.error.issues) problems.push(issueProblem(issue, obj, file, rec.line));
		if (problems.length >= maxProblems) break;
	}
	return { rows, lines, problems };
}

/** Rows equal in every column: the later one is a copy (a paste done twice), named with the first's line. */
export function duplicateRows(
	rows: readonly object[],
	lines: readonly number[],
	file: string,
	column: string
): Problem[] {
	const first = new Map<string, number>();
	const problems: Problem[] = [];
	rows.forEach((r, i) => {
		const key = JSON.stringify(r);
		const line = lines[i] ?? 0;
		const seen = first.get(key);
		if (seen === undefined) first.set(key, line);
		else problems.push(problem({ file, line, column }, { key: 'problem.duplicateRow', params: { line: seen } }));
	});
	return problems;
}

export function validateTable<S extends z.ZodType>(
	table: CsvTable,
	columns: readonly string[],
	schema: S,
	file: string,
	maxProblems = 50
): Validated<z.output<S>> {
	const { rows, lines, problems } = collectTable(table, columns, schema, file, maxProblems);
	if (problems.length) throw new DataError(problems);
	return { rows, lines };
}

/** Parses and validates CSV text in one step, turning CSV syntax errors into problems too. */
export function readCsvText<S extends z.ZodType>(
	text: string,
	columns: readonly string[],
	schema: S,
	file: string
): Validated<z.output<S>> {
	let table: CsvTable;
	try {
		table = parseCsv(text);
	} catch (e) {
		if (e instanceof CsvError) throw new DataError([csvProblem(e, file)]);
		throw e;
	}
	return validateTable(table, columns, schema, file);
}
