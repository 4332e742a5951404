/**
 * The slide deck: a title slide (the deck's title, the data's date, the language, where it comes
 * from), then one chart per slide, as a full-HD picture or, for bar, line and step charts the user
 * asked for, as a native PowerPoint chart holding its data. Each chart slide's notes give, one
 * paragraph each, the source, the as-of date, the permalink and the chart's description.
 *
 * Nothing here needs a page: images come in as bytes (a Blob's or a file's) and the deck goes out
 * as bytes, so the same code builds a deck in the browser and in Node. pptxgenjs is loaded only
 * when a deck is asked for, so it costs nothing to the pages.
 */
import type { NativeChart } from './native-chart';

export type SlideFormat = 'picture' | 'chart';

/** A slide that is a table of text (the MSP deck's Trust Fund facts): header row, then rows. */
export interface DeckTable {
	columns: string[];
	rows: string[][];
}

export interface DeckSlide {
	title: string;
	/** What the chart shows, in words: the picture's alt text and the last paragraph of the notes. */
	description: string;
	/** The figure's source line, as the page shows it ("Source: ..."). */
	source: string;
	permalink: string;
	asOf: string;
	/** The chart as a PNG (1920 x 1080). */
	png: Blob | Uint8Array;
	/** The chart's data in native form, when it is a bar, line or step chart. */
	chart?: NativeChart | null;
	/** A native chart when asked for and possible; the picture otherwise. */
	format?: SlideFormat;
	/** A table instead of the picture (its `png` is then unused). */
	table?: DeckTable;
}

export interface DeckLabels {
	deckTitle: string;
	/** "Data as of 3 Feb 2026". */
	dataAsOf: string;
	/** "Language: English", in the language itself. */
	language: string;
	/** Where the charts come from, for the title slide. */
	sourceLine: string;
	/** "Figures as of {date}" for a slide's notes. */
	asOf: (slide: DeckSlide) => string;
	/** "Link: {url}" for a slide's notes. */
	link: (slide: DeckSlide) => string;
	/** BCP 47 tag of the text (e.g. "ar"), so PowerPoint spell-checks and shapes it as that language. */
	lang: string;
	dir: 'ltr' | 'rtl';
}

// LAYOUT_16x9 is 10 x 5.625 inches, the shape of the 1920 x 1080 chart pictures.
const SLIDE = { w: 10, h: 5.625, margin: 0.4, titleH: 0.7 };

/** Base64 of bytes without FileReader or Buffer, so the browser and Node share it. */
function base64(bytes: Uint8Array): string {
	let binary = '';
	const chunk = 0x8000;
	for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
	return btoa(binary);
}

async function pngData(png: Blob | Uint8Array): Promise<string> {
	const bytes = png instanceof Uint8Array ? png : new Uint8Array(await png.arrayBuffer());
	return `image/png;base64,${base64(bytes)}`;
}

/** The slide's format: an editable chart only where the chart has a native form. */
export function slideFormat(s: Pick<DeckSlide, 'chart' | 'format'>): SlideFormat {
	return s.format === 'chart' && s.chart ? 'chart' : 'picture';
}

