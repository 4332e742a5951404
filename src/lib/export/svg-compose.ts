/**
 * The exported picture composed as text, without a DOM: the chart's SVG as a component renders it
 * (svelte/server, or a detached mount's markup), framed on a white page of slide size with the
 * title, description, legend, as-of date, source and permalink drawn as text, where
 * frame-layout.ts places them for the Download menu's picture too. The MSP deck uses it in Node
 * and in the browser alike.
 *
 * The charts draw with presentation attributes (fill, stroke, font-size), so their markup needs no
 * computed style; what only a style sheet would hide (links, focus and hover hooks) is removed.
 * Every text is escaped, so a name holding markup stays text.
 */
import { frameLayout, type ExportFrame, type LegendItem } from './frame-layout';

export function escapeXml(text: string): string {
	return text.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!
	);
}

const decode = (text: string) =>
	text
		.replace(/<[^>]*>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&nbsp;/g, '\u00a0')
		.replace(/&amp;/g, '&')
		.trim();

export interface ChartMarkup {
	/** The chart's outer <svg> element, cleaned for a file. */
	svg: string;
	viewBox: { x: number; y: number; w: number; h: number };
	/** The legend drawn beside the chart (`ul.legend li`), with each swatch's colour. */
	legend: LegendItem[];
}

// Swatches whose colour lives in a component's style sheet rather than on the element.
const CLASS_SWATCHES: Record<string, string> = { original: '#555', extension: '#555', requested: '#ffffff' };

/** The first <svg> of a component's HTML (nested ones included), and its legend. */
export function chartFromHtml(html: string): ChartMarkup {
	const body = html.replace(/<!--[\s\S]*?-->/g, '');
	const start = body.indexOf('<svg');
	if (start < 0) throw new Error('no <svg> in the rendered chart');
	const tags = /<(\/?)svg\b[^>]*?(\/?)>/g;
	tags.lastIndex = start;
	let depth = 0;
	let end = -1;
	for (let m = tags.exec(body); m; m = tags.exec(body)) {
		if (m[1]) depth--;
		else if (!m[2]) depth++;
		if (depth === 0) {
			end = m.index + m[0].length;
			break;
		}
	}
	if (end < 0) throw new Error('unclosed <svg> in the rendered chart');
	let svg = body
		.slice(start, end)
		// Links lead nowhere in a file; their shapes stay, as plain groups.
		.replace(/<a\b[^>]*>/g, '<g>')
		.replace(/<\/a>/g, '</g>')
		.replace(/\s(?:class|tabindex|role|aria-[\w-]+|data-[\w-]+|xmlns)="[^"]*"/g, '');
	const vb = /^<svg[^>]*\sviewBox="([-\d.e]+)[ ,]+([-\d.e]+)[ ,]+([-\d.e]+)[ ,]+([-\d.e]+)"/.exec(svg);
	const viewBox = vb
		? { x: Number(vb[1]), y: Number(vb[2]), w: Number(vb[3]), h: Number(vb[4]) }
		: {
				x: 0,
				y: 0,
				w: Number(/\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 720),
				h: Number(/\sheight="([\d.]+)"/.exec(svg)?.[1] ?? 400)
			};
	svg = svg.replace(/^<svg\b[^>]*>/, (open) =>
		open.replace(/\s(?:viewBox|width|height|x|y|style|preserveAspectRatio)="[^"]*"/g, '')
	);
	const legend: LegendItem[] = [];
	for (const list of body.matchAll(/<ul\b[^>]*class="legend"[^>]*>([\s\S]*?)<\/ul>/g))
		for (const li of list[1]!.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)) {
			const swatch = /<span[^>]*class="swatch\s*([\w-]*)[^"]*"(?:[^>]*style="background:\s*([^";]+))?/.exec(li[1]!);
			const mark = /<span[^>]*class="mark"[^>]*>([\s\S]*?)<\/span>/.exec(li[1]!);
			const colour = swatch?.[2]?.startsWith('repeating')
				? '#c8c8c8'
				: (swatch?.[2] ?? CLASS_SWATCHES[swatch?.[1] ?? ''] ?? '#ccc');
			const text = decode(li[1]!.replace(/<span[^>]*class="mark"[^>]*>[\s\S]*?<\/span>/, ''));
			legend.push({ colour: mark ? '#ffffff' : colour, label: mark ? `${decode(mark[1]!)} ${text}` : text });
		}
	return { svg, viewBox, legend };
}

