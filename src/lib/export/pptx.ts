/**
 * The slide deck: one chart per slide, the chart's title as the slide's real title (so it shows in
 * PowerPoint's outline and in screen readers), the chart as a full-HD image, and the source, as-of
 * date and permalink in the speaker notes. pptxgenjs is loaded only when a deck is asked for, so it
 * costs nothing to the pages.
 */
import type { StoredSlide } from './slide-store';
import { blobToDataUrl } from './png';

export interface DeckLabels {
	deckTitle: string;
	/** Speaker-note line for the source, e.g. "Source: {source}". */
	notes: (slide: StoredSlide) => string;
}

// LAYOUT_16x9 is 10 x 5.625 inches; the image keeps its 16:9 shape under the title.
const SLIDE = { w: 10, h: 5.625, margin: 0.3, titleH: 0.6 };

export async function buildDeck(slides: readonly StoredSlide[], labels: DeckLabels): Promise<Blob> {
	const { default: PptxGenJS } = await import('pptxgenjs');
	const pptx = new PptxGenJS();
	pptx.layout = 'LAYOUT_16x9';
	pptx.title = labels.deckTitle;
	pptx.defineSlideMaster({
		title: 'CCM_CHART',
		background: { color: 'FFFFFF' },
		objects: [
			{
				placeholder: {
					options: {
						name: 'title',
						type: 'title',
						x: SLIDE.margin,
						y: 0.15,
						w: SLIDE.w - 2 * SLIDE.margin,
						h: SLIDE.titleH,
						fontSize: 22,
						bold: true
					},
					text: ''
				}
			}
		]
	});
	const imgH = SLIDE.h - SLIDE.titleH - 0.15 - SLIDE.margin;
	const imgW = (imgH * 16) / 9;
	for (const s of slides) {
		const slide = pptx.addSlide({ masterName: 'CCM_CHART' });
		slide.addText(s.title, { placeholder: 'title' });
		const data = (await blobToDataUrl(s.png)).replace(/^data:/, '');
		slide.addImage({ data, x: (SLIDE.w - imgW) / 2, y: 0.15 + SLIDE.titleH, w: imgW, h: imgH, altText: s.title });
		slide.addNotes(labels.notes(s));
	}
	return (await pptx.write({ outputType: 'blob' })) as Blob;
}
