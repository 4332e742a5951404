/**
 * Reads data/reference/states.csv for Node scripts (ingest, importers, tests). Every bad row is
 * reported with file, line, column and value, because people edit this file by hand.
 */
import { CsvError, parseCsv } from '../csv';
import { STATE_COLUMNS, stateRefSchema, type StateRef } from '../schema/states';
import { createResolver, ResolverError } from '../reference/resolver';
import { readTextFile } from './read-text-file';
import { DataError, formatProblem, issueProblem } from '../validate';

export class StatesFileError extends Error {}

export function loadStates(file = 'data/reference/states.csv'): StateRef[] {
	let text: string;
	try {
		text = readTextFile(file).text;
	} catch (e) {
		if (e instanceof DataError) throw new StatesFileError(e.message);
		throw new StatesFileError(`${file}: cannot read the States reference (${(e as NodeJS.ErrnoException).code ?? e})`);
	}
	return parseStates(text, file);
}

/** The fs-free part, so that tests can feed text. */
export function parseStates(text: string, file: string): StateRef[] {
	let table;
	try {
		table = parseCsv(text);
	} catch (e) {
		if (e instanceof CsvError) throw new StatesFileError(`${file} line ${e.line}, column ${e.column}: ${e.message}`);
		throw e;
	}
	if (table.header.join(',') !== STATE_COLUMNS.join(',')) {
		throw new StatesFileError(
			`${file} line 1: expected the columns ${STATE_COLUMNS.join(',')}, found ${table.header.join(',')}`
		);
	}
	const states: StateRef[] = [];
	const lineOf = new Map<string, number>();
	for (const record of table.records) {
		const row = Object.fromEntries(STATE_COLUMNS.map((c, i) => [c, record.cells[i] ?? '']));
		const parsed = stateRefSchema.safeParse(row);
		if (!parsed.success) {
			throw new StatesFileError(formatProblem(issueProblem(parsed.error.issues[0]!, row, file, record.line)));
		}
		const first = lineOf.get(parsed.data.iso3);
		if (first !== undefined) {
			throw new StatesFileError(
				`${file} line ${record.line}, column iso3: value "${parsed.data.iso3}": already used on line ${first}; expected each ISO3 code once`
			);
		}
		lineOf.set(parsed.data.iso3, record.line);
		states.push(parsed.data);
	}
	try {
		// Building the resolver is what finds an alias shared by two States.
		createResolver(states);
	} catch (e) {
		if (e instanceof ResolverError) throw new StatesFileError(`${file}: ${e.message}`);
		throw e;
	}
	return states;
}
