/**
 * Bad input, measured: the real source files with one fault each, through the ingest and every
 * importer, as a user runs them. Each case ends either refused (exit 1, a message naming file,
 * line, column and what was expected, the previous output byte for byte as it was) or accepted
 * because the file is valid after all (then the same result as the clean file). The outcomes are
 * the table in docs/RELIABILITY.md (FAULTS_TABLE=file writes it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, run, runAsync } from './cli';
import {
	cleanIngest,
	crlf,
	dropColumn,
	duplicateColumn,
	duplicateRow,
	empty,
	excerpt,
	extraColumn,
	FORMULA,
	hashTree,
	ingestInProcess,
	outcomes,
	randomBytes,
	REAL_INPUTS,
	renameColumn,
	scriptAsFirstParticipant,
	entityInFirstParticipant,
	setCell,
	strayWindows1252Byte,
	conflictingRow,
	tmpDir,
	truncateMidLine,
	utf16le,
	utf8Bom,
	windows1252,
	writeOutcomes,
	XSS,
	type Mutation
} from './faults';

interface Case {
	name: string;
	/** The file to mutate: a path under data/ for the ingest, the importer's input otherwise. */
	file: string;
	mutate: Mutation;
	/** Exit 1 with this message, or 0 (valid after all) with the same output as the clean file unless `differs`. */
	error?: RegExp;
	differs?: string;
	/** Run as a separate `npm run ingest` process (the others run the same code in this process). */
	spawn?: boolean;
}

