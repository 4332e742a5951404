/**
 * Current and former short names that people, news and NGO reports use for States, beyond what
 * the UN sources and i18n-iso-countries spell. Used only to build data/reference/states.csv; a
 * bare "Congo" or "Korea" is missing on purpose (it names two States, see resolver.ts).
 */
export const WELL_KNOWN_NAMES: Readonly<Record<string, readonly string[]>> = {
	BHS: ['Bahamas', 'The Bahamas'],
	BOL: ['Bolivia', 'Plurinational State of Bolivia'],
	BRN: ['Brunei'],
	CIV: ["Côte d'Ivoire", "Cote d'Ivoire", 'Ivory Coast'],
	COD: ['DR Congo', 'DRC', 'Congo-Kinshasa', 'Congo (Kinshasa)', 'Congo, Democratic Republic of the'],
	COG: ['Republic of the Congo', 'Republic of Congo', 'Congo-Brazzaville', 'Congo (Brazzaville)'],
	COK: ['Cook Islands'],
	CPV: ['Cabo Verde', 'Cape Verde'],
	CZE: ['Czechia', 'Czech Republic'],
	FSM: ['Micronesia', 'Federated States of Micronesia'],
	GBR: ['United Kingdom of Great Britain and Northern Ireland', 'United Kingdom', 'UK', 'Britain'],
	GMB: ['Gambia', 'The Gambia'],
	IRN: ['Iran', 'Islamic Republic of Iran'],
	KNA: ['Saint Kitts and Nevis', 'St. Kitts and Nevis'],
	KOR: ['Republic of Korea', 'South Korea', 'Korea, Republic of'],
	LAO: ['Lao PDR', 'Laos'],
	LCA: ['Saint Lucia', 'St. Lucia'],
	MDA: ['Moldova'],
	MKD: ['North Macedonia', 'The former Yugoslav Republic of Macedonia', 'Republic of North Macedonia'],
	MMR: ['Myanmar', 'Burma'],
	NIU: ['Niue'],
	NLD: ['Netherlands', 'The Netherlands'],
	PRK: ['DPRK', 'North Korea', "Korea, Democratic People's Republic of"],
	PSE: ['Palestine', 'State of Palestine'],
	RUS: ['Russia'],
	STP: ['São Tomé and Príncipe'],
	SWZ: ['Eswatini', 'Swaziland'],
	SYR: ['Syria'],
	TLS: ['Timor-Leste', 'East Timor'],
	TUR: ['Türkiye', 'Turkey'],
	TZA: ['Tanzania'],
	VAT: ['Holy See', 'Vatican', 'Vatican City'],
	VCT: ['Saint Vincent and the Grenadines', 'St. Vincent and the Grenadines'],
	USA: ['United States of America', 'United States'],
	VEN: ['Venezuela', 'Venezuela (Bolivarian Republic of)', 'Bolivarian Republic of Venezuela'],
	VNM: ['Viet Nam', 'Vietnam']
};

/** The four States outside the UN that take part in the treaties; they belong to no regional group. */
export const NON_MEMBER_STATES = ['COK', 'NIU', 'VAT', 'PSE'] as const;