const attrs = (a: Record<string, string | number>) =>
	Object.entries(a)
		.map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
		.join('');
const text = (a: Record<string, string | number>, content: string) => `<text${attrs(a)}>${escapeXml(content)}</text>`;

/** The standalone document for one chart, as text (XML declaration included). */
export function composeSvg(chart: ChartMarkup, frame: ExportFrame): string {
	const layout = frameLayout(frame, frame.lang ?? 'en');
	const out: string[] = [`<title>${escapeXml(frame.title)}</title><desc>${escapeXml(frame.subtitle)}</desc>`];
	for (const mark of layout.marks)
		out.push(mark.text === undefined ? `<${mark.name}${attrs(mark.attrs)}/>` : text(mark.attrs, mark.text));
	const { area } = layout;
	const vb = chart.viewBox;
	out.push(
		chart.svg.replace(
			/^<svg\b/,
			`<svg${attrs({ x: area.x, y: area.y, width: area.w, height: area.h, viewBox: `${vb.x} ${vb.y} ${vb.w} ${vb.h}`, preserveAspectRatio: 'xMidYMid meet' })}`
		)
	);
	return `<?xml version="1.0" encoding="UTF-8"?>\n<svg${attrs(layout.root)}>${out.join('')}</svg>`;
}

/**
 * The document for a renderer that ignores `direction` (resvg lays every line out from its anchor
 * left to right): in a right-to-left document, start and end anchors are swapped and the default
 * anchor becomes "end", which draws each line where a browser draws it. The text's own order is
 * left to the renderer's bidirectional algorithm, which resvg applies.
 */
