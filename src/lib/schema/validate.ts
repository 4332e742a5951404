/**
 * Turns a parsed CSV table into typed rows with a zod schema, collecting every problem with the
 * file, line, column and value, so that a user fixes a file in one pass instead of one error a run.
 */
import type { z } from 'zod';
import { CsvError, parseCsv, type CsvTable } from '../csv';

export interface Problem {
	file: string;
	line: number;
	column: string | number;
	value?: string;
	message: string;
}

export function formatProblem(p: Problem): string {
	const col = typeof p.column === 'number' ? `column ${p.column}` : `column ${p.column}`;
	const value = p.value === undefined ? '' : ` value ${JSON.stringify(truncate(p.value))}:`;
	return `${p.file} line ${p.line}, ${col}:${value} ${p.message}`;
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
		if (seen.has(h)) problems.push({ file, line: 1, column: i + 1, value: h, message: 'this column appears twice' });
		seen.add(h);
		if (!columns.includes(h))
			problems.push({
				file,
				line: 1,
				column: i + 1,
				value: h,
				message: `unknown column; expected ${columns.join(', ')}`
			});
	});
	for (const c of columns)
		if (!seen.has(c)) problems.push({ file, line: 1, column: c, message: 'this column is missing from the header' });
	return problems;
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
		for (const issue of parsed.error.issues) {
			const column = String(issue.path[0] ?? '?');
			problems.push({ file, line: rec.line, column, value: obj[column], message: issue.message });
		}
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
		else problems.push({ file, line, column, message: `the same row as line ${seen} (a duplicate row)` });
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
		if (e instanceof CsvError) throw new DataError([{ file, line: e.line, column: e.column, message: e.message }]);
		throw e;
	}
	return validateTable(table, columns, schema, file);
}
