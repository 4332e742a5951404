/**
 * The name resolver: spelling differences resolve, genuinely ambiguous names do not, and the
 * messages say which file, line and name went wrong.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStates } from '../../src/lib/server/load-states';
import { normalizeStateName } from '../../src/lib/reference/normalize';
import { createResolver, describeResolutionError, type Resolution } from '../../src/lib/reference/resolver';
import type { StateRef } from '../../src/lib/schema/states';
import { repoRoot } from './support/sources';

const resolver = createResolver(loadStates(path.join(repoRoot, 'data/reference/states.csv')));
const iso3 = (r: Resolution) => (r.ok ? r.state.iso3 : `${r.reason}:${r.candidates.map((c) => c.iso3).join('+')}`);
const resolve = (name: string) => iso3(resolver.resolve(name));

describe('resolve', () => {
	it.each([
		['Czechia', 'CZE'],
		['Czech Republic', 'CZE'],
		['CZECH REPUBLIC', 'CZE'],
		['Türkiye', 'TUR'],
		['Turkey', 'TUR'],
		['turkiye', 'TUR'],
		["Cote d'Ivoire", 'CIV'],
		['Côte d’Ivoire', 'CIV'],
		['Ivory Coast', 'CIV'],
		['St. Kitts and Nevis', 'KNA'],
		['St Kitts & Nevis', 'KNA'],
		['Saint Kitts and Nevis', 'KNA'],
		['Saint Lucia', 'LCA'],
		['SAINTLUCIA', 'LCA'],
		['Eswatini', 'SWZ'],
		['Swaziland', 'SWZ'],
		['North Macedonia', 'MKD'],
		['The former Yugoslav Republic of Macedonia', 'MKD'],
		['Cabo Verde', 'CPV'],
		['Cape Verde', 'CPV'],
		['Holy See', 'VAT'],
		['Vatican', 'VAT'],
		['Burma', 'MMR'],
		['East Timor', 'TLS'],
		['Lao PDR', 'LAO'],
		['DPRK', 'PRK'],
		['South Korea', 'KOR'],
		['Republic of Korea', 'KOR'],
		['Russia', 'RUS'],
		['Syria', 'SYR'],
		['Iran', 'IRN'],
		['Viet Nam', 'VNM'],
		['Vietnam', 'VNM'],
		['Bolivia', 'BOL'],
		['Venezuela', 'VEN'],
		['Tanzania', 'TZA'],
		['Moldova', 'MDA'],
		['Micronesia', 'FSM'],
		['Palestine', 'PSE'],
		['The Bahamas', 'BHS'],
		['Bahamas (The)', 'BHS'],
		['Netherlands', 'NLD'],
		['Democratic Republic of the Congo', 'COD'],
		['Republic of the Congo', 'COG'],
		['Guinea', 'GIN'],
		['Guinea-Bissau', 'GNB'],
		['Guinea Bissau', 'GNB'],
		['Equatorial Guinea', 'GNQ'],
		['Papua New Guinea', 'PNG'],
		['Niger', 'NER'],
		['Nigeria', 'NGA'],
		['Sudan', 'SDN'],
		['South Sudan', 'SSD']
	])('%s -> %s', (name, expected) => {
		expect(resolve(name)).toBe(expected);
	});

	it('ignores case, spacing, footnote markers and brackets', () => {
		const written = ['  united   KINGDOM  ', 'Lithuania 3', 'Ukraine 10, 11', 'Belize¹', '[Lithuania]'];
		expect(written.map((name) => resolve(name))).toEqual(['GBR', 'LTU', 'UKR', 'BLZ', 'LTU']);
	});

	it('takes an ISO3 code', () => {
		expect(resolve('CZE')).toBe('CZE');
		expect(resolve('cok')).toBe('COK');
		expect(resolver.byIso3('pse')?.name).toBe('State of Palestine');
		expect(resolver.byIso3('XXX')).toBeUndefined();
	});

	it('calls "Congo" and "Korea" ambiguous, with every candidate', () => {
		expect(resolve('Congo')).toBe('ambiguous:COG+COD');
		expect(resolve('CONGO')).toBe('ambiguous:COG+COD');
		expect(resolve('Korea')).toBe('ambiguous:KOR+PRK');
	});

	it('reads UN records, where "Congo" is the Republic of the Congo, with unNaming', () => {
		expect(iso3(resolver.resolve('Congo', { unNaming: true }))).toBe('COG');
		expect(iso3(resolver.resolve('CONGO', { unNaming: true }))).toBe('COG');
		expect(iso3(resolver.resolve('Korea', { unNaming: true }))).toBe('ambiguous:KOR+PRK');
		expect(iso3(resolver.resolve('Czechia', { unNaming: true }))).toBe('CZE');
	});

	it('does not know Atlantis', () => {
		expect(resolve('Atlantis')).toBe('unknown:');
		expect(resolve('')).toBe('unknown:');
	});
});

describe('createResolver load-time errors', () => {
	const state = (iso3: string, name: string, aliases: string[] = []): StateRef => ({
		iso3,
		m49: '000',
		name,
		region: null,
		unMember: false,
		aliases
	});

	it('rejects an alias that normalises to another State', () => {
		expect(() => createResolver([state('AAA', 'Alpha'), state('BBB', 'Beta', ['ALPHA.'])])).toThrow(
			'alias "ALPHA." of BBB and name "Alpha" of AAA are the same name once normalised ("alpha")'
		);
	});

	it('rejects an ambiguous alias and a repeated code', () => {
		expect(() => createResolver([state('COG', 'Congo', ['Congo'])])).toThrow('alias "Congo" of COG is ambiguous');
		expect(() => createResolver([state('AAA', 'Alpha'), state('AAA', 'Beta')])).toThrow('AAA is listed twice');
	});
});

describe('describeResolutionError', () => {
	const where = { file: 'data/x.csv', line: 12, column: 'state' };

	it('says a State is unknown', () => {
		expect(describeResolutionError('Atlantis', resolver.resolve('Atlantis'), where)).toBe(
			'data/x.csv line 12, column state: unknown State "Atlantis"'
		);
	});

	it('lists the candidates of an ambiguous name', () => {
		expect(describeResolutionError('Congo', resolver.resolve('Congo'), where)).toBe(
			'data/x.csv line 12, column state: "Congo" is ambiguous: Congo (COG), Democratic Republic of the Congo (COD)'
		);
	});

	it('works without a place, or with a file only', () => {
		expect(describeResolutionError('Atlantis', resolver.resolve('Atlantis'))).toBe('unknown State "Atlantis"');
		expect(describeResolutionError('Atlantis', resolver.resolve('Atlantis'), { file: 'f.csv' })).toBe(
			'f.csv: unknown State "Atlantis"'
		);
	});
});

describe('normalizeStateName', () => {
	it('folds the differences that do not change the State', () => {
		expect(normalizeStateName('Côte d’Ivoire')).toBe(normalizeStateName("COTE D'IVOIRE"));
		expect(normalizeStateName('St. Vincent & the Grenadines')).toBe('st vincent and the grenadines');
		expect(normalizeStateName('Bahamas (The)')).toBe('bahamas');
	});
});
