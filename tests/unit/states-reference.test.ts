/**
 * data/reference/states.csv: its shape, the loader's error messages, and the promise that every
 * State name in every public source resolves to exactly one State.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import { loadStates, parseStates } from '../../src/lib/server/load-states';
import { createResolver, describeResolutionError, type ResolveOptions } from '../../src/lib/reference/resolver';
import { STATE_COLUMNS } from '../../src/lib/schema/states';
import { parseUntcPage } from '../../scripts/lib/parsers/untc';
import { available, repoRoot, sourcesDir } from './support/sources';

const statesFile = path.join(repoRoot, 'data/reference/states.csv');
const states = loadStates(statesFile);
const resolver = createResolver(states);

describe('data/reference/states.csv', () => {
	it('has the columns in order', () => {
		expect(parseCsv(readFileSync(statesFile, 'utf8')).header).toEqual([...STATE_COLUMNS]);
	});

	it('lists 197 States: the 193 UN members and four non-members without a regional group', () => {
		expect(states).toHaveLength(197);
		expect(states.filter((s) => s.unMember)).toHaveLength(193);
		const others = states.filter((s) => !s.unMember);
		expect(others.map((s) => s.iso3).sort()).toEqual(['COK', 'NIU', 'PSE', 'VAT']);
		for (const s of others) expect(s.region).toBeNull();
		for (const s of states.filter((x) => x.unMember)) expect(s.region).not.toBeNull();
	});

	it('gives unique ISO3 and 3-digit numeric codes', () => {
		expect(new Set(states.map((s) => s.iso3)).size).toBe(197);
		expect(new Set(states.map((s) => s.m49)).size).toBe(197);
		expect(resolver.byIso3('COK')?.m49).toBe('184');
		expect(resolver.byIso3('AFG')?.m49).toBe('004');
	});

	it('writes names as the UN Treaty Collection does', () => {
		const name = (iso3: string) => resolver.byIso3(iso3)?.name;
		expect(['CZE', 'TUR', 'KNA', 'PSE', 'VAT', 'COG'].map(name)).toEqual([
			'Czech Republic',
			'Türkiye',
			'St. Kitts and Nevis',
			'State of Palestine',
			'Holy See',
			'Congo'
		]);
	});

	it('never lists the ambiguous "Congo" or "Korea" as an alias', () => {
		for (const s of states) {
			for (const a of s.aliases) expect(['congo', 'korea']).not.toContain(a.toLowerCase());
		}
	});
});

describe('loadStates errors', () => {
	const header = STATE_COLUMNS.join(',');
	const good = 'AFG,004,Afghanistan,APG,true,AFGHANISTAN';

	it('names file, line, column, value and what was expected', () => {
		const text = `${header}\n${good}\nALB,008,Albania,EUROPE,true,\n`;
		expect(() => parseStates(text, 'data/reference/states.csv')).toThrow(
			'data/reference/states.csv line 3, column region: value "EUROPE": expected one of AG, APG, EEG, GRULAC, WEOG or empty'
		);
	});

	it('rejects a bad m49, iso3, un_member and an empty alias', () => {
		expect(() => parseStates(`${header}\nAFG,4,Afghanistan,APG,true,\n`, 'f.csv')).toThrow(
			'f.csv line 2, column m49: value "4": expected 3 digits'
		);
		expect(() => parseStates(`${header}\nafg,004,Afghanistan,APG,true,\n`, 'f.csv')).toThrow(
			'column iso3: value "afg"'
		);
		expect(() => parseStates(`${header}\nAFG,004,Afghanistan,APG,yes,\n`, 'f.csv')).toThrow(
			'column un_member: value "yes": expected true or false'
		);
		expect(() => parseStates(`${header}\nAFG,004,Afghanistan,APG,true,a||b\n`, 'f.csv')).toThrow('column aliases');
	});

	it('rejects a repeated ISO3 code, naming both lines', () => {
		expect(() => parseStates(`${header}\n${good}\n${good}\n`, 'f.csv')).toThrow(
			'f.csv line 3, column iso3: value "AFG": already used on line 2'
		);
	});

	it('rejects an alias shared by two States', () => {
		const text = `${header}\nAFG,004,Afghanistan,APG,true,Kabulistan\nALB,008,Albania,EEG,true,KABULISTAN\n`;
		expect(() => parseStates(text, 'f.csv')).toThrow(/f\.csv: alias "KABULISTAN" of ALB and alias "Kabulistan" of AFG/);
	});

	it('rejects wrong columns and a missing file', () => {
		expect(() => parseStates('iso3,name\nAFG,Afghanistan\n', 'f.csv')).toThrow('f.csv line 1: expected the columns');
		expect(() => loadStates('no/such/states.csv')).toThrow(
			'no/such/states.csv: cannot read the States reference (ENOENT)'
		);
	});
});

/** Every State name in a source file, with the code the file gives, if any. */
interface Named {
	file: string;
	line: number;
	name: string;
	iso3?: string;
	options: ResolveOptions;
}

