/**
 * A chart as a standalone SVG document: the live chart's SVG cloned with its computed styles
 * written inline (the site's style sheet does not travel with the file), framed on a white page
 * of slide size with the title, subtitle, legend, as-of date, source and permalink drawn as text
 * where frame-layout.ts places them (the MSP deck's pictures use the same layout).
 * PowerPoint, LibreOffice and browsers then show the same picture, and the PNG is this SVG drawn
 * on a canvas.
 *
 * Text goes in through the DOM (textContent), never through string concatenation, so a name that
 * contains markup stays text in the file.
 */
import { frameLayout, type ExportFrame, type LegendItem } from './frame-layout';

export { SYSTEM_FONTS, legendItemWidth, legendRows, wrapText, type ExportFrame, type LegendItem } from './frame-layout';

const SVG_NS = 'http://www.w3.org/2000/svg';

export const ASPECTS = {
	'16:9': { width: 1920, height: 1080 },
	'4:3': { width: 1440, height: 1080 },
	square: { width: 1080, height: 1080 }
} as const;
export type Aspect = keyof typeof ASPECTS;

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
	const lang = frame.lang ?? chart.closest('[lang]')?.getAttribute('lang') ?? 'en';
	const layout = frameLayout(frame, lang);
	const root = el('svg', layout.root);
	root.append(el('title', {}, frame.title), el('desc', {}, frame.subtitle));
	for (const mark of layout.marks) root.append(el(mark.name, mark.attrs, mark.text));

	const { area } = layout;
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

/** The legend as drawn next to a chart: every `ul.legend li` with its swatch colour and words. */
export function legendOf(figure: Element): LegendItem[] {
	return [...figure.querySelectorAll('ul.legend li')].map((li) => {
		const swatch = li.querySelector<HTMLElement>('.swatch');
		return { colour: swatch ? getComputedStyle(swatch).backgroundColor : '#ccc', label: (li.textContent ?? '').trim() };
	});
}
