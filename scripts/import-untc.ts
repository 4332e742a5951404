/**
 * Imports a saved UN Treaty Collection status page into the canonical accession CSV
 * (data/sources/accession/<treaty>.csv). The CSV is written only when the rows reproduce the
 * page header's counts, so a bad parse can never replace a good file.
 * Exit codes: 0 written, 1 data error (nothing written), 2 usage error.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toCsv } from '../src/lib/csv';
import { readTextFile } from '../src/lib/server/read-text-file';
import { today } from '../src/lib/schema/fields';
import { DataError as FileDataError } from '../src/lib/validate';
import { findBadEntity } from './lib/parsers/untc-text';
import { checkPinnedDay } from './lib/cli';
import { writeFileAtomic } from '../src/lib/server/write-file-atomic';
import { loadStates, StatesFileError } from '../src/lib/server/load-states';
import { createResolver } from '../src/lib/reference/resolver';
import {
	ACCESSION_COLUMNS,
	checkHeaderCounts,
	describeHeaderCheck,
	isUntcTreaty,
	parseUntcPage,
	toAccessionRecords,
	UNTC_TREATIES,
	UntcDataError,
	UntcParseError,
	type UntcTreaty
} from './lib/parsers/untc';

const USAGE = `usage: npm run -s import:untc -- FILE --out CSV [--treaty ${UNTC_TREATIES.join('|')}] [--json]`;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

class UsageError extends Error {}
class DataError extends Error {}

interface Options {
	file: string;
	out: string;
	treaty: UntcTreaty;
	json: boolean;
}

function parseArgs(argv: string[]): Options | 'help' {
	let file: string | undefined;
	let out: string | undefined;
	let treaty: string | undefined;
	let json = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] ?? '';
		const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
		const value = () => {
			const v = inline ?? argv[++i];
			if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
			return v;
		};
		if (flag === '-h' || flag === '--help') return 'help';
		else if (flag === '--out') out = value();
		else if (flag === '--treaty') treaty = value();
		else if (flag === '--json' && inline === undefined) json = true;
		else if (flag?.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
		else if (file === undefined) file = arg;
		else throw new UsageError(`one FILE only (got ${file} and ${arg})`);
	}
	if (file === undefined) throw new UsageError('missing FILE (a saved UNTC status page)');
	checkPinnedDay();
	if (out === undefined) throw new UsageError('missing --out CSV');
	if (treaty !== undefined && !isUntcTreaty(treaty)) throw new UsageError(`unknown treaty "${treaty}"`);
	const base = path.basename(file).replace(/\.html?$/i, '');
	return { file, out, json, treaty: (treaty as UntcTreaty | undefined) ?? (isUntcTreaty(base) ? base : 'ccm') };
}

function run(o: Options) {
	let html: string;
	try {
		const decoded = readTextFile(o.file);
		html = decoded.text;
		if (decoded.notice) process.stderr.write(`import-untc: notice: ${decoded.notice}\n`);
	} catch (e) {
		if (e instanceof FileDataError) throw e;
		throw new DataError(`cannot read ${o.file} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
	}
	// Before parsing: a control character written as an entity would reach the messages and the CSV.
	const bad = findBadEntity(html);
	if (bad)
		throw new FileDataError([
			{ file: o.file, line: bad.line, column: bad.column, message: `${JSON.stringify(bad.entity)} ${bad.why}` }
		]);
	const page = parseUntcPage(html);
	// A record cannot describe the future: a status date ahead would move the data's date and
	// invent reporting obligations up to it.
	if (page.statusAsAt > today())
		throw new DataError(
			`${o.file}: the status date ${page.statusAsAt} is after today (${today()}): a saved status page describes a day that has passed; ${o.out} not written`
		);
	const states = loadStates(path.join(repoRoot, 'data/reference/states.csv'));
	const records = toAccessionRecords(page, o.treaty, createResolver(states), o.file);
	const check = checkHeaderCounts(records, page);
	if (!check.ok) {
		throw new DataError(
			`${o.file}: the rows do not reproduce the page header (status as at ${page.statusAsAt}): ${describeHeaderCheck(check)}; ${o.out} not written`
		);
	}
	try {
		writeFileAtomic(o.out, toCsv(ACCESSION_COLUMNS, records));
	} catch (e) {
		throw new DataError(`cannot write ${o.out} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
	}
	process.stderr.write(
		`import-untc: wrote ${records.length} rows of ${o.treaty} (status as at ${page.statusAsAt}; ${describeHeaderCheck(check)}) to ${o.out}\n`
	);
	if (o.json) {
		const summary = {
			treaty: o.treaty,
			file: o.file,
			status_as_at: page.statusAsAt,
			rows: records.length,
			parties: { header: check.parties.header, computed: check.parties.computed },
			signatories: { header: check.signatories.header, computed: check.signatories.computed },
			out: o.out
		};
		process.stdout.write(`${JSON.stringify(summary)}\n`);
	}
}

function main(): number {
	let options: Options | 'help';
	try {
		options = parseArgs(process.argv.slice(2));
	} catch (e) {
		process.stderr.write(`import-untc: ${(e as Error).message}\n${USAGE}\n`);
		return 2;
	}
	if (options === 'help') {
		process.stderr.write(`${USAGE}\n`);
		return 0;
	}
	try {
		run(options);
		return 0;
	} catch (e) {
		if (e instanceof UntcParseError) process.stderr.write(`import-untc: ${options.file}: ${e.message}\n`);
		else if (
			e instanceof DataError ||
			e instanceof UntcDataError ||
			e instanceof StatesFileError ||
			e instanceof FileDataError
		) {
			process.stderr.write(`import-untc: ${e.message}\n`);
		} else process.stderr.write(`import-untc: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
		return 1;
	}
}

process.exitCode = main();
