// Problems in an imported file, in every UN language: each check the schemas and importers make
// is driven with a bad value here; its reason must be a key every catalog translates (no English
// and no raw key in French or Arabic), and the English line must read exactly as the commands
// have always printed it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv, type CsvTable } from '../../src/lib/csv';
import { en, translator } from '../../src/lib/i18n/messages';
import { localeInfo } from '../../src/lib/i18n/locales';
import { validateArticle7Import } from '../../src/lib/imports/article7-import';
import { validateBudgets, validateContributions } from '../../src/lib/imports/ledger';
import { runParseJob, unreadable } from '../../src/lib/imports/parse-job';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { makeXlsx } from '../fixtures/make-xlsx';
import { streamTextFile } from '../../src/lib/server/read-text-file';
import { loadStates } from '../../src/lib/server/load-states';
import { createResolver } from '../../src/lib/reference/resolver';
import { accessionRowSchema, ACCESSION_COLUMNS } from '../../src/lib/schema/accession';
import {
	COVERAGE_COLUMNS,
	coverageRowSchema,
	PUBLISHED_COLUMNS,
	publishedRowSchema,
	RECORD_COLUMNS,
	REPORT_COLUMNS,
	reportRowSchema
} from '../../src/lib/schema/article7';
import { STATE_COLUMNS, stateRefSchema } from '../../src/lib/schema/states';
import { MEETING_COLUMNS, meetingRowSchema } from '../../src/lib/schema/implementation';
import { RULE_COLUMNS, ruleRowSchema } from '../../src/lib/schema/crossconvention';
import { ingest } from '../../scripts/lib/ingest';
import { CONTRIBUTION_COLUMNS, FACT_COLUMNS, factRowSchema } from '../../src/lib/schema/trustfund';
import { TALLY_COLUMNS, tallyRowSchema, VOTE_COLUMNS, voteRowSchema } from '../../src/lib/schema/unga';
import {
	collectTable,
	csvProblem,
	DataError,
	duplicateRows,
	formatProblem,
	formatProblemIn,
	type Problem
} from '../../src/lib/validate';
import { decodeText } from '../../src/lib/text-decode';
import { repoRoot } from './support/sources';

const states = loadStates(path.join(repoRoot, 'data/reference/states.csv'));
const resolver = createResolver(states);
const FILE = 'fixture.csv';

/** A table with a header and one record per row, lines numbered as a spreadsheet does (header = 1). */
function table(columns: readonly string[], rows: Record<string, string>[]): CsvTable {
	return {
		header: [...columns],
		records: rows.map((r, i) => ({ line: i + 2, cells: columns.map((c) => r[c] ?? '') }))
	};
}

/** Every problem of `rows` against a schema, each row a valid base with some cells changed. */
function check(
	columns: readonly string[],
	schema: Parameters<typeof collectTable>[2],
	base: Record<string, string>,
	changes: Record<string, string>[]
): Problem[] {
	return collectTable(
		table(
			columns,
			changes.map((c) => ({ ...base, ...c }))
		),
		columns,
		schema,
		FILE
	).problems;
}

function thrown(f: () => unknown): Problem[] {
	try {
		f();
	} catch (e) {
		if (e instanceof DataError) return e.problems;
		throw e;
	}
	throw new Error('expected a DataError');
}

