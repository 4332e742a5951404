/**
 * The labels written at the end of a chart's lines ("States Parties: 112"): how wide a margin they
 * get, and their lines. On a desktop chart a margin up to 260 units holds each label on one line;
 * on a narrow one (a phone) the margin is held to about a third of the width and a longer label
 * wraps, between words by the language's rules, so the lines keep most of the width.
 */
import { wrapLines, textWidth } from '../i18n/text-layout';

export interface EndLabels {
	margin: number;
	/** Each label's lines, in the order given. */
	lines: string[][];
}

export function endLabels(
	texts: readonly string[],
	o: { width: number; fontSize: number; locale: string; pad: number; min?: number; max?: number }
): EndLabels {
	const max = o.width < 520 ? Math.floor(o.width * 0.34) : (o.max ?? 260);
	const margin = Math.min(max, Math.max(o.min ?? 120, ...texts.map((t) => textWidth(t, o.fontSize) + o.pad)));
	return { margin, lines: texts.map((t) => wrapLines(t, margin - o.pad, o.fontSize, o.locale)) };
}
