/**
 * The frame around an exported chart, laid out once for both of its writers: the browser's
 * Download menu (svg-export.ts, through the DOM) and the MSP deck (svg-compose.ts, as text, in Node
 * too). Given the page size, the texts and the legend, it gives every mark of the frame in drawing
 * order, with its attributes, and the box the chart is fitted into.
 *
 * Lines are broken by the language's rules (Chinese between words, with no spaces to break at) and
 * legend entries placed by their estimated widths (i18n/text-layout.ts), so nothing runs off the
 * picture or over its neighbour.
 */
import { clampLines, textWidth, wrapLines } from '../i18n/text-layout';

/** Fonts every slide program has, Arabic and CJK fallbacks last. */
export const SYSTEM_FONTS =
	"system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, 'Noto Sans Arabic', 'Noto Sans CJK SC', sans-serif";

export interface LegendItem {
	colour: string;
	label: string;
}

export interface ExportFrame {
	title: string;
	subtitle: string;
	/** "Figures as of …", already in the UI language. */
	asOfLine: string;
	source: string;
	permalink: string;
	/**
	 * Notes the page prints with the chart and that must travel with it, such as the UN disclaimer
	 * under a map; drawn at the foot, under the permalink.
	 */
	notes?: readonly string[];
	legend: readonly LegendItem[];
	width: number;
	height: number;
	/** 'rtl' draws the text from the right edge. */
	dir?: 'ltr' | 'rtl';
	/** The language, for its line-breaking rules; by default the chart's (its nearest `lang`). */
	lang?: string;
}

/** One element of the frame: its name, its attributes in the order they are written, its text. */
export interface FrameMark {
	name: 'rect' | 'text';
	attrs: Record<string, string | number>;
	text?: string;
}

export interface FrameLayout {
	/** The root <svg>'s attributes (its `direction` included when right to left). */
	root: Record<string, string | number>;
	/** The white page, then the frame's texts and legend, in drawing order. */
	marks: FrameMark[];
	/** Where the chart goes (fitted into it, keeping its proportions). */
	area: { x: number; y: number; w: number; h: number };
}

// A line's box is 1.36 em high in the fonts these pictures are drawn with (measured in Chromium,
// Latin, Arabic and CJK alike): lines are spaced wider than that, so they never overlap.
const TITLE_LINE = 1.4;
const TEXT_LINE = 1.45;
const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The text in at most `max` lines of `maxWidth` (estimated), broken by the language's rules; a text
 * that needs more ends its last line with an ellipsis.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, lang = 'en', max = Infinity): string[] {
	return clampLines(wrapLines(text, maxWidth, fontSize, lang), max, maxWidth, fontSize);
}

/** A legend entry's width: its swatch, the gap, its words (estimated for their script) and the gap after. */
export function legendItemWidth(item: LegendItem, size: number): number {
	return size * 2.4 + textWidth(item.label, size);
}

export function legendRows(items: readonly LegendItem[], maxWidth: number, size: number): LegendItem[][] {
	const rows: LegendItem[][] = [[]];
	let used = 0;
	for (const item of items) {
		const w = legendItemWidth(item, size);
		let row = rows[rows.length - 1] ?? [];
		if (used + w > maxWidth && row.length) {
			row = [];
			rows.push(row);
			used = 0;
		}
		row.push(item);
		used += w;
	}
	return rows;
}

/** The frame of one exported chart, in the language `lang` (for line breaking). */
export function frameLayout(frame: ExportFrame, lang: string): FrameLayout {
	const { width: W, height: H } = frame;
	const pad = Math.round(W * 0.035);
	const rtl = frame.dir === 'rtl';
	const x = rtl ? W - pad : pad;
	// Under direction="rtl" the start of a line is its right end, so 'start' at the right margin is
	// right-aligned Arabic ('end' there ran the title off the page).
	const anchor = 'start';
	const titleSize = Math.round(H * 0.042);
	const subSize = Math.round(H * 0.022);
	const smallSize = Math.round(H * 0.017);
	const lineWidth = W - 2 * pad;
	const marks: FrameMark[] = [];
	const text = (attrs: FrameMark['attrs'], content: string) => marks.push({ name: 'text', attrs, text: content });

	marks.push({ name: 'rect', attrs: { x: 0, y: 0, width: W, height: H, fill: '#ffffff' } });
	let y = pad + titleSize;
	for (const line of wrapText(frame.title, lineWidth, titleSize, lang, 2)) {
		text({ x, y, 'font-size': titleSize, 'font-weight': 700, fill: '#111', 'text-anchor': anchor }, line);
		y += titleSize * TITLE_LINE;
	}
	y += subSize * 0.2;
	for (const line of wrapText(frame.subtitle, lineWidth, subSize, lang, 3)) {
		text({ x, y, 'font-size': subSize, fill: '#333', 'text-anchor': anchor }, line);
		y += subSize * TEXT_LINE;
	}

	// Footer from the bottom up: notes, permalink, source, as-of line, then the legend above them.
	let bottom = H - pad;
	const footer = [
		...(frame.notes ?? []).flatMap((note) => wrapText(note, lineWidth, smallSize, lang).slice(0, 3).reverse()),
		frame.permalink,
		...wrapText(frame.source, lineWidth, smallSize, lang, 2).reverse(),
		...wrapText(frame.asOfLine, lineWidth, smallSize, lang, 1)
	];
	for (const line of footer) {
		text({ x, y: bottom, 'font-size': smallSize, fill: '#333', 'text-anchor': anchor }, line);
		bottom -= smallSize * TEXT_LINE;
	}
	if (frame.legend.length) {
		const rows = legendRows(frame.legend, lineWidth, smallSize);
		bottom -= (rows.length - 1) * smallSize * 1.6 + smallSize * 0.6;
		let ly = bottom;
		for (const row of rows) {
			let lx = rtl ? W - pad : pad;
			for (const item of row) {
				const w = legendItemWidth(item, smallSize);
				const sx = rtl ? lx - smallSize : lx;
				marks.push({
					name: 'rect',
					attrs: {
						x: sx,
						y: ly - smallSize * 0.85,
						width: smallSize,
						height: smallSize,
						fill: item.colour,
						stroke: '#555',
						'stroke-width': 1
					}
				});
				text(
					{
						x: rtl ? sx - smallSize * 0.4 : sx + smallSize * 1.4,
						y: ly,
						'font-size': smallSize,
						fill: '#222',
						'text-anchor': anchor
					},
					item.label
				);
				lx += rtl ? -w : w;
			}
			ly += smallSize * 1.6;
		}
		bottom -= smallSize * 1.2;
	}

	const top = y + subSize * 0.5;
	const root: FrameLayout['root'] = {
		xmlns: SVG_NS,
		width: W,
		height: H,
		viewBox: `0 0 ${W} ${H}`,
		'font-family': SYSTEM_FONTS
	};
	if (rtl) root.direction = 'rtl';
	return { root, marks, area: { x: pad, y: top, w: W - 2 * pad, h: Math.max(50, bottom - top - smallSize) } };
}