export async function buildDeck(slides: readonly DeckSlide[], labels: DeckLabels): Promise<Uint8Array> {
	const { default: PptxGenJS } = await import('pptxgenjs');
	const pptx = new PptxGenJS();
	pptx.layout = 'LAYOUT_16x9';
	pptx.title = labels.deckTitle;
	pptx.rtlMode = labels.dir === 'rtl';
	const rtl = labels.dir === 'rtl';
	const text = { lang: labels.lang, rtlMode: rtl, align: rtl ? ('right' as const) : ('left' as const) };
	const titlePlaceholder = (y: number) => ({
		placeholder: {
			options: {
				name: 'title',
				type: 'title' as const,
				x: SLIDE.margin,
				y,
				w: SLIDE.w - 2 * SLIDE.margin,
				h: SLIDE.titleH,
				fontSize: 24,
				bold: true,
				...text
			},
			text: ''
		}
	});
	pptx.defineSlideMaster({ title: 'CCM_CHART', background: { color: 'FFFFFF' }, objects: [titlePlaceholder(0.2)] });
	// The picture already draws the chart's title (with its date, source and link), so its slide
	// keeps the title in the title placeholder, as PowerPoint's outline, slide sorter, accessibility
	// checker and screen readers expect, but places it just below the slide, where it is not shown
	// in the show or in print. This is the way Microsoft documents to hide a slide title; leaving
	// the title out instead would make every chart slide "Slide 2", "Slide 3" to those readers.
	pptx.defineSlideMaster({
		title: 'CCM_PICTURE',
		background: { color: 'FFFFFF' },
		objects: [titlePlaceholder(SLIDE.h + 0.1)]
	});

	const cover = pptx.addSlide({ masterName: 'CCM_CHART' });
	cover.addText(labels.deckTitle, { placeholder: 'title' });
	cover.addText(
		[labels.dataAsOf, labels.language, labels.sourceLine].map((line, i, all) => ({
			text: line,
			// Direction and language on each line: pptxgenjs gives a box's own options to its first paragraph only.
			options: {
				...text,
				breakLine: i < all.length - 1,
				fontSize: i === 2 ? 14 : 18,
				color: i === 2 ? '444444' : '111111'
			}
		})),
		{ x: SLIDE.margin, y: 1.6, w: SLIDE.w - 2 * SLIDE.margin, h: 2.6, valign: 'top', paraSpaceAfter: 8, ...text }
	);

	for (const s of slides) {
		const native = slideFormat(s) === 'chart' ? s.chart! : null;
		const slide = pptx.addSlide({ masterName: native || s.table ? 'CCM_CHART' : 'CCM_PICTURE' });
		slide.addText(s.title, { placeholder: 'title' });
		if (s.table) addTable(slide, s.table, s, labels);
		else if (native) addNativeChart(pptx, slide, native, s, labels);
		else {
			slide.addImage({
				data: await pngData(s.png),
				x: 0,
				y: 0,
				w: SLIDE.w,
				h: SLIDE.h,
				altText: s.description
			});
		}
		// The source line says "Source:" itself, so the notes do not repeat it.
		slide.addNotes([s.source, labels.asOf(s), labels.link(s), s.description].join(PARAGRAPH));
	}
	return finishDeck((await pptx.write({ outputType: 'uint8array' })) as Uint8Array, labels);
}

// pptxgenjs writes a slide's notes as one run of text, line breaks and all, which PowerPoint shows
// as one paragraph; the deck is reopened to make each line its own paragraph, in the deck's
// language and direction. U+2029 (the paragraph separator) marks the breaks: pptxgenjs passes it
// through untouched, and no source line or description holds it.
const PARAGRAPH = '\u2029';

/**
 * The theme's fonts for the scripts the deck's language writes in. pptxgenjs leaves the theme's
 * East Asian and complex-script fonts empty, so PowerPoint falls back on a font chosen by the
 * reader's system, which may be a Japanese or Korean one (other shapes for some of the same
 * characters) or, in other programs, a font without the script. Microsoft YaHei (Simplified
 * Chinese, in every Windows since Vista) and Arial (which has Arabic) are named instead, with the
 * character set (GB2312, Arabic) that lets a reader without the font substitute one that has the
 * script. Other languages keep the theme as it is.
 */
const SCRIPT_FONTS: Record<string, string> = {
	zh: '<a:ea typeface="Microsoft YaHei" pitchFamily="34" charset="-122"/>',
	ar: '<a:cs typeface="Arial" pitchFamily="34" charset="-78"/>'
};

/** The deck as pptxgenjs wrote it, with the notes, fonts and chart languages PowerPoint needs. */
async function finishDeck(deck: Uint8Array, labels: DeckLabels): Promise<Uint8Array> {
	const { default: JSZip } = await import('jszip');
	const zip = await JSZip.loadAsync(deck);
	const lang = labels.lang.replace(/[^A-Za-z0-9-]/g, '');
	const pPr = labels.dir === 'rtl' ? '<a:pPr algn="r" rtl="1"/>' : '';
	const run = `<a:r><a:rPr lang="${lang}" dirty="0"/><a:t>`;
	const edit = async (path: string, change: (xml: string) => string) =>
		zip.file(path, change(await zip.file(path)!.async('string')));
	for (const path of Object.keys(zip.files).filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f))) {
		const body =
			/<a:p><a:r><a:rPr lang="en-US" dirty="0"\/><a:t>([^<]*)<\/a:t><\/a:r><a:endParaRPr lang="en-US" dirty="0"\/><\/a:p>/;
		await edit(path, (xml) => {
			const found = xml.match(body);
			if (!found) return xml;
			const paragraphs = found[1]!
				.split(PARAGRAPH)
				.map((text) => `<a:p>${pPr}${run}${text}</a:t></a:r></a:p>`)
				.join('');
			return xml.replace(body, () => paragraphs);
		});
	}
	const font = SCRIPT_FONTS[lang.split('-')[0]!];
	if (font) {
		const element = font.slice(1, font.indexOf(' '));
		await edit('ppt/theme/theme1.xml', (xml) => xml.replaceAll(`<${element} typeface=""/>`, font));
	}
	// A native chart's editing language (pptxgenjs writes none, and marks its legend English).
	for (const path of Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f)))
		await edit(path, (xml) =>
			xml
				.replace('<c:date1904 val="0"/>', `<c:date1904 val="0"/><c:lang val="${lang}"/>`)
				.replaceAll('<a:endParaRPr lang="en-US"/>', `<a:endParaRPr lang="${lang}"/>`)
		);
	return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

