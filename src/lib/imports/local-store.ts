/**
 * Files a user imported, kept in this browser's IndexedDB until they clear them. Nothing leaves
 * the browser: this is the only place imported rows are stored.
 */
const DB = 'ccm-dashboard';
const STORE = 'imports';

export interface StoredImport<T> {
	key: string;
	fileName: string;
	importedAt: string;
	rows: T[];
}

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const req = indexedDB.open(DB, 1);
		req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'key' });
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

export const localImports = {
	get: <T>(key: string) => run<StoredImport<T> | undefined>('readonly', (s) => s.get(key)),
	put: <T>(item: StoredImport<T>) => run('readwrite', (s) => s.put(item)),
	clear: (key: string) => run('readwrite', (s) => s.delete(key))
};
