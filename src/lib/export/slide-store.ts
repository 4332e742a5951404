/**
 * The slide tray's storage: one IndexedDB store in this browser, so a tray filled on Monday is
 * still there on Tuesday. Images are kept as PNG blobs (binary, not base64) because a dozen
 * full-HD charts would not fit the few megabytes localStorage allows.
 */
import { browserStore } from '../browser-store';
import type { NativeChart } from './native-chart';
import type { SlideFormat } from './pptx';
const DB = 'ccm-slides';
const STORE = 'slides';

export interface StoredSlide {
	id: string;
	/** Order in the tray (the time of adding, swapped when the user moves a slide); the deck keeps it. */
	addedAt: number;
	title: string;
	/** What the chart shows, in words: the picture's alt text and the notes' last paragraph. Absent on slides added before it was kept. */
	description?: string;
	source: string;
	permalink: string;
	asOf: string;
	/** Names of the imported files the chart was drawn from; absent on slides of shipped data only. */
	importedFiles?: string[];
	png: Blob;
	/** The chart's data in native form, for bar, line and step charts. */
	chart?: NativeChart | null;
	/** Picture or editable chart, as chosen in the tray; a picture unless chosen. */
	format?: SlideFormat;
}

const run = browserStore(DB, STORE, 'id');

export const slideStore = {
	all: async () => (await run<StoredSlide[]>('readonly', (s) => s.getAll())).sort((a, b) => a.addedAt - b.addedAt),
	get: (id: string) => run<StoredSlide | undefined>('readonly', (s) => s.get(id)),
	put: (slide: StoredSlide) => run('readwrite', (s) => s.put(slide)),
	remove: (id: string) => run('readwrite', (s) => s.delete(id)),
	clear: () => run('readwrite', (s) => s.clear())
};
