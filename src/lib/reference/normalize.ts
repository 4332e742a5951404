/**
 * The key under which a State name is looked up. Sources spell the same State with different
 * case, accents, apostrophes, "St." or "&", footnote digits and brackets; none of that may
 * decide whether two spellings are the same State.
 */

/** Footnote markers that UNTC and spreadsheets leave after a name: "Lithuania 3", "Ukraine 10, 11". */
const TRAILING_FOOTNOTES = /(?:\s*\d+\s*,)*\s*\d+\s*$/;

export function normalizeStateName(name: string): string {
	let s = name
		// NFKD also turns superscript footnote digits into plain digits, so they can be dropped below.
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase();
	s = s.replace(TRAILING_FOOTNOTES, '');
	s = s
		.replace(/['’‘`´ʼ]/g, '')
		.replace(/\./g, '')
		.replace(/&/g, ' and ')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
	// "Bahamas (The)", "The Bahamas" and "Bahamas" are one State.
	s = s.replace(/^the /, '').replace(/ the$/, '');
	return s;
}