const report = {
	state: 'Namibia',
	report_type: 'annual',
	covering_year: '2019',
	date: '2020-04-20',
	date_kind: 'received',
	source: 'FIXTURE',
	quote: ''
};
const accession = {
	treaty: 'ccm',
	state: 'Norway',
	iso3: 'NOR',
	signature_date: '2008-12-03',
	deposit_date: '2008-12-03',
	action: 'ratification',
	provisional_application_date: '',
	withdrawal_notified: '',
	withdrawal_effective: '',
	withdrawal_pending: 'false',
	footnotes: '',
	source: 'FIXTURE',
	status_as_at: '2024-01-01'
};
const vote = {
	year: '2023',
	session: '78',
	body: 'plenary',
	part: 'whole',
	resolution: 'A/RES/78/1',
	draft: '',
	vote_date: '2023-12-04',
	iso3: 'NOR',
	ms_name: '',
	vote: 'Y',
	provisional: 'false',
	vote_note: '',
	undl_id: '',
	title: 'FIXTURE',
	total_yes: '',
	total_no: '',
	total_abstentions: '',
	total_non_voting: '',
	total_ms: '',
	source: 'FIXTURE'
};
const contribution = {
	year: '2023',
	state: 'Norway',
	amount: '100.00',
	currency: 'CHF',
	date_received: '2023-02-15',
	fund: 'trust_fund',
	source: 'FIXTURE'
};

/** Every problem a bad file can give, from each schema and importer. */
async function allProblems(): Promise<Problem[]> {
	const withdrawn = { withdrawal_notified: '2020-01-01', withdrawal_effective: '2020-07-01' };
	const reportRows = check(REPORT_COLUMNS, reportRowSchema, report, [
		{ report_type: 'yearly', covering_year: 'x', date: '2020-02-30', date_kind: 'x', source: '' },
		{ date: '2005' },
		{ date: '2999-01-01' }
	]);
	// The canonical file's `basis`: a derived record or a statement of no report names its year and day.
	const basisRows = check(RECORD_COLUMNS, reportRowSchema, { ...report, report_type: 'annual', basis: 'stated' }, [
		{ covering_year: '', basis: 'derived_monitor_ever_since' },
		{ covering_year: '2016', date: '', basis: 'stated_none_as_of' }
	]);
	return [
		...reportRows,
		...basisRows,
		...check(COVERAGE_COLUMNS, coverageRowSchema, {}, [
			{ report_type: 'initial', covering_year: 'x', complete: 'maybe', as_of: '2020-13-01', source: 'FIXTURE' }
		]),
		...check(PUBLISHED_COLUMNS, publishedRowSchema, {}, [
			{ as_of_date: '20-1', convention: 'CCM', metric: 'm', value: '-5', quote: 'q', source_url: 'u' }
		]),
		...check(ACCESSION_COLUMNS, accessionRowSchema, accession, [
			{ treaty: 'mbt', iso3: 'nor', action: 'signing' },
			{ deposit_date: '', action: 'ratification', ...withdrawn },
			{ withdrawal_effective: '2020-07-01' },
			{ withdrawal_pending: 'true', withdrawal_effective: '2023-01-01' },
			{ signature_date: '2025-01-01', deposit_date: '2001-01-01', withdrawal_notified: '2000-01-01' }
		]),
		...check(VOTE_COLUMNS, voteRowSchema, vote, [
			{ year: '1900', session: 'x', body: 'council', part: 'all', vote: 'Yes', provisional: 'maybe', total_yes: 'x' },
			{ year: '2101' },
			{ year: '2022', vote_date: '2999-01-01' },
			// The year of a vote is the one schema left reading "expected a year" (coverage takes ranges).
			{ year: 'x' }
		]),
		...check(TALLY_COLUMNS, tallyRowSchema, {}, [
			{ year: '2023', session: '78', body: 'plenary', part: 'whole', yes: '1', source_url: 'u' },
			{
				year: '2023',
				session: '78',
				body: 'plenary',
				part: 'whole',
				yes: '3000000000',
				no: '1',
				abstain: '1',
				source_url: 'u'
			}
		]),
		...check(STATE_COLUMNS, stateRefSchema, {}, [
			{ iso3: 'no', m49: '1', name: '', region: 'EU', un_member: 'yes', aliases: 'a||b' }
		]),
		...check(FACT_COLUMNS, factRowSchema, {}, [
			{ year: '2009', fund: 'other', metric: 'm', value: '1', unit: '', quote: 'q', source: 's' }
		]),
		...validateContributions(
			table(CONTRIBUTION_COLUMNS, [
				{ ...contribution, year: '2023.5', amount: '-1', currency: 'XYZ', fund: 'other' },
				{ ...contribution, amount: '90,000', date_received: '2020-01-01' },
				{ ...contribution, state: 'Atlantis' },
				{ ...contribution, state: 'Korea' },
				contribution,
				contribution
			]),
			FILE,
			resolver
		).problems,
		...validateBudgets(
			table(
				['year', 'approved_budget', 'currency', 'source_document'],
				[
					{ year: '2020', approved_budget: '1.00', currency: 'CHF', source_document: 's' },
					{ year: '2020', approved_budget: '2.00', currency: 'CHF', source_document: 's' }
				]
			),
			FILE
		).problems,
		...validateArticle7Import(
			table(REPORT_COLUMNS, [report, { ...report, state: 'Namibia' }]),
			FILE,
			resolver,
			new Set()
		).problems,
		...collectTable(table(['state', 'state', 'extra'], []), REPORT_COLUMNS, reportRowSchema, FILE).problems,
		...duplicateRows([{ a: 1 }, { a: 1 }], [2, 3], FILE, 'state'),
		...['a,b\n1,2,3\n', 'a,b\n1,"open\n', 'a,b\n"x"y,2\n', ''].map(csvSyntax),
		...thrown(() => decodeText(new Uint8Array([0x61, 0x01]), FILE)),
		...thrown(() => decodeText(new Uint8Array([0xff, 0xfe, 0x41]), FILE)),
		// "Côte\nd’" with the ’ as the Windows-1252 byte 0x92 in an otherwise UTF-8 file.
		...thrown(() => decodeText(new Uint8Array([0x43, 0xc3, 0xb4, 0x74, 0x65, 0x0a, 0x64, 0x92]), FILE)),
		...(await streamed(Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]))),
		...(await notALedger()),
		unreadable(FILE, new Error('boom')),
		...(await brokenWorkbooks()),
		...check(MEETING_COLUMNS, meetingRowSchema, {}, [
			{ meeting: '9MSP', kind: 'msp', number: '9', start_date: '2019-09-04', end_date: '2019-09-02', source: 's' }
		]),
		// The reporting rules of the conventions: a day not every year has, an offset on a fixed day.
		...check(
			RULE_COLUMNS,
			ruleRowSchema,
			{
				convention: 'ccm',
				report: 'annual',
				report_as_written: 'r',
				due_from: 'fixed_day',
				due_rule_as_written: 'd',
				covers: 'previous_year',
				binding: 'yes',
				binding_as_written: 'b',
				computable: 'true',
				conditional: 'false',
				legal_basis: 'l',
				source: 's',
				quote: 'q',
				source_line: '3'
			},
			[{ due_day: '02-29' }, { due_day: '04-30', due_offset: '30' }]
		),
		...(await implementationRules())
	];
}

