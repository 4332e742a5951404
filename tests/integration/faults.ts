/**
 * Tools of the bad-input suite (faults*.test.ts): copies of the real source files with one
 * mutation, hashes of an output before and after, and the outcome table docs/RELIABILITY.md shows.
 * Mutations work on the parsed table and write it back with the project's CSV writer, so a
 * mutation changes what it says and nothing else.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { csvLine, parseCsv } from '../../src/lib/csv';
import { decodeWindows1252 } from '../../src/lib/text-decode';
import { failure } from '../../scripts/lib/cli';
import { ingest } from '../../scripts/lib/ingest';
import { sourcesDir } from '../unit/support/sources';
import { expect } from 'vitest';
import { ROOT, run } from './cli';

/**
 * The ingest in this process (ten times faster than a new process per case), with the exit code
 * and message the command itself would give (scripts/lib/cli.ts failure()) and its stderr notices.
 */
export async function ingestInProcess(sources: string, out: string) {
	let stderr = '';
	const write = process.stderr.write;
	process.stderr.write = ((chunk: string | Uint8Array) => {
		stderr += String(chunk);
		return true;
	}) as typeof process.stderr.write;
	try {
		await ingest({ sources, out });
		return { code: 0, stderr };
	} catch (e) {
		const f = failure(e);
		return { code: f.code, stderr: `${stderr}${f.message}\n` };
	} finally {
		process.stderr.write = write;
	}
}

export const XSS = '<img src=x onerror=alert(1)>';
export const FORMULA = '=HYPERLINK("http://example.invalid/x","click")';

/**
 * The real files the importers read, where this machine has them (tests/unit/support/sources.ts
 * says where); the repo's fixtures otherwise, so that a fresh clone runs every case.
 */
export const REAL_INPUTS = realInputs(sourcesDir);

/** The importers' inputs under `sources` (the shared sources folder), each file falling back on its own. */
export function realInputs(sources: string) {
	const real = (rel: string) => path.join(sources, rel);
	return {
		undl: pick(real('unga/ccm_votes_undl.csv'), 'tests/fixtures/undl/fixture-older-layout.csv'),
		untc: pick(real('untc/ccm.html'), 'tests/fixtures/untc/fixture-minimal.html'),
		article7: fs.existsSync(real('article7/reports.csv')) ? real('article7/reports.csv') : compilationFromRecord()
	};
}

function pick(real: string, fixture: string) {
	return fs.existsSync(real) ? real : path.join(ROOT, fixture);
}

/** Without the shared sources: the compilation layout rebuilt from the committed ISU record. */
function compilationFromRecord() {
	const t = parseCsv(fs.readFileSync(path.join(ROOT, 'data/sources/article7/reports.csv'), 'utf8'));
	const col = (r: string[], c: string) => r[t.header.indexOf(c)] ?? '';
	const lines = [csvLine(['state', 'report_type', 'covering_year', 'submitted_date', 'source_url', 'quote'])];
	for (const { cells } of t.records)
		if (col(cells, 'date_kind') !== 'published')
			lines.push(
				csvLine([
					col(cells, 'state'),
					col(cells, 'report_type'),
					col(cells, 'covering_year'),
					col(cells, 'date_kind') === 'received' ? col(cells, 'date') : '',
					col(cells, 'source'),
					col(cells, 'quote')
				])
			);
	const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-a7src-')), 'reports.csv');
	fs.writeFileSync(file, lines.join('\n') + '\n');
	return file;
}

/**
 * A saved UNTC page with the script, escaped as the page would carry it, as the first participant's
 * name: whichever page it is (the real one or the fixture), never silently unchanged.
 */
export function scriptAsFirstParticipant(page: string): string {
	const first = /(<tr class="trB\w+">\s*<td>)[^<]+/;
	if (!first.test(page)) throw new Error('no participant row to put the script in');
	return page.replace(first, `$1${XSS.replace('<', '&lt;').replace('>', '&gt;')}`);
}

/** Puts `entity` inside the first participant's name, whichever State the page lists first (the saved page or the fixture). */
export function entityInFirstParticipant(entity: string): (page: string) => string {
	return (page) => {
		const first = /(<tr class="trB\w+">\s*<td>)([^<]{2})/;
		if (!first.test(page)) throw new Error('no participant row to put the entity in');
		return page.replace(first, `$1$2${entity}`);
	};
}

export const tmpDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), `ccm-${prefix}-`));

/** A clean ingest of the bundled data into a new folder, and its hashes: what every refused case must leave. */
export function cleanIngest(prefix: string) {
	const out = path.join(tmpDir(prefix), 'data');
	expect(run('ingest', ['--out', out]).code).toBe(0);
	return { out, clean: hashTree(out) };
}

/** sha256 of every file in a folder (or of one file), for "byte for byte unchanged". */
export function hashTree(target: string): Record<string, string> {
	if (!fs.existsSync(target)) return {};
	if (fs.statSync(target).isFile())
		return { [path.basename(target)]: createHash('sha256').update(fs.readFileSync(target)).digest('hex') };
	const out: Record<string, string> = {};
	for (const f of fs.readdirSync(target).sort())
		out[f] = createHash('sha256')
			.update(fs.readFileSync(path.join(target, f)))
			.digest('hex');
	return out;
}

export type Mutation = (text: string) => string | Buffer;

