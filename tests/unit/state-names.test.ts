// The names of States in the six UN languages (scripts/lib/state-names.ts): the M49 names shown
// on the pages, the UNTERM formal names under a profile's heading, the common names search still
// knows, and the committed modules being exactly what the generator writes from data/reference/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import { STATE_NAMES } from '../../src/lib/i18n/state-names';
import { STATE_ALIASES } from '../../src/lib/i18n/state-aliases';
import { STATE_FORMAL_NAMES } from '../../src/lib/server/state-formal-names';
import { normalizeStateName } from '../../src/lib/reference/normalize';
import { generatedStateNameFiles, NAME_LANGS, readCorrections, stateNameTables } from '../../scripts/lib/state-names';

const table = (file: string) => {
	const t = parseCsv(fs.readFileSync(file, 'utf8'));
	return t.records.map((r) => Object.fromEntries(t.header.map((h, i) => [h, r.cells[i] ?? ''])));
};
const states = table('data/reference/states.csv');
const m49 = new Map(table('data/reference/state_names_m49.csv').map((r) => [r.iso3!, r]));

describe('State names in the UN languages', () => {
	it('gives every State of the reference a name in fr, es, ar, zh and ru', () => {
		expect(states.length).toBe(197);
		const missing = states.flatMap((s) =>
			NAME_LANGS.filter((l) => !STATE_NAMES[s.iso3!]?.[l]?.trim()).map((l) => `${s.iso3} ${l}`)
		);
		expect(missing).toEqual([]);
	});

	it('shows the M49 name, except where a documented correction replaces a cell', () => {
		const corrected = new Set(readCorrections('data/reference').map((c) => `${c.iso3} ${c.language} ${c.field}`));
		const other = states.flatMap((s) =>
			NAME_LANGS.filter(
				(l) => !corrected.has(`${s.iso3} ${l} m49`) && STATE_NAMES[s.iso3!]![l] !== m49.get(s.iso3!)![l]
			).map((l) => `${s.iso3} ${l}`)
		);
		expect(other).toEqual([]);
		expect(STATE_NAMES.LAO!.fr).toBe('République démocratique populaire lao');
		expect(STATE_NAMES.GBR!.zh).toBe('大不列颠及北爱尔兰联合王国');
		expect(STATE_NAMES.BOL!.fr).toBe('Bolivie (État plurinational de)');
		expect(STATE_NAMES.LAO!.ru).toBe('Лаосская Народно-Демократическая Республика');
	});

	it("corrects the sources' defects: the Netherlands' placeholder, one apostrophe, footnote marks", () => {
		expect(STATE_NAMES.NLD!.ar).toBe('هولندا (مملكة -)');
		for (const l of NAME_LANGS) expect(STATE_NAMES.CIV![l]).not.toContain('’');
		expect(STATE_NAMES.CIV!.fr).toBe("Côte d'Ivoire");
		expect(STATE_FORMAL_NAMES.VAT!.fr).toBe('le Saint-Siège');
		const shown = [
			...Object.values(STATE_NAMES).flatMap((n) => Object.values(n)),
			...Object.values(STATE_FORMAL_NAMES).flatMap((n) => Object.values(n))
		];
		expect(shown.filter((n) => /[’_*]|\s{2}|^\s|\s$/.test(n))).toEqual([]);
	});

	it('gives profiles the UNTERM formal name, and Türkiye none (the only one on file predates "Türkiye")', () => {
		expect(STATE_FORMAL_NAMES.LAO!.fr).toBe('la République démocratique populaire lao');
		expect(STATE_FORMAL_NAMES.AFG!.en).toBe('the Islamic Republic of Afghanistan');
		expect(STATE_FORMAL_NAMES.TUR).toBeUndefined();
		// Where the formal name is the heading itself, no subtitle repeats it.
		expect(STATE_FORMAL_NAMES.GBR?.zh).toBeUndefined();
	});

	it('keeps the common and former names as search aliases in every language', () => {
		const knows = (iso3: string, typed: string) => {
			const s = states.find((x) => x.iso3 === iso3)!;
			const keys = [
				s.name!,
				...s.aliases!.split('|'),
				...Object.values(STATE_NAMES[iso3]!),
				...(STATE_ALIASES[iso3] ?? [])
			];
			return keys.map(normalizeStateName).includes(normalizeStateName(typed));
		};
		for (const [iso3, typed] of [
			['LAO', 'Laos'],
			['LAO', 'Лаос'],
			['LAO', '老挝'],
			['BOL', 'Bolivie'],
			['GBR', '英国'],
			['GBR', 'Royaume-Uni'],
			['TUR', 'Turkey'],
			['TUR', 'Turquie'],
			['CZE', 'Czechia']
		] as const)
			expect(knows(iso3, typed), `${typed} -> ${iso3}`).toBe(true);
	});

	it('commits exactly what scripts/build-state-names.ts writes from the CSVs', async () => {
		const files = await generatedStateNameFiles('data/reference');
		expect(Object.keys(files).length).toBe(3);
		for (const [file, text] of Object.entries(files)) expect(fs.readFileSync(file, 'utf8'), file).toBe(text);
	});

	it('refuses a correction whose source cell has changed, rather than apply it blindly', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fixture-state-names-'));
		for (const f of ['states.csv', 'state_names_m49.csv', 'state_names_unterm.csv'])
			fs.copyFileSync(path.join('data/reference', f), path.join(dir, f));
		const corrections = fs.readFileSync('data/reference/state_names_corrections.csv', 'utf8');
		fs.writeFileSync(path.join(dir, 'state_names_corrections.csv'), corrections.replace('(مملكة _)', '(مملكة ـ)'));
		expect(() => stateNameTables(dir)).toThrow(/NLD ar m49 expects/);
		fs.rmSync(dir, { recursive: true });
	});
});
