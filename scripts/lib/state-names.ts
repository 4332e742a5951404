/** The names i18n-iso-countries gives the reference's States in fr, es, ar, zh and ru. */
import { createRequire } from 'node:module';
import fs from 'node:fs';
import countries from 'i18n-iso-countries';
import { parseCsv } from '../../src/lib/csv';

const require = createRequire(import.meta.url);
const LANGS = ['fr', 'es', 'ar', 'zh', 'ru'] as const;

export function stateNamesFromLibrary(): Record<string, Record<(typeof LANGS)[number], string>> {
	for (const l of LANGS) countries.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));
	const table = parseCsv(fs.readFileSync('data/reference/states.csv', 'utf8'));
	const iso = table.header.indexOf('iso3');
	const out: Record<string, Record<(typeof LANGS)[number], string>> = {};
	for (const r of table.records) {
		const iso3 = r.cells[iso]!;
		const names = Object.fromEntries(LANGS.map((l) => [l, countries.getName(iso3, l) ?? ''])) as Record<
			(typeof LANGS)[number],
			string
		>;
		const missing = LANGS.filter((l) => !names[l]);
		if (missing.length) throw new Error(`${iso3}: no name in ${missing.join(', ')}`);
		out[iso3] = names;
	}
	return out;
}
