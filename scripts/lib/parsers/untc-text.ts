/**
 * Text and date helpers for UN Treaty Collection pages. The importer runs in Node and in the
 * browser under a CSP, so HTML is read with string scanning: no DOM, no eval, no dependency.
 */

const NAMED_ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
	rsquo: '’',
	lsquo: '‘',
	rdquo: '”',
	ldquo: '“',
	ndash: '–',
	mdash: '—',
	hellip: '…'
};

const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;

// What no name, date or note on a page holds: C0 controls but tab and line ends, DEL, C1 controls
// and the non-characters U+FFFE/U+FFFF (the same set the file decoder refuses).
// eslint-disable-next-line no-control-regex
const NOT_TEXT = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffe\uffff]/;

function codeOf(body: string): number {
	return body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
}

/** Why a numeric entity cannot stand in a page's text, or null when it can. */
function badEntity(body: string): string | null {
	const code = codeOf(body);
	if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return 'is not a character';
	const hex = code.toString(16).toUpperCase().padStart(4, '0');
	if (NOT_TEXT.test(String.fromCodePoint(code)))
		return `stands for control character U+${hex}, which no name, date or note holds`;
	return null;
}

/**
 * The first numeric entity of the page that is no text character (`&#27;`, the terminal's escape;
 * `&#x110000;`, past the last code point), with its line and column; null when there is none.
 */
export function findBadEntity(html: string): { line: number; column: number; entity: string; why: string } | null {
	for (const m of html.matchAll(ENTITY)) {
		const body = m[1] ?? '';
		if (body[0] !== '#') continue;
		const why = badEntity(body);
		if (!why) continue;
		const before = html.slice(0, m.index);
		const lineStart = before.lastIndexOf('\n') + 1;
		return { line: before.split('\n').length, column: m.index - lineStart + 1, entity: m[0], why };
	}
	return null;
}

/** Entities decoded; one that is no text character stays as written (findBadEntity reports it). */
export function decodeEntities(s: string): string {
	return s.replace(ENTITY, (whole, body: string) => {
		if (body[0] === '#') return badEntity(body) ? whole : String.fromCodePoint(codeOf(body));
		return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
	});
}

/** Visible text of an HTML fragment on one line: tags dropped, <br> as a space, whitespace collapsed. */
export function plainText(html: string): string {
	return decodeEntities(html.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, ''))
		.replace(/\s+/g, ' ')
		.trim();
}

const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];

/** ISO date from day, month name ("Dec" or "December") and year; null if no such day. */
export function isoFromParts(day: string, month: string, year: string): string | null {
	const m = month.toLowerCase();
	const index = MONTHS.findIndex((name) => name === m || (m.length === 3 && name.startsWith(m)));
	if (index < 0) return null;
	const d = Number(day);
	const y = Number(year);
	const date = new Date(Date.UTC(y, index, d));
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== index || date.getUTCDate() !== d) return null;
	return date.toISOString().slice(0, 10);
}

/** A date as written in running text ("6 September 2024"). */
export const LONG_DATE = /(\d{1,2}) ([A-Z][a-z]+) (\d{4})/;