export function physicalAnchors(svg: string): string {
	if (!/<svg[^>]*\sdirection="rtl"/.test(svg)) return svg;
	const swap = (v: string) => (v === 'start' ? 'end' : v === 'end' ? 'start' : v);
	return svg
		.replace(/<[a-zA-Z][^>]*>/g, (tag) =>
			// An element written left to right (a meeting's code) has physical anchors already.
			/\sdirection="ltr"/.test(tag)
				? tag
				: tag
						.replace(/\stext-anchor="(start|end)"/g, (_, v: string) => ` text-anchor="${swap(v)}"`)
						.replace(/text-anchor:\s*(start|end)/g, (_, v: string) => `text-anchor:${swap(v)}`)
		)
		.replace(/\sdirection="rtl"/g, '')
		.replace(/<svg\b/, '<svg text-anchor="end"');
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const setAttr = (tag: string, name: string, value: string | number | undefined) => {
	const without = tag.replace(new RegExp(`\\s${name}="[^"]*"`), '');
	return value === undefined ? without : without.replace(/^<(\w+)/, `<$1 ${name}="${value}"`);
};
/** A length in user units: a number, `px` or `em` (of `size`); undefined for a list or a unit it cannot know. */
const length = (v: string, size: number | undefined) => {
	const m = /^\s*(-?[\d.]+(?:e-?\d+)?)(em|px)?\s*$/.exec(v);
	if (!m) return undefined;
	if (m[2] === 'em') return size === undefined ? undefined : Number(m[1]) * size;
	return Number(m[1]);
};

/**
 * `dy` written into `y`. resvg shifts a right-to-left line's `dy` onto its first letter alone and
 * leaves the rest on the baseline, so the timeline's two end labels ("الدول الأطراف: 112" above its
 * line, "السارية: 111" under it) were drawn on one line, over each other. An absolute `y` is the
 * same position for a browser and is drawn whole by resvg. A `dy` it cannot resolve (a list, an
 * inherited font size) is left as it is.
 */
export function absoluteDy(svg: string): string {
	return svg.replace(/(<text\b[^>]*>)([\s\S]*?)(<\/text>)/g, (whole, open: string, inner: string, close: string) => {
		const size = Number(attr(open, 'font-size')) || undefined;
		let y = Number(attr(open, 'y') ?? NaN);
		if (!Number.isFinite(y)) return whole;
		const dy = attr(open, 'dy');
		if (dy !== undefined) {
			const d = length(dy, size);
			if (d === undefined) return whole;
			y += d;
			open = setAttr(setAttr(open, 'dy', undefined), 'y', y);
		}
		inner = inner.replace(/<tspan\b[^>]*>/g, (tag) => {
			const own = attr(tag, 'y');
			if (own !== undefined) y = Number(own);
			const tdy = attr(tag, 'dy');
			if (tdy === undefined) return tag;
			const d = length(tdy, Number(attr(tag, 'font-size')) || size);
			if (d === undefined || !Number.isFinite(y)) return tag;
			y += d;
			return setAttr(setAttr(tag, 'dy', undefined), 'y', y);
		});
		return open + inner + close;
	});
}

// The faces resvg draws each line with. resvg takes the first family of the list that it has and,
// when that face lacks a letter of the line, does not go on down the list: it takes the first face
// it read that holds the letter, whatever its weight or style, and keeps it for the whole line when
// it holds every letter. On Debian that drew every Arabic line in DejaVu Sans Bold, every Chinese
// line in Noto Serif CJK (titles at regular weight) and "◆Completion" in a serif face; naming Noto
// Sans Arabic on Arabic runs alone left the Latin beside them (a symbol, a year, a link) bold, and a
// line holding both scripts sometimes not drawn at all. So a line is named one family that holds
// all of its letters, in regular and bold: Noto Sans CJK SC for a line with Chinese letters, DejaVu
// Sans Condensed for one with Arabic letters (the only such face on Debian: Noto Sans Arabic has
// no Latin letters; the normal width ran about 3% wider than text-layout.ts estimates, past the
// margin, the condensed one 8% narrower) or with a sign Noto Sans lacks (◆, ↓), Noto Sans for the rest.
export const RASTER_FONTS = {
	latin: 'Noto Sans',
	wide: 'DejaVu Sans',
	cjk: 'Noto Sans CJK SC'
} as const;
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;
const CJK = /[\u2e80-\u2fdf\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;
// What Noto Sans holds (Latin, Greek, Cyrillic, general punctuation, currency, letterlike signs), as
// code point ranges (fc-query of NotoSans-Regular.ttf, rounded to its blocks).
const NOTO_SANS: [number, number][] = [
	[0x20, 0x7e],
	[0xa0, 0x52f],
	[0x1ab0, 0x1fff],
	[0x2000, 0x2064],
	[0x2066, 0x2071],
	[0x2074, 0x209c],
	[0x20a0, 0x20bf],
	[0x2100, 0x215f],
	[0x2c60, 0x2c7f],
	[0x2de0, 0x2e52],
	[0xa640, 0xa7ff],
	[0xfb00, 0xfb06],
	[0xfe00, 0xfe2f],
	[0xfeff, 0xfeff],
	[0xfffc, 0xfffd]
];
const notoSansHolds = (letters: string) =>
	[...letters].every((c) => {
		const cp = c.codePointAt(0)!;
		return cp < 0x20 || NOTO_SANS.some(([from, to]) => cp >= from && cp <= to);
	});

/** Each <text> that Noto Sans cannot draw whole named a face that holds all of its letters; Noto Sans for the rest. */
export function lineFonts(svg: string): string {
	return svg
		.replace(/(<text\b[^>]*>)([\s\S]*?<\/text>)/g, (whole, open: string, rest: string) => {
			const letters = rest.replace(/<[^>]*>/g, '');
			const family = CJK.test(letters)
				? RASTER_FONTS.cjk
				: ARABIC.test(letters) || !notoSansHolds(letters)
					? RASTER_FONTS.wide
					: undefined;
			if (!family) return whole;
			const named = setAttr(open, 'font-family', family);
			return (
				(family === RASTER_FONTS.wide ? setAttr(named, 'font-stretch', 'condensed') : named) +
				rest.replace(/\sfont-(?:family|stretch)="[^"]*"/g, '')
			);
		})
		.replace(/<svg\b[^>]*>/, (open) => setAttr(open, 'font-family', RASTER_FONTS.latin));
}

/** The composed document as resvg must be given it to draw what a browser draws. */
export function forResvg(svg: string): string {
	return lineFonts(absoluteDy(physicalAnchors(svg)));
}
