/**
 * A chart as a standalone SVG document: the live chart's SVG cloned with its computed styles
 * written inline (the site's style sheet does not travel with the file), framed on a white page
 * of slide size with the title, subtitle, legend, as-of date, source and permalink drawn as text.
 * PowerPoint, LibreOffice and browsers then show the same picture, and the PNG is this SVG drawn
 * on a canvas.
 *
 * Text goes in through the DOM (textContent), never through string concatenation, so a name that
 * contains markup stays text in the file. Lines are broken by the language's rules (Chinese between
 * words, with no spaces to break at) and legend entries placed by their estimated widths
 * (i18n/text-layout.ts), so nothing runs off the picture or over its neighbour.
 */
import { clampLines, textWidth, wrapLines } from '../i18n/text-layout';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Fonts every slide program has, Arabic and CJK fallbacks last. */
export const SYSTEM_FONTS =
	"system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, 'Noto Sans Arabic', 'Noto Sans CJK SC', sans-serif";

export const ASPECTS = {
	'16:9': { width: 1920, height: 1080 },
	'4:3': { width: 1440, height: 1080 },
	square: { width: 1080, height: 1080 }
} as const;
export type Aspect = keyof typeof ASPECTS;

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

// A line's box is 1.36 em high in the fonts these pictures are drawn with (measured in Chromium,
// Latin, Arabic and CJK alike): lines are spaced wider than that, so they never overlap.
const TITLE_LINE = 1.4;
const TEXT_LINE = 1.45;

// Inherited properties are written only where they differ from the parent; the others only where
// they differ from their initial value. That keeps a 250-country map at a few hundred kilobytes.
const INHERITED = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linejoin',
	'stroke-linecap',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'letter-spacing',
	'paint-order',
	'visibility'
] as const;
const NOT_INHERITED: Record<string, string> = { opacity: '1', 'dominant-baseline': 'auto' };

function inlineStyles(source: Element, clone: Element, parent: CSSStyleDeclaration | null): void {
	const style = getComputedStyle(source);
	const declarations: string[] = [];
	for (const prop of INHERITED) {
		const value = style.getPropertyValue(prop);
		if (value && (!parent || parent.getPropertyValue(prop) !== value)) declarations.push(`${prop}:${value}`);
	}
	for (const [prop, initial] of Object.entries(NOT_INHERITED)) {
		const value = style.getPropertyValue(prop);
		if (value && value !== initial) declarations.push(`${prop}:${value}`);
	}
	if (declarations.length) clone.setAttribute('style', declarations.join(';'));
	else clone.removeAttribute('style');
	clone.removeAttribute('class');
	const sourceChildren = [...source.children];
	const cloneChildren = [...clone.children];
	sourceChildren.forEach((child, i) => {
		const copy = cloneChildren[i];
		if (!copy) return;
		// Hidden parts (focus rings, hover labels) are not part of the picture.
		if (getComputedStyle(child).display === 'none') copy.remove();
		else inlineStyles(child, copy, style);
	});
}

/** Links point into the site; in a file they would lead nowhere, so they become plain groups. */
function unlink(root: Element): void {
	for (const a of [...root.querySelectorAll('a')]) {
		const g = document.createElementNS(SVG_NS, 'g');
		for (const attr of [...a.attributes]) if (attr.name === 'style') g.setAttribute('style', attr.value);
		g.append(...a.childNodes);
		a.replaceWith(g);
	}
	for (const el of [root, ...root.querySelectorAll('*')]) {
		for (const attr of [...el.attributes]) {
			if (attr.name === 'tabindex' || attr.name === 'role' || attr.name.startsWith('aria-'))
				el.removeAttribute(attr.name);
			if (attr.name.startsWith('data-')) el.removeAttribute(attr.name);
		}
	}
}

