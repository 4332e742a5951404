/**
 * The names of the reference's States in the six UN languages, from the UN's own tables copied
 * into data/reference/ (see its README): the UNSD M49 short names are the names the dashboard
 * shows in fr, es, ar, zh and ru; the UNTERM formal names are the subtitles of the profiles. The
 * sources' known defects are corrected by data/reference/state_names_corrections.csv, never here,
 * so every name on the site can be traced to a cell of a public file or a documented correction.
 * The i18n-iso-countries names are kept only as aliases, so search still finds "Laos" or "Лаос".
 */
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import countries from 'i18n-iso-countries';
import * as prettier from 'prettier';
import { parseCsv } from '../../src/lib/csv';
import { normalizeStateName } from '../../src/lib/reference/normalize';

const require = createRequire(import.meta.url);

/** The languages whose names come from M49 (English keeps the UN Treaty Collection's names). */
export const NAME_LANGS = ['fr', 'es', 'ar', 'zh', 'ru'] as const;
/** The languages of the profiles' formal-name subtitle. */
export const FORMAL_LANGS = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;
type NameLang = (typeof NAME_LANGS)[number];
type FormalLang = (typeof FORMAL_LANGS)[number];

export const STATE_NAMES_FILE = 'src/lib/i18n/state-names.ts';
export const FORMAL_NAMES_FILE = 'src/lib/server/state-formal-names.ts';
export const ALIASES_FILE = 'src/lib/i18n/state-aliases.ts';

export interface Correction {
	iso3: string;
	language: FormalLang;
	field: 'm49' | 'unterm_formal';
	source_value: string;
	corrected_value: string;
	reason: string;
}

export interface StateNameTables {
	/** Every State of states.csv, its M49 name (corrected) in fr, es, ar, zh, ru. */
	names: Record<string, Record<NameLang, string>>;
	/** The UNTERM formal name (corrected) where it is not the name the page already shows. */
	formal: Record<string, Partial<Record<FormalLang, string>>>;
	/** Other names a reader may type: i18n-iso-countries' names and the M49 English name. */
	aliases: Record<string, string[]>;
	/** The names i18n-iso-countries gave before, for the record of what changed. */
	library: Record<string, Record<NameLang, string>>;
	/** English: UNTC name (states.csv) and M49 name (corrected) where they differ. */
	englishDifferences: { iso3: string; untc: string; m49: string }[];
}

function readTable(file: string): Record<string, string>[] {
	const t = parseCsv(fs.readFileSync(file, 'utf8'));
	return t.records.map((r) => Object.fromEntries(t.header.map((h, i) => [h, r.cells[i] ?? ''])));
}

export function readCorrections(dir: string): Correction[] {
	const rows = readTable(path.join(dir, 'state_names_corrections.csv'));
	return rows.map((r, i) => {
		const line = i + 2;
		if (!(FORMAL_LANGS as readonly string[]).includes(r.language!))
			throw new Error(`state_names_corrections.csv line ${line}: unknown language ${r.language}`);
		if (r.field !== 'm49' && r.field !== 'unterm_formal')
			throw new Error(`state_names_corrections.csv line ${line}: unknown field ${r.field}`);
		if (!r.reason) throw new Error(`state_names_corrections.csv line ${line}: a correction needs its reason`);
		// A State always has a display name; only a formal name may be withdrawn (left empty).
		if (r.field === 'm49' && !r.corrected_value)
			throw new Error(`state_names_corrections.csv line ${line}: an M49 name cannot be corrected to nothing`);
		return r as unknown as Correction;
	});
}

/** The value of a cell after its correction; throws when a correction no longer fits its source. */
function corrected(
	corrections: Correction[],
	iso3: string,
	language: FormalLang,
	field: Correction['field'],
	value: string
) {
	const c = corrections.find((x) => x.iso3 === iso3 && x.language === language && x.field === field);
	if (!c) return value;
	if (c.source_value !== value)
		throw new Error(
			`state_names_corrections.csv: ${iso3} ${language} ${field} expects "${c.source_value}" in the source, found "${value}"`
		);
	return c.corrected_value;
}

