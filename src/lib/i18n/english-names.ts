/**
 * English names shown in place of the UN Treaty Collection's, where the depositary's pages still
 * spell a short name the UN has since replaced: "Czechia" is CZE's short name in M49 and the UN
 * Protocol list (2016), while the UNTC status pages still say "Czech Republic". The UNTC spelling
 * stays in data/reference/states.csv (and so in CSV downloads and the resolver), and finds the
 * State in the search.
 */
export const CURRENT_ENGLISH_NAMES: Readonly<Record<string, string>> = {
	CZE: 'Czechia'
};

/** The name an English page shows for a State whose reference (UNTC) name is `untc`. */
export function englishStateName(iso3: string, untc: string): string {
	return CURRENT_ENGLISH_NAMES[iso3] ?? untc;
}