/**
 * The text in at most `max` lines of `maxWidth` (estimated), broken by the language's rules; a text
 * that needs more ends its last line with an ellipsis.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, lang = 'en', max = Infinity): string[] {
	return clampLines(wrapLines(text, maxWidth, fontSize, lang), max, maxWidth, fontSize);
}

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
	const node = document.createElementNS(SVG_NS, name);
	for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
	if (text !== undefined) node.textContent = text;
	return node;
}

function chartViewBox(chart: SVGSVGElement): { x: number; y: number; w: number; h: number } {
	const vb = chart.viewBox.baseVal;
	if (vb && vb.width > 0 && vb.height > 0) return { x: vb.x, y: vb.y, w: vb.width, h: vb.height };
	const box = chart.getBoundingClientRect();
	return { x: 0, y: 0, w: Math.max(1, box.width), h: Math.max(1, box.height) };
}

/** The standalone document for one chart, as text (XML declaration included). */
export function standaloneSvg(chart: SVGSVGElement, frame: ExportFrame): string {
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
	const lang = frame.lang ?? chart.closest('[lang]')?.getAttribute('lang') ?? 'en';
	const lineWidth = W - 2 * pad;

	const root = el('svg', { xmlns: SVG_NS, width: W, height: H, viewBox: `0 0 ${W} ${H}`, 'font-family': SYSTEM_FONTS });
	if (rtl) root.setAttribute('direction', 'rtl');
	root.append(el('title', {}, frame.title), el('desc', {}, frame.subtitle));
	root.append(el('rect', { x: 0, y: 0, width: W, height: H, fill: '#ffffff' }));

	let y = pad + titleSize;
	for (const line of wrapText(frame.title, lineWidth, titleSize, lang, 2)) {
		root.append(
			el('text', { x, y, 'font-size': titleSize, 'font-weight': 700, fill: '#111', 'text-anchor': anchor }, line)
		);
		y += titleSize * TITLE_LINE;
	}
	y += subSize * 0.2;
	for (const line of wrapText(frame.subtitle, lineWidth, subSize, lang, 3)) {
		root.append(el('text', { x, y, 'font-size': subSize, fill: '#333', 'text-anchor': anchor }, line));
		y += subSize * TEXT_LINE;
	}

	// Footer from the bottom up: notes, permalink, source, as-of line, then the legend above them.
	let bottom = H - pad;
	const footer = [
		...(frame.notes ?? []).flatMap((note) =>
			wrapText(note, W - 2 * pad, smallSize)
				.slice(0, 3)
				.reverse()
		),
		frame.permalink,
		...wrapText(frame.source, lineWidth, smallSize, lang, 2).reverse(),
		...wrapText(frame.asOfLine, lineWidth, smallSize, lang, 1)
	];
	for (const line of footer) {
		root.append(el('text', { x, y: bottom, 'font-size': smallSize, fill: '#333', 'text-anchor': anchor }, line));
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
				root.append(
					el('rect', {
						x: sx,
						y: ly - smallSize * 0.85,
						width: smallSize,
						height: smallSize,
						fill: item.colour,
						stroke: '#555',
						'stroke-width': 1
					})
				);
				root.append(
					el(
						'text',
						{
							x: rtl ? sx - smallSize * 0.4 : sx + smallSize * 1.4,
							y: ly,
							'font-size': smallSize,
							fill: '#222',
							'text-anchor': anchor
						},
						item.label
					)
				);
				lx += rtl ? -w : w;
			}
			ly += smallSize * 1.6;
		}
		bottom -= smallSize * 1.2;
	}

	const top = y + subSize * 0.5;
	const area = { x: pad, y: top, w: W - 2 * pad, h: Math.max(50, bottom - top - smallSize) };
	const vb = chartViewBox(chart);
	const clone = chart.cloneNode(true) as SVGSVGElement;
	inlineStyles(chart, clone, null);
	unlink(clone);
	for (const [k, v] of Object.entries({
		x: area.x,
		y: area.y,
		width: area.w,
		height: area.h,
		viewBox: `${vb.x} ${vb.y} ${vb.w} ${vb.h}`,
		preserveAspectRatio: 'xMidYMid meet'
	}))
		clone.setAttribute(k, String(v));
	clone.removeAttribute('style');
	clone.removeAttribute('xmlns');
	root.append(clone);

	return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(root);
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

/** The legend as drawn next to a chart: every `ul.legend li` with its swatch colour and words. */
export function legendOf(figure: Element): LegendItem[] {
	return [...figure.querySelectorAll('ul.legend li')].map((li) => {
		const swatch = li.querySelector<HTMLElement>('.swatch');
		return { colour: swatch ? getComputedStyle(swatch).backgroundColor : '#ccc', label: (li.textContent ?? '').trim() };
	});
}
