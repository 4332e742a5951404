/**
 * Where a horizontal bar chart writes each row's name: beside the bar, in the start margin, when
 * the chart is wide enough to give that margin; above the bar, across the whole width, when it is
 * not (a chart laid out for a phone), so the bars keep most of the width and no name is cut to a
 * few letters. Pure, so both layouts are tested without a DOM.
 */
import { clampLines, wrapLines } from '../i18n/text-layout';

export interface RowSlot {
	/** The top of the row's bar. */
	y: number;
	/** The name's lines, and the baseline of the first (beside: centred on the bar with dy 0.32em). */
	lines: string[];
	labelY: number;
}

export interface RowLayout {
	/** Names above the bars: the start margin is then only `edge`. */
	above: boolean;
	/** The start margin the chart's frame gets. */
	startMargin: number;
	rows: RowSlot[];
	/** The rows' total height, from the first row's top to the last bar's bottom plus its gap. */
	height: number;
	/** The step between a name's lines, as a tspan's dy. */
	lineStep: string;
}

export interface RowLayoutOptions {
	/** The chart's viewBox width. */
	width: number;
	/** The start margin names get when they sit beside the bars. */
	margin: number;
	/** The bar's height and the gap under each row. */
	bar: number;
	gap: number;
	fontSize: number;
	locale: string;
	/** The margin at the start edge when the names are above (default 8). */
	edge?: number;
	/** The end margin the chart keeps (for the width of a name above the bar). */
	endMargin?: number;
}

/** The names go above the bars when their margin would take more than this share of the width. */
export const ABOVE_WHEN = 0.4;

export function rowLayout(labels: readonly string[], top: number, o: RowLayoutOptions): RowLayout {
	const above = o.margin > o.width * ABOVE_WHEN;
	const line = Math.round(o.fontSize * 1.2);
	const rows: RowSlot[] = [];
	let y = top;
	for (const label of labels) {
		if (above) {
			const room = o.width - (o.edge ?? 8) - 8;
			const lines = clampLines(wrapLines(label, room, o.fontSize, o.locale), 2, room, o.fontSize);
			rows.push({ y: y + lines.length * line + 4, lines, labelY: y + o.fontSize });
			y += lines.length * line + 4 + o.bar + o.gap;
		} else {
			const room = o.margin - 12;
			const lines = clampLines(wrapLines(label, room, o.fontSize, o.locale), 2, room, o.fontSize);
			// Two lines are centred on the bar as one: the first half a line up.
			rows.push({ y, lines, labelY: y + o.bar / 2 - ((lines.length - 1) * o.fontSize) / 2 });
			y += o.bar + o.gap;
		}
	}
	return {
		above,
		startMargin: above ? (o.edge ?? 8) : o.margin,
		rows,
		height: y - top,
		lineStep: above ? '1.2em' : '1em'
	};
}