type Pptx = InstanceType<typeof import('pptxgenjs').default>;
type Slide = ReturnType<Pptx['addSlide']>;

/** The chart with its data in the slide, under the visible title, the source and date below it. */
function addNativeChart(pptx: Pptx, slide: Slide, chart: NativeChart, s: DeckSlide, labels: DeckLabels) {
	const rtl = labels.dir === 'rtl';
	const top = 0.2 + SLIDE.titleH;
	const footH = 0.5;
	slide.addChart(
		chart.type === 'bar' ? pptx.ChartType.bar : pptx.ChartType.line,
		chart.series.map((series) => ({ name: series.name, labels: chart.categories, values: series.values })),
		{
			x: SLIDE.margin,
			y: top,
			w: SLIDE.w - 2 * SLIDE.margin,
			h: SLIDE.h - top - footH - 0.1,
			altText: s.description,
			barDir: 'col',
			barGrouping: chart.stacked === 'percent' ? 'percentStacked' : chart.stacked ? 'stacked' : 'clustered',
			lineDataSymbol: 'none',
			lineSize: 2,
			showLegend: chart.series.length > 1,
			legendPos: 'b',
			legendFontSize: 11,
			catAxisLabelFontSize: 11,
			valAxisLabelFontSize: 11,
			// Right-to-left readers read the categories from the right, as the page draws them.
			// pptxgenjs 4.0.1 writes either value; its typings list only 'minMax'.
			catAxisOrientation: (rtl ? 'maxMin' : 'minMax') as 'minMax',
			valAxisLabelFormatCode: chart.stacked === 'percent' ? '0%' : '#,##0',
			lang: labels.lang
		}
	);
	slide.addText(`${s.source} ${labels.asOf(s)}`, {
		x: SLIDE.margin,
		y: SLIDE.h - footH,
		w: SLIDE.w - 2 * SLIDE.margin,
		h: footH - 0.05,
		fontSize: 10,
		color: '444444',
		valign: 'top',
		lang: labels.lang,
		rtlMode: rtl,
		align: rtl ? 'right' : 'left'
	});
}

const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

/** A table under the visible title, the source and date below it; long tables shrink to fit. */
function addTable(slide: Slide, table: DeckTable, s: DeckSlide, labels: DeckLabels) {
	const rtl = labels.dir === 'rtl';
	const top = 0.2 + SLIDE.titleH;
	const footH = 0.5;
	// A cell of Latin words with no right-to-left letter (a quotation from an English document) is
	// written left to right: in a right-to-left paragraph its leading "6" went to the end of the line.
	const cell = (text: string, bold = false) => {
		const cellRtl = rtl && !(/[A-Za-z]/.test(text) && !RTL_LETTER.test(text));
		return {
			text,
			options: { bold, lang: labels.lang, rtlMode: cellRtl, align: cellRtl ? ('right' as const) : ('left' as const) }
		};
	};
	const rows = [table.columns.map((c) => cell(c, true)), ...table.rows.map((r) => r.map((c) => cell(c)))];
	// pptxgenjs does not shrink text to a box: the font size follows the number of rows.
	const fontSize = rows.length > 10 ? 7 : rows.length > 6 ? 8 : 10;
	const w = SLIDE.w - 2 * SLIDE.margin;
	const widths = table.columns.length === 5 ? [0.07, 0.17, 0.2, 0.12, 0.44].map((f) => f * w) : undefined;
	slide.addTable(rtl ? rows.map((r) => [...r].reverse()) : rows, {
		x: SLIDE.margin,
		y: top,
		w,
		colW: widths && rtl ? [...widths].reverse() : widths,
		fontSize,
		border: { type: 'solid', pt: 0.5, color: 'BBBBBB' },
		fill: { color: 'FFFFFF' },
		valign: 'top',
		margin: 0.04
	});
	slide.addText(`${s.source} ${labels.asOf(s)}`, {
		x: SLIDE.margin,
		y: SLIDE.h - footH,
		w,
		h: footH - 0.05,
		fontSize: 10,
		color: '444444',
		valign: 'top',
		lang: labels.lang,
		rtlMode: rtl,
		align: rtl ? 'right' : 'left'
	});
}
