/**
 * Builds data/reference/states.csv from the public sources in ../shared/sources, so that every
 * name, code and alias in it can be traced to a file (see data/reference/README.md).
 * Usage: npx tsx scripts/build-states-reference.ts [--sources DIR] [--out FILE]
 * Fails, writing nothing, if a name in any source does not resolve to exactly one State.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv, toCsv } from '../src/lib/csv';
import { writeFileAtomic } from '../src/lib/server/write-file-atomic';
import { normalizeStateName } from '../src/lib/reference/normalize';
import { createResolver, describeResolutionError } from '../src/lib/reference/resolver';
import { NON_MEMBER_STATES, WELL_KNOWN_NAMES } from '../src/lib/reference/well-known-names';
import { REGIONAL_GROUPS, STATE_COLUMNS, stateRefToRow, type StateRef } from '../src/lib/schema/states';
import { parseUntcPage, UNTC_TREATIES } from './lib/parsers/untc';

interface Countries {
	alpha3ToNumeric(code: string): string | undefined;
	getName(code: string, lang: string, options: { select: 'all' }): string[];
}
const require = createRequire(import.meta.url);
// The Node entry registers every locale; only English names are used.
const countries = require('i18n-iso-countries') as Countries;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (flag: string, fallback: string) => {
	const i = args.indexOf(flag);
	return i >= 0 && args[i + 1] ? path.resolve(args[i + 1] as string) : fallback;
};
const sources = option('--sources', path.resolve(repoRoot, '../shared/sources'));
const out = option('--out', path.join(repoRoot, 'data/reference/states.csv'));

function readTable(rel: string): Record<string, string>[] {
	const { header, records } = parseCsv(readFileSync(path.join(sources, rel), 'utf8'));
	return records.map((r) => Object.fromEntries(header.map((h, i) => [h, r.cells[i] ?? ''])));
}

/** Distinct values in first-seen order. */
class Spellings {
	private readonly map = new Map<string, string[]>();
	add(iso3: string, name: string) {
		const list = this.map.get(iso3) ?? [];
		if (!list.includes(name)) list.push(name);
		this.map.set(iso3, list);
	}
	get(iso3: string): string[] {
		return this.map.get(iso3) ?? [];
	}
}

function main() {
	const groups = readTable('reference/un_regional_groups.csv');
	const members = new Map(groups.map((g) => [g['iso'] ?? '', g]));
	const isoList = [...members.keys(), ...NON_MEMBER_STATES];
	const m49 = (iso3: string) => {
		const n = countries.alpha3ToNumeric(iso3);
		if (!n) throw new Error(`i18n-iso-countries has no numeric code for ${iso3}`);
		return n.padStart(3, '0');
	};
	const english = (iso3: string) => countries.getName(iso3, 'en', { select: 'all' }) ?? [];
	const ambiguous = (name: string) => ['congo', 'korea'].includes(normalizeStateName(name));

	// A first resolver, from the UN member list, i18n and the well-known names, to place UNTC's names.
	const seed: StateRef[] = isoList.map((iso3) => ({
		iso3,
		m49: m49(iso3),
		name: members.get(iso3)?.['country'] ?? WELL_KNOWN_NAMES[iso3]?.[0] ?? iso3,
		region: null,
		unMember: members.has(iso3),
		aliases: [...english(iso3), ...(WELL_KNOWN_NAMES[iso3] ?? [])].filter((a) => !ambiguous(a))
	}));
	const seedResolver = createResolver(seed);
	const unresolved = new Set<string>();
	const place = (name: string, file: string, unNaming: boolean) => {
		const r = seedResolver.resolve(name, { unNaming });
		if (r.ok) return r.state.iso3;
		unresolved.add(describeResolutionError(name, r, { file: path.relative(sources, file) }));
		return '';
	};

	const untcName = new Map<string, string>();
	const spellings = new Spellings();
	for (const treaty of UNTC_TREATIES) {
		const file = path.join(sources, 'untc', `${treaty}.html`);
		for (const row of parseUntcPage(readFileSync(file, 'utf8')).rows) {
			const iso3 = place(row.participant, file, true);
			// ccm comes first in UNTC_TREATIES, so its spelling wins.
			if (!untcName.has(iso3)) untcName.set(iso3, row.participant);
			spellings.add(iso3, row.participant);
		}
	}
	for (const v of readTable('unga/ccm_votes_undl.csv')) spellings.add(v['ms_code'] ?? '', v['ms_name'] ?? '');
	for (const r of readTable('article7/reports.csv')) {
		const name = r['state'] ?? '';
		spellings.add(place(name, path.join(sources, 'article7/reports.csv'), false), name);
	}
	if (unresolved.size > 0) throw new Error(`names that resolve to no single State:\n${[...unresolved].join('\n')}`);
	for (const g of groups) spellings.add(g['iso'] ?? '', g['country'] ?? '');
	for (const iso3 of isoList) {
		for (const n of [...english(iso3), ...(WELL_KNOWN_NAMES[iso3] ?? [])]) spellings.add(iso3, n);
	}

	const states: StateRef[] = isoList
		.map((iso3): StateRef => {
			const group = members.get(iso3)?.['group'] ?? '';
			if (group !== '' && !(REGIONAL_GROUPS as readonly string[]).includes(group)) {
				throw new Error(`un_regional_groups.csv: ${iso3} has an unknown group "${group}"`);
			}
			const name = untcName.get(iso3) ?? titleCase(members.get(iso3)?.['country'] ?? iso3);
			return {
				iso3,
				m49: m49(iso3),
				name,
				region: group === '' ? null : (group as StateRef['region']),
				unMember: members.has(iso3),
				aliases: spellings.get(iso3).filter((a) => a !== name && !ambiguous(a))
			};
		})
		.sort((a, b) => a.iso3.localeCompare(b.iso3));
	createResolver(states);
	writeFileAtomic(out, toCsv(STATE_COLUMNS, states.map(stateRefToRow)));
	const fromUntc = states.filter((s) => untcName.has(s.iso3)).length;
	process.stderr.write(
		`wrote ${states.length} States to ${path.relative(process.cwd(), out)} (${fromUntc} names from UNTC pages)\n`
	);
}

/** "SAINT KITTS AND NEVIS" -> "Saint Kitts and Nevis": only for a State on no UNTC page. */
function titleCase(upper: string): string {
	const small = new Set(['and', 'of', 'the']);
	return upper
		.toLowerCase()
		.split(' ')
		.map((w, i) => (i > 0 && small.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
		.join(' ');
}

try {
	main();
} catch (e) {
	process.stderr.write(`build-states-reference: ${e instanceof Error ? e.message : String(e)}\n`);
	process.exit(1);
}