/** Rows of the Article 4 record that contradict the Convention or the reference, as ingest refuses them. */
async function implementationRules(): Promise<Problem[]> {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reasons-impl-'));
	fs.cpSync(path.join(repoRoot, 'data'), path.join(dir, 'data'), { recursive: true });
	const rows = [
		'Peru,PER,obligation,2012-01-01,,false,,,false,,,,,FIXTURE,,,',
		'Chad,TCD,extension_granted,2025-01-01,12MSP,false,,,false,,,,,FIXTURE,,,',
		'Peru,PER,completion,,,false,,2007-06,false,,,,,FIXTURE,,,',
		'France,DEU,completion,,,false,,2020,false,,,,,FIXTURE,,,',
		'United States of America,USA,completion,,,false,,2020,false,,,,,FIXTURE,,,',
		'Chad,TCD,extension_granted,2031-01-01,99MSP,false,,,false,,,,,FIXTURE,,,',
		'Chad,TCD,extension_granted,2031-01-01,99MSP,false,,,false,,,,,FIXTURE,,,'
	];
	fs.appendFileSync(path.join(dir, 'data/sources/implementation/clearance.csv'), rows.map((r) => `${r}\n`).join(''));
	try {
		await ingest({ sources: path.join(dir, 'data'), out: path.join(dir, 'out') });
	} catch (e) {
		if (e instanceof DataError) return e.problems.map((p) => ({ ...p, file: FILE }));
		throw e;
	} finally {
		fs.rmSync(dir, { recursive: true });
	}
	throw new Error('expected a DataError');
}

