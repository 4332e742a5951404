/**
 * npm run -s import:article7 -- FILE [FILE...] --out CSV
 * Converts public-record compilations into the ISU's record format (docs:
 * data/sources/article7/README.md), one output from all files. Two layouts are read, told apart by
 * their header:
 * - the compilation of submissions (state, report_type, covering_year, submitted_date, source_url,
 *   quote): every row is `stated`. A "submitted" date is the day the report reached the UN, so its
 *   kind is `received`;
 * - the annual-report additions (state, iso3, covering_year, submitted, submitted_date, source,
 *   quote, basis, as_of, derivation, ...): the bases in IMPORTED_BASES are kept with their basis,
 *   the others are left out and counted on stderr (why: the README).
 * Given several files, a row that repeats a record already written (same State, report, covering
 * year, date, source and basis) is written once. Names stay as each source wrote them. Every row is validated before the
 * output is replaced; the files are read in 1 MiB chunks and written as they go.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkWidth, csvLine, CsvError, CsvStreamParser, type CsvRecord } from '../src/lib/csv';
import { createResolver } from '../src/lib/reference/resolver';
import { RECORD_COLUMNS, reportRowSchema } from '../src/lib/schema/article7';
import { loadStates } from '../src/lib/server/load-states';
import { streamTextFile } from '../src/lib/server/read-text-file';
import { csvProblem, DataError, issueProblem, problem, type Problem } from '../src/lib/validate';
import { makeDir } from './lib/atomic-dir';
import { main, parseFlags, say, UsageError } from './lib/cli';
import { StreamedFile } from './lib/streamed-file';

const USAGE = 'npm run -s import:article7 -- FILE [FILE...] --out CSV';
const MAX_PROBLEMS = 50;

/** The additions' bases that enter the record (the others rest on rules the README explains). */
const IMPORTED_BASES = new Set(['stated', 'derived_monitor_ever_since', 'stated_none_as_of']);
/** Every basis the additions file may carry: any other value is a problem, not a row left out. */
const KNOWN_BASES = new Set([
	...IMPORTED_BASES,
	'derived_cy_from_submission_year',
	'derived_due_before_late_initial_report',
	'derived_no_initial_report_as_of'
]);
const ADDITIONS_COLUMNS = ['state', 'iso3', 'covering_year', 'submitted', 'submitted_date', 'source', 'quote', 'basis'];

type Cell = (name: string) => string;

/** The additions' row as a record of the canonical file, or null for a basis left out. */
function fromAdditions(cell: Cell): Record<string, string> | null {
	const basis = cell('basis');
	if (!IMPORTED_BASES.has(basis)) return null;
	// A statement of no report speaks up to its `as_of`; the others keep the submission date given.
	const date = basis === 'stated_none_as_of' ? cell('as_of') : cell('submitted_date');
	return {
		state: cell('state'),
		report_type: 'annual',
		covering_year: cell('covering_year'),
		date,
		date_kind: date === '' ? 'unknown' : basis === 'stated_none_as_of' ? 'published' : 'received',
		source: cell('source'),
		quote: cell('quote'),
		basis
	};
}

function fromCompilation(cell: Cell): Record<string, string> {
	return {
		state: cell('state'),
		report_type: cell('report_type'),
		covering_year: cell('covering_year'),
		date: cell('submitted_date'),
		date_kind: cell('submitted_date') === '' ? 'unknown' : 'received',
		source: cell('source_url'),
		quote: cell('quote'),
		basis: 'stated'
	};
}

