/**
 * What every dataset's ingest step shares: one shape (a step reads its sources from the context and
 * returns its tables, sources and checks for the manifest), reading a source file, and describing
 * it in the manifest.
 */
import type { Dataset, DatasetDate } from '../../../src/lib/domain/datasets';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Resolver } from '../../../src/lib/reference/resolver';
import type { Manifest } from '../../../src/lib/schema/manifest';
import type { StateRef } from '../../../src/lib/schema/states';
import type { TableDef } from '../../../src/lib/schema/tables';
import { readTextFile } from '../../../src/lib/server/read-text-file';
import type { Problem } from '../../../src/lib/validate';
import { say, UserDataError } from '../cli';
import { ParquetTableWriter } from '../write-parquet';
import type { LoadedAccession } from './accession';

export type SourceEntry = Manifest['sources'][number];
export type TableEntry = Manifest['tables'][string];
export type Check = Manifest['checks'][number];

/** What every step gets: the folders, the States and, read before any step runs, the accession facts. */
export interface StepContext {
	sourcesDir: string;
	/** The fresh folder being prepared; swapped in only when every step succeeded. */
	outDir: string;
	states: readonly StateRef[];
	resolver: Resolver;
	accession: LoadedAccession;
}

/** What a step adds to the manifest, in the order the manifest lists them. */
export interface StepResult {
	tables: Record<string, TableEntry>;
	sources: SourceEntry[];
	checks: Check[];
	/** The date of each dataset the step writes (src/lib/domain/datasets.ts). */
	datasets?: Partial<Record<Dataset, DatasetDate>>;
}

export type IngestStep = (ctx: StepContext) => Promise<StepResult>;

/** Reads a step's source files, each with the usual missing-file message, keyed as given. */
export function readSources<K extends string>(files: Record<K, string>): Record<K, string> {
	return Object.fromEntries(Object.entries<string>(files).map(([k, f]) => [k, readSource(f)])) as Record<K, string>;
}

/** The manifest entry of a source file read as `text`. */
export function sourceEntry(
	file: string,
	rows: number,
	text: string | Buffer,
	asOf: string | null = null
): SourceEntry {
	return { file: display(file), rows, sha256: sha256(text), as_of: asOf };
}

export const sha256 = (buf: Buffer | string) => createHash('sha256').update(buf).digest('hex');

export function display(file: string) {
	return path.relative(process.cwd(), file) || file;
}

export function readSource(file: string) {
	if (!fs.existsSync(file)) throw new UserDataError(`missing source file: ${display(file)}`);
	const { text, notice } = readTextFile(file, display(file));
	if (notice) say(`notice: ${notice}`);
	return text;
}

/** Writes a table into the output folder being prepared and returns its manifest entry. */
export async function writeTable(dir: string, def: TableDef, rows: readonly object[]): Promise<TableEntry> {
	const w = await ParquetTableWriter.open(def);
	for (const r of rows) w.append(r);
	return finishTable(dir, def, w);
}

export async function finishTable(dir: string, def: TableDef, w: ParquetTableWriter): Promise<TableEntry> {
	const file = path.join(dir, def.file);
	await w.finish(file);
	const buf = fs.readFileSync(file);
	return { file: def.file, rows: w.rows, bytes: buf.length, sha256: sha256(buf) };
}

/**
 * Rows that describe the same thing twice (equal in every `key` column): a copy, or two values for
 * one figure. Either way the counts would take whichever came first and say nothing, so both lines
 * are named: the later one as the problem, the earlier one in its message.
 */
export function sameKeyRows<R extends object>(
	rows: readonly R[],
	lines: readonly number[],
	file: string,
	key: readonly (keyof R & string)[],
	label: (r: R) => string
): Problem[] {
	const first = new Map<string, { row: R; line: number }>();
	const problems: Problem[] = [];
	const cell = (r: R, c: string) => (r as Record<string, unknown>)[c];
	rows.forEach((r, i) => {
		const k = JSON.stringify(key.map((c) => cell(r, c)));
		const line = lines[i] ?? 0;
		const prev = first.get(k);
		if (!prev) {
			first.set(k, { row: r, line });
			return;
		}
		const differing = Object.keys(r).find(
			(c) => !(key as readonly string[]).includes(c) && JSON.stringify(cell(r, c)) !== JSON.stringify(cell(prev.row, c))
		);
		const shown = (v: unknown) => (v === null || v === undefined ? '' : String(v));
		if (differing === undefined)
			problems.push({ file, line, column: key[0]!, message: `${label(r)}, the same as line ${prev.line}` });
		else
			problems.push({
				file,
				line,
				column: differing,
				value: shown(cell(r, differing)),
				message: `${label(r)}; line ${prev.line} says ${JSON.stringify(shown(cell(prev.row, differing)))}`
			});
	});
	return problems;
}
