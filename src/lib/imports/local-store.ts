/**
 * Files a user imported, kept in this browser's IndexedDB until they clear them. Nothing leaves
 * the browser: this is the only place imported rows are stored.
 */
import { browserStore } from '../browser-store';
const DB = 'ccm-dashboard';
const STORE = 'imports';

export interface StoredImport<T> {
	key: string;
	fileName: string;
	importedAt: string;
	rows: T[];
}

const run = browserStore(DB, STORE, 'key');

export const localImports = {
	get: <T>(key: string) => run<StoredImport<T> | undefined>('readonly', (s) => s.get(key)),
	put: <T>(item: StoredImport<T>) => run('readwrite', (s) => s.put(item)),
	clear: (key: string) => run('readwrite', (s) => s.delete(key))
};