await main(async () => {
	const { values, positionals } = parseFlags(process.argv.slice(2), { out: { type: 'string' } }, USAGE);
	if (!positionals.length || !values.out) throw new UsageError(`FILE and --out are required\nusage: ${USAGE}`);
	for (const file of positionals)
		if (!fs.existsSync(file)) throw new DataError([{ file, line: 0, column: 0, message: 'file not found' }]);
	const out = path.resolve(values.out);
	makeDir(path.dirname(out));
	// Repeats are found by State, not by name: "St. Kitts and Nevis" and "Saint Kitts and Nevis" are one.
	const resolver = createResolver(loadStates());
	const iso3Of = (name: string) => {
		const r = resolver.resolve(name, { unNaming: true });
		return r.ok ? r.state.iso3 : name;
	};

	const problems: Problem[] = [];
	const seen = new Set<string>();
	const output = new StreamedFile(out, values.out);
	output.add(RECORD_COLUMNS.join(','));
	let written = 0;
	let repeats = 0;
	const leftOut = new Map<string, number>();
	let current = positionals[0]!;

	try {
		for (const file of positionals) {
			current = file;
			let header: string[] | null = null;
			let additions = false;
			const onRecord = (rec: CsvRecord) => {
				if (!header) {
					header = rec.cells.map((h) => h.trim().replace(/^\uFEFF/, ''));
					additions = header.includes('basis');
					// The compilation's missing columns show as empty cells in its rows (as before the additions).
					const missing = additions ? ADDITIONS_COLUMNS.filter((c) => !header!.includes(c)) : [];
					for (const c of missing)
						problems.push(problem({ file, line: 1, column: c }, { key: 'problem.missingColumn' }));
					if (problems.length) throw new DataError(problems);
					return;
				}
				checkWidth(header, rec);
				const cell: Cell = (n) => rec.cells[header!.indexOf(n)] ?? '';
				if (additions && !KNOWN_BASES.has(cell('basis').trim())) {
					problems.push(
						problem(
							{ file, line: rec.line, column: 'basis', value: cell('basis') },
							{ key: 'problem.choice', params: { choices: [...KNOWN_BASES], values: [...KNOWN_BASES].join(', ') } }
						)
					);
					if (problems.length >= MAX_PROBLEMS) throw new DataError(problems);
					return;
				}
				const record = additions ? fromAdditions(cell) : fromCompilation(cell);
				if (record === null) {
					leftOut.set(cell('basis'), (leftOut.get(cell('basis')) ?? 0) + 1);
					return;
				}
				const parsed = reportRowSchema.safeParse(record);
				if (!parsed.success) {
					for (const issue of parsed.error.issues) problems.push(issueProblem(issue, record, file, rec.line));
					if (problems.length >= MAX_PROBLEMS) throw new DataError(problems);
					return;
				}
				const r = { ...parsed.data, covering_year: parsed.data.covering_year ?? '' };
				// Repeats are looked for only across files: one compilation is converted row for row, as
				// before (a row given twice there is ingest's duplicate to report).
				if (positionals.length > 1) {
					const key = JSON.stringify([iso3Of(r.state), r.report_type, r.covering_year, r.date, r.source, r.basis]);
					if (seen.has(key)) {
						repeats++;
						return;
					}
					seen.add(key);
				}
				if (!problems.length) output.add(csvLine(RECORD_COLUMNS.map((c) => r[c])));
				written++;
			};
			const parser = new CsvStreamParser();
			for await (const chunk of streamTextFile(file, file, (_, notice) => notice && say(`notice: ${notice}`))) {
				parser.push(chunk, onRecord);
				await output.flush();
			}
			parser.end(onRecord);
			if (!header) throw new DataError([problem({ file, line: 1, column: 1 }, { key: 'problem.emptyFile' })]);
		}
		if (problems.length) throw new DataError(problems);
		await output.commit();
	} catch (e) {
		await output.discard();
		if (e instanceof CsvError) throw new DataError([csvProblem(e, current)]);
		throw e;
	}
	const skipped = [...leftOut].map(([b, n]) => `${n} ${b}`).join(', ');
	say(
		`import:article7: wrote ${written} records to ${values.out}` +
			(repeats ? `; ${repeats} repeats of a record already written` : '') +
			(skipped ? `; left out (see data/sources/article7/README.md): ${skipped}` : '')
	);
});
