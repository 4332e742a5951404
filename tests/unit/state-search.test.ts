import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { searchEntries, matchStates } from '../../src/lib/reference/state-search';
import { englishStateName } from '../../src/lib/i18n/english-names';
import { STATE_NAMES } from '../../src/lib/i18n/state-names';
import { STATE_ALIASES } from '../../src/lib/i18n/state-aliases';

// The index the header's search box fetches: static/data/search.json, as the build writes it.
const rows = JSON.parse(fs.readFileSync('static/data/search.json', 'utf8')) as {
	iso3: string;
	name: string;
	aliases: string[];
}[];
const index = searchEntries(rows, STATE_NAMES, STATE_ALIASES);
const shown = (q: string) => matchStates(index, q).map((e) => englishStateName(e.iso3, e.name));

describe('State search', () => {
	it('shows Czechia, the UN short name, and finds it by that name and the old one', () => {
		expect(shown('Czechia')[0]).toBe('Czechia');
		expect(shown('czech')[0]).toBe('Czechia');
		expect(shown('Czech Republic')[0]).toBe('Czechia');
	});

	it('"Laos" suggests Laos and not Palau (Palaos in French)', () => {
		const m = matchStates(index, 'Laos').map((e) => e.iso3);
		expect(m[0]).toBe('LAO');
		expect(m).not.toContain('PLW');
	});

	it('ranks a word that starts with the query above a name that merely contains it', () => {
		// "Guinea" begins a word of Papua New Guinea, and of Equatorial Guinea, before any loose match.
		const m = matchStates(index, 'guinea').map((e) => e.iso3);
		expect(m[0]).toBe('GIN');
		expect(m).toEqual(expect.arrayContaining(['GNB', 'GNQ', 'PNG']));
		// "lao" starts Laos's name, and only a part of a word elsewhere.
		expect(matchStates(index, 'lao').map((e) => e.iso3)).toEqual(['LAO']);
	});

	it('still finds a State by a fragment when no name starts with it, and in Chinese by any part', () => {
		expect(matchStates(index, 'zealand').map((e) => e.iso3)).toContain('NZL');
		expect(matchStates(index, 'ealand').map((e) => e.iso3)).toContain('NZL');
		expect(matchStates(index, '老挝').map((e) => e.iso3)).toEqual(['LAO']);
		expect(matchStates(index, '北爱尔兰').map((e) => e.iso3)).toContain('GBR');
	});

	it('keeps at most eight suggestions', () => {
		expect(matchStates(index, 'a').length).toBeLessThanOrEqual(8);
	});
});
