import { normalizeStateName } from './normalize';

export interface SearchEntry {
	iso3: string;
	/** The reference (UNTC) English name. */
	name: string;
	/** Every name that finds the State, normalized (normalize.ts). */
	keys: string[];
}

export function searchEntries(
	rows: readonly { iso3: string; name: string; aliases: readonly string[] }[],
	names: Readonly<Record<string, Readonly<Record<string, string>>>>,
	aliases: Readonly<Record<string, readonly string[]>>
): SearchEntry[] {
	return rows.map((r) => ({
		iso3: r.iso3,
		name: r.name,
		keys: [r.name, ...r.aliases, ...Object.values(names[r.iso3] ?? {}), ...(aliases[r.iso3] ?? []), r.iso3].map(
			normalizeStateName
		)
	}));
}

// Chinese (and Japanese) names are written without spaces between words, so any part of one may
// begin what a reader types.
const NO_WORD_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * How well `key` answers `q`: 0 the name is `q`, 1 it starts with `q`, 2 one of its words does,
 * 3 `q` is somewhere inside it, null not at all.
 */
function rank(key: string, q: string): number | null {
	if (key === q) return 0;
	if (key.startsWith(q)) return 1;
	if (key.includes(' ' + q)) return 2;
	return key.includes(q) ? 3 : null;
}

/**
 * The States a query suggests, best first: whole names, then names that start with it, then names
 * with a word that starts with it. A name that merely contains the letters inside a word ("Palaos",
 * French for Palau, for "Laos") is suggested only when nothing starts with them, or for a query in
 * a script written without spaces.
 */
export function matchStates(index: readonly SearchEntry[], query: string, limit = 8): SearchEntry[] {
	const q = normalizeStateName(query);
	if (q === '') return [];
	const ranked: { e: SearchEntry; r: number; i: number }[] = [];
	index.forEach((e, i) => {
		let best: number | null = null;
		for (const k of e.keys) {
			const r = rank(k, q);
			if (r !== null && (best === null || r < best)) best = r;
		}
		if (best !== null) ranked.push({ e, r: best, i });
	});
	const anyWordMatch = ranked.some((m) => m.r < 3);
	return ranked
		.filter((m) => m.r < 3 || !anyWordMatch || NO_WORD_SPACES.test(q))
		.sort((a, b) => a.r - b.r || a.i - b.i)
		.slice(0, limit)
		.map((m) => m.e);
}
