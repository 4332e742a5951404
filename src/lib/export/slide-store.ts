/**
 * The slide tray's storage: one IndexedDB store in this browser, so a tray filled on Monday is
 * still there on Tuesday. Images are kept as PNG blobs (binary, not base64) because a dozen
 * full-HD charts would not fit the few megabytes localStorage allows.
 */
import { browserStore } from '../browser-store';
const DB = 'ccm-slides';
const STORE = 'slides';

export interface StoredSlide {
	id: string;
	/** Order of adding; the deck keeps it. */
	addedAt: number;
	title: string;
	source: string;
	permalink: string;
	asOf: string;
	/** Names of the imported files the chart was drawn from; absent on slides of shipped data only. */
	importedFiles?: string[];
	png: Blob;
}

const run = browserStore(DB, STORE, 'id');

export const slideStore = {
	all: async () => (await run<StoredSlide[]>('readonly', (s) => s.getAll())).sort((a, b) => a.addedAt - b.addedAt),
	put: (slide: StoredSlide) => run('readwrite', (s) => s.put(slide)),
	remove: (id: string) => run('readwrite', (s) => s.delete(id)),
	clear: () => run('readwrite', (s) => s.clear())
};