/** Edits the parsed table (header and cell rows), written back as CSV with LF line ends. */
export function editTable(edit: (header: string[], rows: string[][]) => void): Mutation {
	return (text) => {
		const t = parseCsv(text);
		const header = [...t.header];
		const rows = t.records.map((r) => [...r.cells]);
		edit(header, rows);
		return [header, ...rows].map((r) => csvLine(r)).join('\n') + '\n';
	};
}

export const setCell = (row: number, column: string, value: string | ((old: string) => string)) =>
	editTable((h, rows) => {
		const i = h.indexOf(column);
		if (i < 0) throw new Error(`no column ${column}`);
		rows[row]![i] = typeof value === 'function' ? value(rows[row]![i]!) : value;
	});

export const renameColumn = (from: string, to: string) =>
	editTable((h) => {
		h[h.indexOf(from)] = to;
	});
export const dropColumn = (name: string) =>
	editTable((h, rows) => {
		const i = h.indexOf(name);
		h.splice(i, 1);
		for (const r of rows) r.splice(i, 1);
	});
export const duplicateColumn = (name: string) =>
	editTable((h, rows) => {
		const i = h.indexOf(name);
		h.push(name);
		for (const r of rows) r.push(r[i]!);
	});
export const extraColumn = editTable((h, rows) => {
	h.push('comment');
	for (const r of rows) r.push('');
});
export const duplicateRow = (row: number) => editTable((_, rows) => rows.splice(row + 1, 0, [...rows[row]!]));

/** Cuts the file in the middle of the line at `fraction` of its length, as an interrupted download does. */
export const truncateMidLine =
	(fraction = 0.6): Mutation =>
	(text) => {
		let at = Math.floor(text.length * fraction);
		while (text[at] === '\n' || text[at - 1] === '\n') at++;
		return text.slice(0, at);
	};
export const crlf: Mutation = (text) => text.replace(/\r?\n/g, '\r\n');
export const randomBytes =
	(n = 4096, seed = 9): Mutation =>
	() => {
		const buf = Buffer.alloc(n);
		let s = seed;
		for (let i = 0; i < n; i++) {
			s = (s * 1103515245 + 12345) & 0x7fffffff;
			buf[i] = s >> 16;
		}
		return buf;
	};
export const empty: Mutation = () => '';
export const utf16le: Mutation = (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
export const utf8Bom: Mutation = (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
const CP1252 = new Map([...decodeWindows1252(Uint8Array.from({ length: 256 }, (_, i) => i))].map((c, i) => [c, i]));
/** Windows-1252 bytes of the text (a character the encoding lacks fails the fixture, not the test subject). */
export const windows1252: Mutation = (text) =>
	Buffer.from(
		Array.from(text, (ch) => {
			const b = CP1252.get(ch);
			if (b === undefined) throw new Error(`${ch} has no Windows-1252 byte`);
			return b;
		})
	);

/** One line of the outcomes table. */
export interface Outcome {
	case: string;
	command: string;
	exit: number | null;
	message: string;
	unchanged: 'yes' | 'no' | 'same as clean' | 'n/a';
}

export const outcomes: Outcome[] = [];

/** The first stderr line that says what is wrong, shortened for the table. */
export function excerpt(stderr: string): string {
	const lines = stderr.split('\n');
	const line = lines.find((l) => /error/.test(l)) ?? lines.find((l) => /line \d|notice/.test(l)) ?? lines[0] ?? '';
	const short = line.replace(/(\.\.\/)*\/?tmp\/ccm-[\w-]+\//g, '');
	return short.length > 150 ? `${short.slice(0, 150)}…` : short;
}

/** Writes the table when FAULTS_TABLE names a file (used to refresh docs/RELIABILITY.md). */
export function writeOutcomes(file = process.env.FAULTS_TABLE) {
	if (!file) return;
	const esc = (s: string) => s.replaceAll('|', '\\|').replaceAll('`', "'");
	const lines = [
		'| case | command | exit | message (excerpt) | previous output unchanged |',
		'| --- | --- | --- | --- | --- |',
		...outcomes.map((o) => `| ${esc(o.case)} | \`${o.command}\` | ${o.exit} | ${esc(o.message)} | ${o.unchanged} |`)
	];
	fs.appendFileSync(file, lines.join('\n') + '\n\n');
}

/**
 * UTF-8 text with one Windows-1252 byte (0x92, its ’) at the end of a cell, as when rows pasted
 * from an older file meet a UTF-8 one; `utf8` first puts a UTF-8 accent elsewhere where the file
 * has none of its own, so that the rest of the file is recognisably UTF-8.
 */
export const strayWindows1252Byte =
	(row: number, column: string, utf8?: { row: number; column: string; value: string }): Mutation =>
	(text) => {
		let t = setCell(row, column, (old) => `${old}\uFFFD`)(text) as string;
		if (utf8) t = setCell(utf8.row, utf8.column, utf8.value)(t) as string;
		const marker = Buffer.from('\uFFFD');
		const buf = Buffer.from(t);
		const at = buf.indexOf(marker);
		return Buffer.concat([buf.subarray(0, at), Buffer.from([0x92]), buf.subarray(at + marker.length)]);
	};

/** Adds a copy of row `row` at the end with `changes` made to it (a conflicting second row). */
export const conflictingRow = (row: number, changes: Record<string, string>) =>
	editTable((h, rows) => {
		const copy = [...rows[row]!];
		for (const [c, v] of Object.entries(changes)) copy[h.indexOf(c)] = v;
		rows.push(copy);
	});
