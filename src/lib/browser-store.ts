/**
 * One IndexedDB object store, opened per operation and closed after it: the one way this site
 * keeps things in the browser (imported files, the slide tray). Nothing here leaves the browser.
 */
export type StoreRun = <T>(mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest<T>) => Promise<T>;

export function browserStore(db: string, store: string, keyPath: string): StoreRun {
	const open = () =>
		new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open(db, 1);
			req.onupgradeneeded = () => req.result.createObjectStore(store, { keyPath });
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
	return async (mode, op) => {
		const conn = await open();
		try {
			return await new Promise((resolve, reject) => {
				const req = op(conn.transaction(store, mode).objectStore(store));
				req.onsuccess = () => resolve(req.result);
				req.onerror = () => reject(req.error);
			});
		} finally {
			conn.close();
		}
	};
}
