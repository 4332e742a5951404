/**
 * Files a user imported, kept in this browser's IndexedDB until they clear them. Nothing leaves
 * the browser: this is the only place imported rows are stored.
 *
 * The rows are written in parts (`<key>#<n>`), one IndexedDB request each with a turn of the
 * event loop between: the browser copies what it stores on the main thread, and 100,000 rows in
 * one request froze the page. The entry itself, written last, says how many parts there are, so
 * an entry is only found once all its rows are stored. Entries saved whole, before parts existed,
 * are still read.
 */
import { browserStore } from '../browser-store';
import { nextTurn, ROWS_PER_TURN } from '../next-turn';
const DB = 'ccm-dashboard';
const STORE = 'imports';

export interface StoredImport<T> {
	key: string;
	fileName: string;
	importedAt: string;
	rows: T[];
}

type Entry<T> = StoredImport<T> & { parts?: number };
type Part<T> = { key: string; rows: T[] };

const run = browserStore(DB, STORE, 'key');
const partKey = (key: string, n: number) => `${key}#${n}`;
const partsOf = (key: string) => IDBKeyRange.bound(`${key}#`, `${key}#\uffff`);

export const localImports = {
	/** Whether a file is stored under `key`, reading its entry only, not its rows. */
	async has(key: string): Promise<boolean> {
		return (await run<number>('readonly', (s) => s.count(key))) > 0;
	},
	async get<T>(key: string): Promise<StoredImport<T> | undefined> {
		const entry = await run<Entry<T> | undefined>('readonly', (s) => s.get(key));
		if (!entry?.parts) return entry;
		const { parts, ...item } = entry;
		const rows: T[] = [];
		for (let n = 0; n < parts; n++) {
			const part = await run<Part<T> | undefined>('readonly', (s) => s.get(partKey(key, n)));
			if (!part) return undefined;
			for (const r of part.rows) rows.push(r);
		}
		return { ...item, rows };
	},
	async put<T>(item: StoredImport<T>): Promise<void> {
		await this.clear(item.key);
		let parts = 0;
		for (let from = 0; from < item.rows.length; from += ROWS_PER_TURN, parts++) {
			const part: Part<T> = { key: partKey(item.key, parts), rows: item.rows.slice(from, from + ROWS_PER_TURN) };
			await run('readwrite', (s) => s.put(part));
			await nextTurn();
		}
		const entry: Entry<T> = { ...item, rows: [], parts };
		await run('readwrite', (s) => s.put(entry));
	},
	async clear(key: string): Promise<void> {
		await run('readwrite', (s) => s.delete(key));
		await run('readwrite', (s) => s.delete(partsOf(key)));
	}
};