export function stateNameTables(dir = 'data/reference'): StateNameTables {
	for (const l of NAME_LANGS) countries.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));
	countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
	const states = readTable(path.join(dir, 'states.csv'));
	const m49 = new Map(readTable(path.join(dir, 'state_names_m49.csv')).map((r) => [r.iso3!, r]));
	const unterm = new Map(readTable(path.join(dir, 'state_names_unterm.csv')).map((r) => [r.iso3!, r]));
	const corrections = readCorrections(dir);
	const known = new Set(states.map((s) => s.iso3!));
	for (const c of corrections)
		if (!known.has(c.iso3)) throw new Error(`state_names_corrections.csv: ${c.iso3} is not in states.csv`);

	const out: StateNameTables = { names: {}, formal: {}, aliases: {}, library: {}, englishDifferences: [] };
	for (const s of states) {
		const iso3 = s.iso3!;
		const row = m49.get(iso3);
		if (!row) throw new Error(`state_names_m49.csv has no row for ${iso3}`);
		const names = Object.fromEntries(
			NAME_LANGS.map((l) => [l, corrected(corrections, iso3, l, 'm49', row[l] ?? '')])
		) as Record<NameLang, string>;
		const missing = NAME_LANGS.filter((l) => !names[l]);
		if (missing.length) throw new Error(`${iso3}: no M49 name in ${missing.join(', ')}`);
		out.names[iso3] = names;

		const english = corrected(corrections, iso3, 'en', 'm49', row.en ?? '');
		if (english !== s.name) out.englishDifferences.push({ iso3, untc: s.name!, m49: english });

		// The formal name only where it adds something to the heading above it.
		const shown: Record<FormalLang, string> = { en: s.name!, ...names };
		const u = unterm.get(iso3);
		const formal: Partial<Record<FormalLang, string>> = {};
		for (const l of FORMAL_LANGS) {
			const value = corrected(corrections, iso3, l, 'unterm_formal', u?.[`${l}_formal`] ?? '');
			if (value && value !== shown[l]) formal[l] = value;
		}
		if (Object.keys(formal).length) out.formal[iso3] = formal;

		out.library[iso3] = Object.fromEntries(NAME_LANGS.map((l) => [l, countries.getName(iso3, l) ?? ''])) as Record<
			NameLang,
			string
		>;
		// Search already knows the UNTC name, the states.csv aliases and the M49 names; keep the rest.
		const seen = new Set([s.name!, ...(s.aliases ?? '').split('|'), ...Object.values(names)].map(normalizeStateName));
		const aliases: string[] = [];
		for (const a of [...Object.values(out.library[iso3]), english]) {
			const key = normalizeStateName(a);
			if (!a || seen.has(key)) continue;
			seen.add(key);
			aliases.push(a);
		}
		if (aliases.length) out.aliases[iso3] = aliases;
	}
	return out;
}

const HEADER = (what: string) =>
	`// Generated by scripts/build-state-names.ts from data/reference/ (${what}); do not edit by hand.\n`;

/**
 * The three generated modules, path to text, as scripts/build-state-names.ts writes them: laid out
 * by the project's prettier settings, so `npm run lint` and the test comparing them agree.
 */
export async function generatedStateNameFiles(dir = 'data/reference'): Promise<Record<string, string>> {
	const t = stateNameTables(dir);
	const json = (v: unknown) => JSON.stringify(v, null, '\t');
	const raw: Record<string, string> = {
		[STATE_NAMES_FILE]:
			HEADER('state_names_m49.csv with state_names_corrections.csv') +
			`// The UNSD M49 names; English pages keep the reference's (UN Treaty Collection) names.\n` +
			`export const STATE_NAMES: Record<string, Record<'fr' | 'es' | 'ar' | 'zh' | 'ru', string>> = ${json(t.names)};\n`,
		[FORMAL_NAMES_FILE]:
			HEADER('state_names_unterm.csv with state_names_corrections.csv') +
			`// UNTERM formal names, the subtitle of a profile; absent where the name is the heading's or is withdrawn.\n` +
			`export const STATE_FORMAL_NAMES: Record<string, Partial<Record<'en' | 'fr' | 'es' | 'ar' | 'zh' | 'ru', string>>> = ${json(t.formal)};\n`,
		[ALIASES_FILE]:
			HEADER('states.csv, state_names_m49.csv and i18n-iso-countries') +
			`// Common names (i18n-iso-countries) and the M49 English name, for search only; never displayed.\n` +
			`export const STATE_ALIASES: Record<string, string[]> = ${json(t.aliases)};\n`
	};
	const out: Record<string, string> = {};
	for (const [file, text] of Object.entries(raw)) {
		const options = await prettier.resolveConfig(file);
		out[file] = await prettier.format(text, { ...options, filepath: file });
	}
	return out;
}
