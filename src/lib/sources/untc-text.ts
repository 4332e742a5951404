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

export function decodeEntities(s: string): string {
	return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
		if (body[0] === '#') {
			const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
			return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
		}
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
