/**
 * What a reader of a prerendered page sees, and the kinds of words that must never be in it: raw
 * message keys, snake_case identifiers, repository paths, and a label run into its number. Regular expressions rather than
 * a DOM: about 1,200 pages have to be read in seconds, and the markup is the build's own.
 */
import { isLocale } from '../../src/lib/i18n/locales';

/**
 * Attributes a reader meets (a tooltip, what a screen reader says, an image's text, an empty
 * field's hint). Every other attribute (href, class, data-*, download file names) is machinery.
 */
const VISIBLE_ATTRIBUTES = ['title', 'aria-label', 'alt', 'placeholder'];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
		if (e[0] === '#')
			return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
		return ENTITIES[e.toLowerCase()] ?? m;
	});
}

/** The page's visible text (and its visible attributes), one fragment per line. */
export function visibleText(html: string): string {
	const attr = new RegExp(`\\s(?:${VISIBLE_ATTRIBUTES.join('|')})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'gi');
	return decode(
		html
			.replace(/<!--[\s\S]*?-->/g, '')
			.replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, '\n')
			.replace(/<[a-z][^>]*>/gi, (tag) => {
				const kept = [...tag.matchAll(attr)].map((m) => m[1] ?? m[2] ?? '');
				return kept.length ? `\n${kept.join('\n')}\n` : '\n';
			})
			.replace(/<\/[^>]*>/g, '\n')
	)
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean)
		.join('\n');
}

/**
 * snake_case words a reader legitimately sees, with why, and the page that shows them: only what
 * an import form asks the reader to type, the column names its file must spell exactly so. On any
 * other page the same word is an identifier leaking through ("(date_received)" after a record date).
 */
export const SNAKE_CASE_ALLOWED: Readonly<Record<string, readonly string[]>> = {
	// import.help and import.helpCoverage: the Article 7 record file's and the coverage declaration's columns.
	transparency: ['report_type', 'covering_year', 'date_kind', 'as_of'],
	// tf.importHelp: the ledger files' columns and the fund value the contributions file writes.
	'trust-fund': ['date_received', 'approved_budget', 'source_document', 'trust_fund']
};

/** The snake_case words allowed on a prerendered page, given its path under build/ ("fr/trust-fund.html"). */
export function allowedSnakeCase(page: string): ReadonlySet<string> {
	const parts = page.replace(/\.html$/, '').split('/');
	const route = (isLocale(parts[0]!) ? parts.slice(1) : parts).join('/');
	return new Set(SNAKE_CASE_ALLOWED[route] ?? []);
}

export type Finding = {
	kind: 'message key' | 'snake_case identifier' | 'repository path' | 'words run together';
	text: string;
};

/**
 * The forbidden words in a page's visible text. A message key is any dotted word that is a key of
 * the English catalog or starts with one of its namespaces and is no domain name (a key the
 * catalog lacks shows as itself, so "vote.letter.Z" counts too).
 */
export function findProblems(
	visible: string,
	keys: ReadonlySet<string>,
	allowed: ReadonlySet<string> = new Set()
): Finding[] {
	const namespaces = new Set([...keys].map((k) => k.slice(0, k.indexOf('.'))));
	const found: Finding[] = [];
	// Links are shown as written (a source may be its address): none of the rules below reads inside one.
	const text = visible.replace(/\S*:\/\/\S*/g, ' ');
	for (const m of text.matchAll(/(?<![\w./@-])[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)+/g)) {
		const word = m[0];
		if (keys.has(word) || (namespaces.has(word.slice(0, word.indexOf('.'))) && !/\.(org|int|com|net)\b/.test(word)))
			found.push({ kind: 'message key', text: word });
	}
	for (const m of text.matchAll(/(?<![\w/.-])[a-z][a-z0-9]*_[a-z0-9_]+\b/g))
		if (!allowed.has(m[0])) found.push({ kind: 'snake_case identifier', text: m[0] });
	for (const m of text.matchAll(
		/\b(?:data\/(?:sources|reference)|static\/data|src\/lib)(?:\/[\w./-]*)?|\b(?:scripts|tests|docs|seed)\/[\w./-]+|[\w-]+\.(?:csv|parquet|ts|svelte|txt)\b/g
	))
		found.push({ kind: 'repository path', text: m[0] });
	// A label and a number or an aside with nothing between them ("On time6", "Yes(provisional)"):
	// phrases joined in markup instead of by a catalog message. Latin and Cyrillic letters only before
	// a digit: Arabic writes the conjunction و against the number it joins ("و3 فبراير"). A paragraph
	// code such as PP14 (a vote on preambular paragraph 14) is one word, in a Chinese sentence too,
	// and so is an article and its paragraph in Roman numerals, XXI(2) (CWC Article XXI(2)).
	for (const m of text.matchAll(/\S+/g))
		if (
			[...m[0].matchAll(/([A-Za-zÀ-ÿА-яЁё]+)[0-9]/g)].some((r) => r[1]!.toUpperCase() !== 'PP') ||
			/\p{L}\(/u.test(m[0].replace(/\b[IVXLC]+\(\d+\)/g, ''))
		)
			found.push({ kind: 'words run together', text: m[0] });
	return found;
}
