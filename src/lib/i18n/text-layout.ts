/**
 * Text on charts and in exported pictures, laid out without a DOM (charts are prerendered, and the
 * export lays out its frame before the browser draws it): an estimate of a text's width, and line
 * breaking by the language's rules. Chinese has no spaces between words: `Intl.Segmenter` gives
 * its words, so a line breaks between words and never inside one, nor before a closing mark
 * ("，", "》") or after an opening one ("《").
 */

/** Full-width characters: CJK ideographs, kana, Hangul, full-width forms and CJK punctuation. */
const WIDE =
	/[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;
// Cyrillic letters run wider than Latin ones: at 0.55 em a Russian State's name wrapped for a
// phone still left its chart by 12 px.
const CYRILLIC = /[\u0400-\u04ff]/u;
const NARROW = /[\s.,:;'!|il1()[\]\u200b-\u200f\u2066-\u2069]/u;
// Joining marks take no room of their own.
const MARK = /\p{M}/u;

/**
 * A text's width in the units of its font size, estimated on the upper side of what Chromium draws
 * with the site's fonts (measured: Latin 0.51 em a character on average, Arabic 0.39, CJK 1; here 0.55, 0.5 and 1, Cyrillic 0.62, narrow letters and spaces 0.32), so
 * a layout made with it leaves room rather than overlaps.
 */
export function textWidth(text: string, fontSize: number): number {
	let em = 0;
	for (const ch of text) {
		if (MARK.test(ch)) continue;
		em += WIDE.test(ch) ? 1 : ARABIC.test(ch) ? 0.5 : NARROW.test(ch) ? 0.32 : CYRILLIC.test(ch) ? 0.62 : 0.55;
	}
	return em * fontSize;
}

// A break is never allowed before these (closing marks, CJK full stops and commas) ...
const NO_BREAK_BEFORE = /^[\s,.:;!?%)\]}»”’、。，．：；！？）》」』】〕〉…·\u060c\u061b\u061f]/u;
// ... nor after these (opening marks).
const NO_BREAK_AFTER = /[([{«“‘《「『【〔〈（［｛]$/u;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string, granularity: 'word' | 'grapheme'): Intl.Segmenter {
	const key = `${locale}|${granularity}`;
	let s = segmenters.get(key);
	if (!s) segmenters.set(key, (s = new Intl.Segmenter(locale, { granularity })));
	return s;
}

/** The pieces a line may break between: the language's words, punctuation kept with its word. */
export function breakUnits(text: string, locale: string): string[] {
	const units: string[] = [];
	for (const { segment } of segmenter(locale, 'word').segment(text)) {
		const last = units.at(-1);
		if (last !== undefined && (NO_BREAK_BEFORE.test(segment) || NO_BREAK_AFTER.test(last))) {
			units[units.length - 1] = last + segment;
		} else units.push(segment);
	}
	return units;
}

/**
 * The lines of a text at most `maxWidth` wide (estimated), broken between words by the language's
 * rules; a word wider than a line is cut between its characters. Spaces at a line's ends go.
 */
export function wrapLines(text: string, maxWidth: number, fontSize: number, locale = 'en'): string[] {
	const lines: string[] = [];
	let line = '';
	const push = () => {
		const trimmed = line.trim();
		if (trimmed) lines.push(trimmed);
		line = '';
	};
	for (const unit of breakUnits(text.replace(/\s+/g, ' ').trim(), locale)) {
		if (textWidth((line + unit).trim(), fontSize) <= maxWidth) {
			line += unit;
			continue;
		}
		push();
		if (textWidth(unit.trim(), fontSize) <= maxWidth) {
			line = unit;
			continue;
		}
		for (const { segment } of segmenter(locale, 'grapheme').segment(unit)) {
			if (line && textWidth(line + segment, fontSize) > maxWidth) push();
			line += segment;
		}
	}
	push();
	return lines;
}

/**
 * At most `max` lines; when the text needs more, the last one ends with an ellipsis (the full text
 * stays in the chart's table view, description and tooltip).
 */
export function clampLines(lines: readonly string[], max: number, maxWidth: number, fontSize: number): string[] {
	if (lines.length <= max) return [...lines];
	const kept = lines.slice(0, max);
	let last = kept[max - 1]!;
	while (last && textWidth(`${last}…`, fontSize) > maxWidth) last = [...last].slice(0, -1).join('');
	kept[max - 1] = `${last.trimEnd()}…`;
	return kept;
}
