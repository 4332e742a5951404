/** What every dataset's ingest step shares: reading a source file and describing it in the manifest. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Manifest } from '../../../src/lib/schema/manifest';
import type { TableDef } from '../../../src/lib/schema/tables';
import { readTextFile } from '../../../src/lib/node/read-text-file';
import type { Problem } from '../../../src/lib/validate';
import { say, UserDataError } from '../cli';
import { ParquetTableWriter } from '../write-parquet';

export type SourceEntry = Manifest['sources'][number];
export type TableEntry = Manifest['tables'][string];
export type Check = Manifest['checks'][number];

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