/** Workbooks refused before or while reading, one for each reason (fixture-made, see xlsx-guard.test.ts). */
async function brokenWorkbooks(): Promise<Problem[]> {
	const good = makeXlsx([['state'], ['Namibia']]);
	const parts = unzipSync(good);
	const sheet = (data: string) =>
		zipSync({ ...parts, 'xl/worksheets/sheet1.xml': strToU8(`<worksheet><sheetData>${data}</sheetData></worksheet>`) });
	const declared = (size: number) => {
		const out = good.slice();
		const view = new DataView(out.buffer);
		for (let i = 0; i + 4 <= out.length; i++)
			if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
		return out;
	};
	const files = [
		strToU8('not a workbook'),
		declared(1),
		declared(300 * 2 ** 20),
		zipSync(Object.fromEntries(Object.entries(parts).filter(([k]) => k !== 'xl/workbook.xml'))),
		zipSync({ ...parts, 'xl/workbook.xml': strToU8('<workbook/>') }),
		sheet('<row><c><v>1</v></c></row>'),
		sheet('<row r="600000"><c r="A600000"><v>1</v></c></row>'),
		sheet('<row r="1000"><c r="XFD1000"><v>1</v></c></row>')
	];
	const problems: Problem[] = [];
	for (const bytes of files) {
		const answer = await runParseJob({
			task: 'ledger',
			file: new File([bytes as Uint8Array<ArrayBuffer>], 'fixture.xlsx'),
			states
		});
		if (!answer.ok) problems.push(...answer.problems);
	}
	return problems;
}

/** A dropped file that is neither ledger, as the import worker answers it. */
async function notALedger(): Promise<Problem[]> {
	const answer = await runParseJob({ task: 'ledger', file: new File(['a,b\n1,2\n'], FILE), states });
	return answer.ok ? [] : answer.problems;
}

/** The CSV syntax error in `text`, as a problem. */
function csvSyntax(text: string): Problem {
	try {
		parseCsv(text);
	} catch (e) {
		if (e instanceof CsvError) return csvProblem(e, FILE);
		throw e;
	}
	throw new Error('expected a CsvError');
}

/** The problems of reading `bytes` as a stream, as the commands read big files. */
async function streamed(bytes: Buffer): Promise<Problem[]> {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reasons-'));
	const file = path.join(dir, FILE);
	fs.writeFileSync(file, bytes);
	try {
		for await (const chunk of streamTextFile(file, FILE)) void chunk;
	} catch (e) {
		if (e instanceof DataError) return e.problems;
		throw e;
	} finally {
		fs.rmSync(dir, { recursive: true });
	}
	throw new Error('expected a DataError');
}