function csvNames(rel: string, nameColumn: string, codeColumn: string | null, options: ResolveOptions): Named[] {
	const { header, records } = parseCsv(readFileSync(path.join(sourcesDir, rel), 'utf8'));
	const n = header.indexOf(nameColumn);
	const c = codeColumn ? header.indexOf(codeColumn) : -1;
	expect(n, `${rel} has a ${nameColumn} column`).toBeGreaterThanOrEqual(0);
	return records.map((r) => ({
		file: rel,
		line: r.line,
		name: r.cells[n] ?? '',
		...(c >= 0 ? { iso3: r.cells[c] ?? '' } : {}),
		options
	}));
}

describe.skipIf(!available(sourcesDir, 'the source-name resolution tests'))('every name in the sources', () => {
	// UN records write the Republic of the Congo "Congo"; Article 7 records come from NGOs and news.
	const un = { unNaming: true };

	it('resolves to exactly one State, the one the file codes it as', () => {
		const untc = readdirSync(path.join(sourcesDir, 'untc'))
			.filter((f) => f.endsWith('.html'))
			.flatMap((f) =>
				parseUntcPage(readFileSync(path.join(sourcesDir, 'untc', f), 'utf8')).rows.map((r): Named => ({
					file: `untc/${f}`,
					line: r.line,
					name: r.participant,
					options: un
				}))
			);
		expect(untc.length).toBeGreaterThan(1000);
		const names = [
			...untc,
			...csvNames('unga/ccm_votes_undl.csv', 'ms_name', 'ms_code', un),
			...csvNames('reference/un_regional_groups.csv', 'country', 'iso', un),
			...csvNames('article7/reports.csv', 'state', null, {})
		];
		const failures: string[] = [];
		for (const n of names) {
			const r = resolver.resolve(n.name, n.options);
			if (!r.ok) failures.push(describeResolutionError(n.name, r, { file: n.file, line: n.line }));
			else if (n.iso3 !== undefined && r.state.iso3 !== n.iso3) {
				failures.push(`${n.file} line ${n.line}: "${n.name}" resolved to ${r.state.iso3}, the file says ${n.iso3}`);
			}
		}
		expect(failures).toEqual([]);
		// Every State of the reference is on at least one UNTC page, so every name is UNTC's.
		const onPages = new Set(untc.map((n) => resolver.resolve(n.name, un)).flatMap((r) => (r.ok ? [r.state.iso3] : [])));
		expect(onPages.size).toBe(197);
	});

	it('finds no State column in the tallies and the comparison figures', () => {
		// They count votes and reports; if a State column appears, it must join the test above.
		for (const rel of ['unga/ccm_vote_tallies.csv', 'comparison/published_reporting_figures.csv']) {
			const { header } = parseCsv(readFileSync(path.join(sourcesDir, rel), 'utf8'));
			expect(
				header.filter((h) => /state|country|ms_name|participant/i.test(h)),
				rel
			).toEqual([]);
		}
	});
});
