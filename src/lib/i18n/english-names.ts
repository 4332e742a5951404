/**
 * English names shown in place of the UN Treaty Collection's, where the depositary's pages still
 * spell a short name the UN has since replaced: "Czechia" is CZE's short name in M49 and the UN
 * Protocol list (2016), while the UNTC status pages still say "Czech Republic". The UNTC spelling
 * stays in data/reference/states.csv and the Parquet tables (and so in the resolver, where it still
 * finds the State); what English shows (pages, their downloads, `npm run metric`, the iCalendar
 * files) goes through here.
 */
export const CURRENT_ENGLISH_NAMES: Readonly<Record<string, string>> = {
	CZE: 'Czechia'
};

/** The name an English page shows for a State whose reference (UNTC) name is `untc`. */
export function englishStateName(iso3: string, untc: string): string {
	return CURRENT_ENGLISH_NAMES[iso3] ?? untc;
}

/**
 * The same value with every State it names (an object holding a string `iso3` and `name`, at any
 * depth) named in English as above; keys, order and all other values unchanged.
 */
export function withEnglishStateNames<T>(value: T): T {
	if (Array.isArray(value)) return value.map(withEnglishStateNames) as T;
	if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
	const entries = Object.entries(value).map(([k, v]) => [k, withEnglishStateNames(v)] as const);
	const o = Object.fromEntries(entries) as Record<string, unknown>;
	if (typeof o.iso3 === 'string' && typeof o.name === 'string') o.name = englishStateName(o.iso3, o.name);
	return o as T;
}