describe('problem reasons', async () => {
	const problems = await allProblems();
	const lines = problems.map(formatProblem);

	it('gives every problem a reason key, and uses every problem key', () => {
		expect(problems.filter((p) => !p.reason).map(formatProblem)).toEqual([]);
		const used = new Set(problems.map((p) => p.reason!.key as string));
		const frames = ['problem.at', 'problem.atValue', 'problem.inFile'];
		const unused = Object.keys(en).filter((k) => k.startsWith('problem.') && !frames.includes(k) && !used.has(k));
		expect(unused).toEqual([]);
	});

	it('prints English exactly as the commands always have', () => {
		const expected = [
			'fixture.csv line 2, column report_type: value "yearly": expected initial or annual',
			'fixture.csv line 2, column covering_year: value "x": expected a year such as 2019, or empty',
			'fixture.csv line 2, column date_kind: value "x": expected received, published or unknown',
			'fixture.csv line 2, column date: value "2020-02-30": expected a date written YYYY, YYYY-MM or YYYY-MM-DD, or empty',
			'fixture.csv line 3, column date: value "2005": a date before the Convention opened for signature (3 December 2008)',
			'fixture.csv line 4, column date: value "2999-01-01": a date in the future: expected the day it happened',
			'fixture.csv line 2, column covering_year: value "": expected an annual report with its covering year: a derived record or a statement of no report is about one covering year',
			'fixture.csv line 3, column date: value "": expected the date (YYYY, YYYY-MM or YYYY-MM-DD) up to which the source says no report was made',
			'fixture.csv line 2, column treaty: value "mbt": expected one of ccm, ottawa, att, ccw, ccw_p5, cwc, ctbt, tpnw, enmod',
			'fixture.csv line 2, column iso3: value "nor": expected an ISO 3166-1 alpha-3 code (three capital letters)',
			'fixture.csv line 2, column action: value "signing": expected one of ratification, accession, acceptance, approval, succession, consent_to_be_bound, definitive_signature or empty',
			'fixture.csv line 6, column signature_date: value "2025-01-01": a date after the status date 2024-01-01',
			'fixture.csv line 2, column year: value "1900": expected a year from 1946 on',
			'fixture.csv line 3, column year: value "2101": expected a year before 2100',
			'fixture.csv line 5, column year: value "x": expected a year',
			'fixture.csv line 2, column covering_year: value "x": expected a year such as 2019 or a range such as 2015-2019',
			'fixture.csv line 2, column body: value "council": expected plenary or first_committee',
			'fixture.csv line 2, column vote: value "Yes": expected a vote code Y, N, A or X (non-voting)',
			'fixture.csv line 2, column yes: value "1": expected yes, no and abstain all given, or all empty (tally not known)',
			'fixture.csv line 3, column yes: value "3000000000": expected a count of at most 999',
			'fixture.csv line 2, column region: value "EU": expected one of AG, APG, EEG, GRULAC, WEOG or empty',
			'fixture.csv line 2, column un_member: value "yes": expected true or false',
			'fixture.csv line 2, column currency: value "XYZ": expected a currency code: CHF, EUR, USD, GBP, NOK, SEK, DKK, JPY, AUD, CAD, NZD',
			'fixture.csv line 3, column amount: value "90,000": expected an amount written with digits and a decimal point, e.g. 25000.00 (no thousands separators)',
			'fixture.csv line 4, column state: value "Atlantis": unknown State "Atlantis"',
			'fixture.csv line 5, column state: value "Korea": "Korea" is ambiguous: Republic of Korea (KOR), Democratic People\'s Republic of Korea (PRK)',
			'fixture.csv line 7, column state: value "Norway": the same contribution as on line 6 (a duplicate row)',
			'fixture.csv line 3, column year: value "2020": a second approved budget for 2020 (first on line 2)',
			'fixture.csv line 2, column state: value "Namibia": Namibia has deposited no instrument: it owes no Article 7 report',
			'fixture.csv line 1, column 2: value "state": this column appears twice',
			'fixture.csv line 1, column 3: value "extra": unknown column; expected state, report_type, covering_year, date, date_kind, source, quote',
			'fixture.csv line 1, column quote: this column is missing from the header',
			'fixture.csv line 3, column state: the same row as line 2 (a duplicate row)',
			'fixture.csv line 2, column 3: expected 2 fields as in the header, found 3',
			'fixture.csv line 2, column 2: a quoted field is never closed',
			'fixture.csv line 2, column 1: unexpected character "y" after a closing quote',
			'fixture.csv line 1, column 1: the file is empty (no header line)',
			'fixture.csv line 1, column 2: control character U+0001: this is not a text file in UTF-8, UTF-16 (with BOM) or Windows-1252; save it from the spreadsheet as "CSV UTF-8"',
			'fixture.csv line 1, column 1: starts with a UTF-16LE byte-order mark but is not valid UTF-16LE',
			'fixture.csv line 1, column 1: not valid UTF-16LE',
			'fixture.csv line 2, column 2: byte 0x92 is not UTF-8 although the rest of the file is (mixed encodings); save the file again as "CSV UTF-8"',
			'fixture.csv line 1, column 1: neither a contributions file (year, state, amount, currency, date_received, fund, source) nor a budgets file (year, approved_budget, currency, source_document)',
			'fixture.csv: cannot be read: boom',
			'fixture.xlsx: not an XLSX workbook (an XLSX file is a ZIP archive; this one is not, or is cut short)',
			'fixture.xlsx: refused: this workbook would expand to more than 256 MB when read',
			'fixture.xlsx: a damaged XLSX workbook: open it in a spreadsheet program and save it again, or save it as CSV',
			'fixture.xlsx: an incomplete XLSX workbook: its part xl/workbook.xml is missing; open it in a spreadsheet program and save it again',
			'fixture.xlsx: an XLSX workbook with no worksheet',
			'fixture.xlsx: refused: a worksheet with more than 500000 rows',
			'fixture.xlsx: refused: a worksheet with more than 5000000 cells (rows × columns)',
			'fixture.csv line 2, column end_date: value "2019-09-02": an end date before the start date',
			'fixture.csv line 49, column deadline: value "2012-01-01": a deadline before the Convention entered into force for Peru (2013-03-01)',
			'fixture.csv line 50, column deadline: value "2025-01-01": an extension to a day before the deadline it replaces (2026-10-01)',
			'fixture.csv line 51, column completed: value "2007-06": a completion before the Convention was adopted (30 May 2008)',
			'fixture.csv line 52, column iso3: value "DEU": the state column names France (FRA)',
			'fixture.csv line 53, column state: value "United States of America": United States of America has deposited no instrument: it has no obligation under the Convention',
			'fixture.csv line 54, column meeting: value "99MSP": a meeting not in meetings.csv',
			'fixture.csv line 55, column event: value "extension_granted": the same event as line 54 (a duplicate row)'
		];
		expect(expected.filter((l) => !lines.includes(l))).toEqual([]);
	});

	for (const lang of ['fr', 'ar', 'es', 'zh', 'ru'] as const)
		it(`renders every problem in ${lang}: no English reason, no raw key, data kept as written`, () => {
			const tr = translator(lang);
			const locale = localeInfo(lang);
			for (const p of problems) {
				const line = formatProblemIn(p, tr, locale);
				expect(line, p.message).not.toMatch(/problem\.\w/);
				expect(line, p.message).not.toContain(p.message);
				// Words of the English frame: "line 3, column".
				expect(line, p.message).not.toMatch(/\bline \d|\bcolumn\b/);
				expect(line).toContain(p.file);
				if (p.value !== undefined) expect(line).toContain(JSON.stringify(p.value));
			}
		});

	it('reads French with the line, column and value of the file and a French reason', () => {
		const p = problems.find((x) => x.column === 'report_type' && x.value === 'yearly')!;
		expect(formatProblemIn(p, translator('fr'), localeInfo('fr'))).toBe(
			'fixture.csv, ligne 2, colonne report_type\u00a0: valeur "yearly"\u00a0: valeur attendue\u00a0: initial ou annual'
		);
	});

	it('keeps Latin digits and isolates the data inside Arabic', () => {
		const p = problems.find((x) => x.column === 'currency')!;
		const line = formatProblemIn(p, translator('ar'), localeInfo('ar'));
		expect(line).toContain('السطر 2');
		expect(line).toContain('\u2068currency\u2069');
		expect(line).toContain('\u2068"XYZ"\u2069');
		expect(line).toContain('\u2068CHF, EUR, USD');
		expect(line).not.toMatch(/[\u0660-\u0669]/);
	});
});
