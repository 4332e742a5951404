/**
 * Golden files of controller outputs (tests/golden/controllers/). The JSON is laid out so that a
 * diff reads as what changed for a reader: a row (an object of plain values: one State, one tally,
 * one point of a curve) is one line whatever its length, and so is anything else that fits in 160
 * characters; the rest opens with one space of indent per level. Still plain JSON: JSON.parse
 * reads a golden back.
 */
import path from 'node:path';
import { repoRoot } from './sources';

const WIDTH = 160;

const isPlain = (v: unknown) => v === null || typeof v !== 'object';

/** An object whose values are plain, or arrays of plain values. */
const isRow = (v: object) =>
	!Array.isArray(v) && Object.values(v).every((x) => isPlain(x) || (Array.isArray(x) && x.every(isPlain)));

function layout(value: unknown, indent: string): string {
	const flat = JSON.stringify(value);
	if (flat === undefined) return 'null';
	if (value === null || typeof value !== 'object' || flat.length + indent.length <= WIDTH || isRow(value)) return flat;
	const inner = `${indent} `;
	if (Array.isArray(value)) {
		if (value.length === 0) return '[]';
		return `[\n${value.map((v) => inner + layout(v, inner)).join(',\n')}\n${indent}]`;
	}
	const entries = Object.entries(value).filter(([, v]) => v !== undefined);
	if (entries.length === 0) return '{}';
	return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${layout(v, inner)}`).join(',\n')}\n${indent}}`;
}

/** The golden text of a value: JSON, one row per line, ending with a newline. */
export function goldenJson(value: unknown): string {
	return `${layout(value, '')}\n`;
}

/** tests/golden/controllers/<controller>-<label>.json */
export function goldenFile(controller: string, label: string): string {
	return path.join(repoRoot, 'tests', 'golden', 'controllers', `${controller}-${label}.json`);
}

/**
 * The fixed days every day-dependent controller is pinned at: entry into force of the Convention,
 * a day in the middle of its history, the day after 2019's Article 7 deadline had passed by
 * months, and the data's own date (labelled `data-date`, so a data update changes the content of
 * those goldens, not their names).
 */
export const FIXED_DAYS = ['2010-08-01', '2016-01-01', '2019-08-10'] as const;

export function goldenDays(dataAsOf: string): { day: string; label: string }[] {
	return [...FIXED_DAYS.map((day) => ({ day, label: day })), { day: dataAsOf, label: 'data-date' }];
}
