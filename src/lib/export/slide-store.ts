/**
 * The slide tray's storage: one IndexedDB store in this browser, so a tray filled on Monday is
 * still there on Tuesday. Images are kept as PNG blobs (binary, not base64) because a dozen
 * full-HD charts would not fit the few megabytes localStorage allows.
 */
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
	png: Blob;
}

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const req = indexedDB.open(DB, 1);
		req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

async function run<T>(mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
	const db = await open();
	try {
		return await new Promise<T>((resolve, reject) => {
			const req = op(db.transaction(STORE, mode).objectStore(STORE));
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
	} finally {
		db.close();
	}
}

export const slideStore = {
	all: async () => (await run<StoredSlide[]>('readonly', (s) => s.getAll())).sort((a, b) => a.addedAt - b.addedAt),
	put: (slide: StoredSlide) => run('readwrite', (s) => s.put(slide)),
	remove: (id: string) => run('readwrite', (s) => s.delete(id)),
	clear: () => run('readwrite', (s) => s.clear())
};