/** Every refusal must be inert text: no terminal escapes, no stack trace, the echoed value quoted. */
function expectCleanMessage(stderr: string) {
	expect(stderr).not.toMatch(/\n\s+at /);
	expect(stderr).not.toContain('\u001b');
	// eslint-disable-next-line no-control-regex
	expect(stderr).not.toMatch(/[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/);
}

afterAll(() => writeOutcomes());

// The faults every reader of a file meets, named alike in the outcomes table: each list says which
// file (an importer has one input, so none) and how the refusal reads.
const truncatedFile = (error: RegExp, file = ''): Case => ({
	name: 'truncated file (cut mid-line)',
	file,
	mutate: truncateMidLine(),
	error
});
const randomBytesFile = (error: RegExp, file = ''): Case => ({
	name: 'random bytes',
	file,
	mutate: randomBytes(),
	error
});
const emptyFile = (error: RegExp, file = ''): Case => ({ name: 'empty file', file, mutate: empty, error });
const impossibleDate = (column: string, error: RegExp, file = ''): Case => ({
	name: 'impossible date 2023-02-30',
	file,
	mutate: setCell(0, column, '2023-02-30'),
	error
});

// ---------------------------------------------------------------- ingest
describe('ingest on bad input', () => {
	let out: string;
	let clean: Record<string, string>;
	beforeAll(() => ({ out, clean } = cleanIngest('faults-out')));
	const parquet = (h: Record<string, string>) =>
		Object.fromEntries(Object.entries(h).filter(([f]) => f.endsWith('.parquet')));

	const A = 'sources/accession/ccm.csv';
	const V = 'sources/unga/votes.csv';
	const T = 'sources/unga/tallies.csv';
	const R = 'sources/article7/reports.csv';
	const P = 'sources/comparison/published_reporting_figures.csv';
	const F = 'sources/trustfund/facts.csv';
	const C = 'sources/trustfund/contributions.csv';
	const B = 'sources/trustfund/budgets.csv';
	const addContribution = (cells: string) => (text: string) => `${text}${cells}\n`;
	const cases: Case[] = [
		truncatedFile(/ccm\.csv line \d+, column \d+/, A),
		{
			name: 'truncated inside a quoted field',
			file: A,
			mutate: (t) => t.slice(0, t.indexOf('"UNTC status page', 2000) + 10),
			error: /ccm\.csv line \d+, column 12: a quoted field is never closed/
		},
		randomBytesFile(/votes\.csv line \d+, column \d+: control character U\+/, V),
		emptyFile(/tallies\.csv line 1, column 1: the file is empty/, T),
		{ name: 'CRLF line ends', file: A, mutate: crlf },
		{ name: 'CRLF line ends (votes, streamed)', file: V, mutate: crlf },
		{ name: 'UTF-8 with BOM', file: R, mutate: utf8Bom },
		{ name: 'UTF-16LE with BOM ("Unicode text")', file: A, spawn: true, mutate: utf16le },
		{ name: 'Windows-1252', file: A, mutate: windows1252 },
		{
			name: 'quoted line break in a free-text field',
			file: R,
			mutate: setCell(0, 'quote', 'first line\nsecond line'),
			differs: 'accepted: one record, its quote keeps the line break'
		},
		{
			name: 'missing column',
			file: F,
			mutate: dropColumn('unit'),
			error: /facts\.csv line 1, column unit: this column is missing/
		},
		{
			name: 'extra column',
			file: F,
			mutate: extraColumn,
			error: /facts\.csv line 1, column 8: value "comment": unknown column; expected year, fund/
		},
		{
			name: 'renamed column',
			file: R,
			mutate: renameColumn('covering_year', 'year'),
			error: /reports\.csv line 1, column 3: value "year": unknown column/
		},
		{
			name: 'duplicated column',
			file: T,
			mutate: duplicateColumn('yes'),
			error: /tallies\.csv line 1, column 16: value "yes": this column appears twice/
		},
		{
			name: 'duplicated row (accession)',
			file: A,
			mutate: duplicateRow(0),
			error: /a second row for ccm\/AFG \(first at line 2\)/
		},
		{
			name: 'duplicated row (Article 7 record)',
			file: R,
			mutate: duplicateRow(0),
			error: /reports\.csv line 3, column state: the same row as line 2 \(a duplicate row\)/
		},
		{
			name: 'duplicated row (votes)',
			file: V,
			mutate: duplicateRow(0),
			error: /votes\.csv line 3, column iso3: .*second vote|votes\.csv line 3/
		},
		impossibleDate('date', /reports\.csv line 2, column date: value "2023-02-30": expected a date written YYYY/, R),
		{
			name: 'date before 2008 (deposit)',
			file: A,
			mutate: setCell(0, 'deposit_date', '2005-09-08'),
			error:
				/ccm\.csv line 2, column deposit_date: value "2005-09-08": a date before the Convention opened for signature/
		},
		{
			name: 'date in the future (report received)',
			file: R,
			mutate: setCell(0, 'date', '2099-12-11'),
			error: /reports\.csv line 2, column date: value "2099-12-11": a date in the future/
		},
		{
			name: 'date in the future (deposit)',
			file: A,
			mutate: setCell(0, 'deposit_date', '2099-01-01'),
			error: /ccm\.csv line 2, column deposit_date: value "2099-01-01": a date after the status date/
		},
		{
			name: 'unknown State code',
			file: V,
			mutate: setCell(0, 'iso3', 'XXX'),
			error: /votes\.csv line 2, column iso3: value "XXX"/
		},
		{
			name: 'unknown State name',
			file: R,
			mutate: setCell(0, 'state', 'Atlantis'),
			error: /reports\.csv line 2, column state: value "Atlantis"/
		},
		{
			name: 'negative amount',
			file: C,
			mutate: addContribution('2023,France,-5000,EUR,2023-03-01,trust_fund,ledger'),
			error: /contributions\.csv line 2, column amount: value "-5000": expected a positive amount/
		},
		{
			name: 'non-numeric amount',
			file: C,
			mutate: addContribution('2023,France,"5,000 EUR",EUR,2023-03-01,trust_fund,ledger'),
			error: /contributions\.csv line 2, column amount: value "5,000 EUR": expected an amount written with digits/
		},
		{
			name: 'negative published figure',
			file: P,
			mutate: setCell(0, 'value', '-68'),
			error:
				/published_reporting_figures\.csv line 2, column value: value "-68": expected a figure that is not negative/
		},
		{
			name: 'negative vote count',
			file: T,
			mutate: setCell(1, 'yes', '-139'),
			error: /tallies\.csv line 3, column yes: value "-139": expected a whole number/
		},
		{
			name: 'script as a State name (echoed in the error)',
			file: R,
			mutate: setCell(0, 'state', XSS),
			error: /reports\.csv line 2, column state: value "<img src=x onerror=alert\(1\)>"/
		},
		{
			name: 'formula as a State code (echoed in the error)',
			file: A,
			mutate: setCell(0, 'iso3', FORMULA),
			error: /ccm\.csv line 2, column iso3: value "=HYPERLINK\(\\"http/
		},
		{
			name: 'script and formula in free text (footnotes, source)',
			file: A,
			mutate: (t) => setCell(0, 'source', FORMULA)(setCell(0, 'footnotes', XSS)(t) as string),
			differs: 'accepted: kept verbatim as text; the views escape it (tests/e2e/faults.test.ts)'
		},
		{
			name: 'script and formula in free text (quote, source)',
			file: R,
			mutate: (t) => setCell(1, 'quote', FORMULA)(setCell(0, 'quote', XSS)(t) as string),
			differs: 'accepted: kept verbatim as text'
		},
		{
			name: 'script in free text (vote note)',
			file: V,
			mutate: setCell(0, 'vote_note', XSS),
			differs: 'accepted: kept verbatim as text'
		},
		{
			name: 'script in free text (facts quote)',
			file: F,
			mutate: setCell(0, 'quote', XSS),
			differs: 'accepted: kept verbatim as text'
		},
		{
			name: 'a source link that is not http(s)',
			file: P,
			mutate: setCell(0, 'source_url', 'javascript:alert(1)'),
			differs: 'accepted as text; the views link only http(s) addresses'
		},
		// Issue #19: each of these was accepted before.
		{
			name: 'status date in the future (2099)',
			file: A,
			mutate: setCell(0, 'status_as_at', '2099-12-31'),
			error: /ccm\.csv line 2, column status_as_at: value "2099-12-31": a date in the future/
		},
		{
			name: 'duplicated row (published tally)',
			file: T,
			mutate: duplicateRow(1),
			error: /tallies\.csv line 4, column year: a second tally for 2015 plenary whole, the same as line 3/
		},
		{
			name: 'conflicting row (published tally)',
			file: T,
			mutate: conflictingRow(1, { yes: '140' }),
			error: /tallies\.csv line 25, column yes: value "140": a second tally for 2015 plenary whole; line 3 says "139"/
		},
		{
			name: 'duplicated row (Trust Fund facts)',
			file: F,
			mutate: duplicateRow(0),
			error:
				/facts\.csv line 3, column year: a second row for 2023 isu_trust_fund contributing_states, the same as line 2/
		},
		{
			name: 'conflicting row (Trust Fund facts)',
			file: F,
			mutate: conflictingRow(0, { value: '58' }),
			error:
				/facts\.csv line 8, column value: value "58": a second row for 2023 isu_trust_fund contributing_states; line 2 says "57"/
		},
		{
			name: 'duplicated row (published figures)',
			file: P,
			mutate: duplicateRow(0),
			error: /published_reporting_figures\.csv line 3, column as_of_date: a second figure .*, the same as line 2/
		},
		{
			name: 'conflicting row (published figures)',
			file: P,
			mutate: conflictingRow(0, { value: '69' }),
			error: /published_reporting_figures\.csv line 40, column value: value "69": a second figure .*; line 2 says "68"/
		},
		{
			name: 'votes file with its header only',
			file: V,
			mutate: (t) => `${t.split('\n')[0]}\n`,
			error: /votes\.csv line 2: no rows after the header; unga_votes would go from 1930 rows to none .*--allow-empty/
		},
		{
			name: 'hexadecimal vote count 0x8B',
			file: T,
			mutate: setCell(1, 'yes', '0x8B'),
			error: /tallies\.csv line 3, column yes: value "0x8B": expected a whole number/
		},
		{
			name: 'year with an exponent 2.023e3',
			file: F,
			mutate: setCell(0, 'year', '2.023e3'),
			error: /facts\.csv line 2, column year: value "2.023e3": expected a year such as 2023/
		},
		{
			name: 'zero contribution',
			file: C,
			mutate: addContribution('2023,France,0.00,EUR,2023-03-01,trust_fund,ledger'),
			error: /contributions\.csv line 2, column amount: value "0.00": expected a positive amount/
		},
		{
			name: 'vote count above 2^31 (published tally)',
			file: T,
			mutate: setCell(1, 'yes', '3000000000'),
			error: /tallies\.csv line 3, column yes: value "3000000000": expected a count of at most 999/
		},
		{
			name: 'vote count above 2^31 (total in the votes file)',
			file: V,
			mutate: setCell(0, 'total_yes', '3000000000'),
			error: /votes\.csv line 2, column total_yes: value "3000000000": expected a count of at most 999/
		},
		{
			name: 'UTF-8 file with one Windows-1252 byte',
			file: A,
			mutate: strayWindows1252Byte(4, 'footnotes'),
			error: /ccm\.csv line 6, column \d+: byte 0x92 is not UTF-8 although the rest of the file is/
		},
		{
			name: 'UTF-8 file with one Windows-1252 byte (votes, streamed)',
			file: V,
			mutate: strayWindows1252Byte(5, 'vote_note', { row: 0, column: 'ms_name', value: 'Côte d’Ivoire' }),
			error: /votes\.csv line 7, column \d+: byte 0x92 is not UTF-8 although the rest of the file is/
		},
		{
			name: 'CSV syntax error (contributions)',
			file: C,
			mutate: addContribution('2023,"France,5000,EUR,2023-03-01,trust_fund,ledger'),
			error: /contributions\.csv line 2, column 2: a quoted field is never closed/
		},
		{
			name: 'CSV syntax error (budgets)',
			file: B,
			mutate: (t) => `${t}2023,"25000,CHF,doc\n`,
			error: /budgets\.csv line 2, column 2: a quoted field is never closed/
		}
	];

	for (const c of cases)
		it(c.name, async () => {
			const sources = tmpDir('faults-src');
			fs.cpSync(path.join(ROOT, 'data'), sources, { recursive: true });
			const target = path.join(sources, c.file);
			fs.writeFileSync(target, c.mutate(fs.readFileSync(target, 'utf8')));
			// A valid file goes to its own folder, compared with the clean output there.
			const dest = c.error ? out : path.join(tmpDir('faults-ok'), 'data');
			const r = c.spawn ? run('ingest', ['--sources', sources, '--out', dest]) : await ingestInProcess(sources, dest);
			expectCleanMessage(r.stderr);
			const command = `ingest (${path.basename(c.file)})${c.spawn ? '' : '*'}`;
			if (c.error) {
				outcomes.push({ case: c.name, command, exit: r.code, message: excerpt(r.stderr), unchanged: 'yes' });
				expect(r.code, r.stderr).toBe(1);
				expect(r.stderr).toMatch(c.error);
				expect(hashTree(out)).toEqual(clean);
				expect(fs.readdirSync(path.dirname(out))).toEqual(['data']);
				return;
			}
			expect(r.code, r.stderr).toBe(0);
			const after = parquet(hashTree(dest));
			outcomes.push({
				case: c.name,
				command,
				exit: r.code,
				message: c.differs ?? (excerpt(r.stderr.split('\n').find((l) => l.startsWith('notice')) ?? '') || 'accepted'),
				unchanged: c.differs ? 'n/a' : 'same as clean'
			});
			if (c.differs) expect(after).not.toEqual(parquet(clean));
			else expect(after).toEqual(parquet(clean));
			if (/BOM|1252|UTF-16/.test(c.name)) expect(r.stderr).toMatch(/notice: .* read as /);
		});
});

// ---------------------------------------------------------------- importers
function importerSuite(
	label: string,
	script: string,
	input: string,
	extraArgs: string[],
	cases: (Case & { file?: string })[]
) {
	describe.concurrent(`${label} on bad input`, () => {
		let clean: Buffer;
		beforeAll(() => {
			const outFile = path.join(tmpDir('faults-imp'), 'out.csv');
			const r = run(script, [input, '--out', outFile, ...extraArgs]);
			expect(r.code, r.stderr).toBe(0);
			clean = fs.readFileSync(outFile);
		});
		for (const c of cases)
			it(c.name, async () => {
				// Each case in its own folder holding the previous output, so cases run side by side.
				const dir = tmpDir('faults-imp');
				const outFile = path.join(dir, 'out.csv');
				fs.writeFileSync(outFile, clean);
				const before = hashTree(outFile);
				const file = path.join(dir, `input${path.extname(input)}`);
				fs.writeFileSync(file, c.mutate(fs.readFileSync(input, 'utf8')));
				const r = await runAsync(script, [file, '--out', outFile, ...extraArgs]);
				expectCleanMessage(r.stderr);
				if (c.error) {
					outcomes.push({ case: c.name, command: label, exit: r.code, message: excerpt(r.stderr), unchanged: 'yes' });
					expect(r.code, r.stderr).toBe(1);
					expect(r.stderr).toMatch(c.error);
					expect(hashTree(outFile)).toEqual(before);
					expect(fs.readdirSync(dir).sort()).toEqual(['input' + path.extname(input), 'out.csv'].sort());
					return;
				}
				outcomes.push({
					case: c.name,
					command: label,
					exit: r.code,
					message: c.differs ?? (excerpt(r.stderr.split('\n').find((l) => l.includes('notice')) ?? '') || 'accepted'),
					unchanged: c.differs ? 'n/a' : 'same as clean'
				});
				expect(r.code, r.stderr).toBe(0);
				if (!c.differs) expect(hashTree(outFile)).toEqual(before);
				else if (c.name.includes('script')) expect(fs.readFileSync(outFile, 'utf8')).toContain(XSS);
			});
	});
}

const undlLayoutCurrent = fs.readFileSync(REAL_INPUTS.undl, 'utf8').startsWith('undl_id,ms_code,');
const undlCode = undlLayoutCurrent ? 'ms_code' : 'ms_codes';
const undlVote = undlLayoutCurrent ? 'ms_vote' : 'ms_votes';
const undlName = undlLayoutCurrent ? 'ms_name' : 'ms_names';
importerSuite(
	'import:undl',
	'import-undl',
	REAL_INPUTS.undl,
	[],
	[
		truncatedFile(/input\.csv line \d+, column \d+: expected \d+ fields/),
		randomBytesFile(/input\.csv line \d+, column \d+: control character U\+/),
		emptyFile(/input\.csv line 1, column 1: the file is empty/),
		{ name: 'CRLF line ends', file: '', mutate: crlf },
		{ name: 'UTF-16LE with BOM', file: '', mutate: utf16le },
		{
			name: 'missing column',
			file: '',
			mutate: dropColumn(undlVote),
			error: new RegExp(`input\\.csv line 1.*${undlVote}`)
		},
		{ name: 'renamed column', file: '', mutate: renameColumn('date', 'vote_day'), error: /input\.csv line 1.*date/ },
		{
			name: 'duplicated row',
			file: '',
			mutate: duplicateRow(0),
			error: /input\.csv line 3, column ms_codes?: value "\w+": a second vote/
		},
		impossibleDate('date', /input\.csv line 2, column date: value "2023-02-30"/),
		{
			name: 'unknown State',
			file: '',
			mutate: setCell(0, undlCode, 'XXX'),
			error: /input\.csv line 2, column ms_codes?: value "XXX"/
		},
		{
			name: 'script as a State code (echoed)',
			file: '',
			mutate: setCell(0, undlCode, XSS),
			error: /value "<img src=x onerror=alert\(1\)>"/
		},
		{
			name: 'script in a free-text field (name)',
			file: '',
			mutate: setCell(0, undlName, XSS),
			differs: 'accepted: the name is kept as text'
		},
		{
			name: 'UTF-8 file with one Windows-1252 byte',
			file: '',
			mutate: strayWindows1252Byte(3, undlName, { row: 0, column: undlName, value: 'Côte d’Ivoire' }),
			error: /input\.csv line 5, column \d+: byte 0x92 is not UTF-8 although the rest of the file is/
		}
	]
);

importerSuite(
	'import:article7',
	'import-article7',
	REAL_INPUTS.article7,
	[],
	[
		truncatedFile(/input\.csv line \d+, column \d+/),
		randomBytesFile(/input\.csv line \d+, column \d+: control character U\+/),
		emptyFile(/input\.csv line 1, column 1: the file is empty/),
		{ name: 'CRLF line ends', file: '', mutate: crlf },
		{ name: 'UTF-8 with BOM', file: '', mutate: utf8Bom },
		{ name: 'UTF-16LE with BOM', file: '', mutate: utf16le },
		{ name: 'Windows-1252', file: '', mutate: windows1252 },
		{
			name: 'missing column',
			file: '',
			mutate: dropColumn('report_type'),
			error: /input\.csv line 2, column report_type: value "": expected initial or annual/
		},
		impossibleDate('submitted_date', /input\.csv line 2, column date: value "2023-02-30"/),
		{
			name: 'date before 2008',
			file: '',
			mutate: setCell(0, 'submitted_date', '2001-01-01'),
			error: /input\.csv line 2, column date: value "2001-01-01": a date before the Convention/
		},
		{
			name: 'date in the future',
			file: '',
			mutate: setCell(0, 'submitted_date', '2099-01-01'),
			error: /input\.csv line 2, column date: value "2099-01-01": a date in the future/
		},
		{
			name: 'non-numeric year',
			file: '',
			mutate: setCell(1, 'covering_year', 'twenty'),
			error: /input\.csv line 3, column covering_year: value "twenty"/
		},
		{
			name: 'quoted line break in the quote',
			file: '',
			mutate: setCell(0, 'quote', 'a\nb'),
			differs: 'accepted: one record, the line break kept'
		},
		{
			name: 'script and formula in free text',
			file: '',
			mutate: (t) => setCell(1, 'quote', FORMULA)(setCell(0, 'quote', XSS)(t) as string),
			differs: 'accepted: kept verbatim as text'
		}
	]
);

importerSuite(
	'import:untc',
	'import-untc',
	REAL_INPUTS.untc,
	['--treaty', 'ccm'],
	[
		{
			name: 'truncated page',
			file: '',
			mutate: truncateMidLine(0.5),
			error: /import-untc: .*(rows do not reproduce|no |cannot|expected)/
		},
		randomBytesFile(/input\.html line \d+, column \d+: control character U\+/),
		emptyFile(/import-untc: /),
		{ name: 'CRLF line ends', file: '', mutate: crlf },
		{ name: 'UTF-16LE with BOM', file: '', mutate: utf16le },
		{
			name: 'script as a State name (echoed)',
			file: '',
			mutate: scriptAsFirstParticipant,
			error: /import-untc: .*<img src=x onerror=alert\(1\)>/
		},
		{
			name: 'status date in the future (2099)',
			file: '',
			mutate: (t) => t.replace(/STATUS AS AT : \d\d-\d\d-\d{4}/, 'STATUS AS AT : 31-12-2099'),
			error: /input\.html: the status date 2099-12-31 is after today/
		},
		{
			name: 'an entity for a control character (&#27;)',
			file: '',
			mutate: entityInFirstParticipant('&#27;[31m'),
			error: /input\.html line \d+, column \d+: "&#27;" stands for control character U\+001B/
		},
		{
			name: 'an entity past the last character (&#x110000;)',
			file: '',
			mutate: entityInFirstParticipant('&#x110000;'),
			error: /input\.html line \d+, column \d+: "&#x110000;" is not a character/
		}
	]
);
