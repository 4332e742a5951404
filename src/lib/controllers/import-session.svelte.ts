/**
 * A page's imported files: brought back from this browser's storage when the page opens, a
 * dropped file read, checked and stored, everything cleared on request. What is imported changes
 * the data under the page, so each change calls `changed` (the page session's reload).
 *
 * Headless: the import itself (which parser, which table) is a `FileImport` the page hands over,
 * and the engine is an `EngineProvider`, so this is tested with fakes.
 */
import type { Connector } from '../db/connector';
import { problem, type Problem } from '../validate';
import type { TextEncoding } from '../text-decode';
import type { EngineProvider } from './page-session.svelte';

/** What the import pages keep per file: its name, kind, rows and when. */
export interface ImportedFile {
	kind: string;
	fileName: string;
	importedAt: string;
	rows: readonly unknown[];
}

export type ImportOutcome<T> = { encoding?: TextEncoding | null } & (
	{ ok: true; stored: T } | { ok: false; problems: Problem[] }
);

/** One page's kind of import (the Article 7 record, the Trust Fund ledger). */
export interface FileImport<T extends ImportedFile, E extends Connector = Connector> {
	restore(engine: E): Promise<T[]>;
	importFile(engine: E, file: File): Promise<ImportOutcome<T>>;
	clear(engine: E | null): Promise<void>;
}

export interface ImportSessionOptions<T extends ImportedFile, E extends Connector> {
	files: FileImport<T, E>;
	engine: EngineProvider<E>;
	/** The data under the page changed. */
	changed: () => Promise<void>;
	/** Removes slides drawn from these files from the slide tray; says how many. */
	removeSlides: (files: string[]) => Promise<number>;
}

export class ImportSession<T extends ImportedFile, E extends Connector = Connector> {
	/** The files imported in this browser, one per kind (a new file of a kind replaces the old). */
	files = $state<T[]>([]);
	/** The file being read, while it is. */
	busy = $state<string | null>(null);
	problems = $state<{ file: string; list: Problem[] } | null>(null);
	/** How the last file was decoded, when it was not plain UTF-8 (shown so a wrong guess is noticed). */
	encoding = $state<{ file: string; encoding: TextEncoding } | null>(null);
	/** What the last "clear" removed, for the sentence that says so. */
	cleared = $state<{ files: string[]; slides: number } | null>(null);

	readonly #o: ImportSessionOptions<T, E>;

	constructor(options: ImportSessionOptions<T, E>) {
		this.#o = options;
	}

	/** Brings back what was imported on an earlier visit (from onMount). */
	async restore(): Promise<void> {
		const engine = await this.#o.engine.start();
		if (!engine) return;
		const found = await this.#o.files.restore(engine);
		if (found.length === 0) return;
		this.files = found;
		await this.#o.changed();
	}

	async import(file: File): Promise<void> {
		this.busy = file.name;
		this.problems = null;
		this.encoding = null;
		const engine = await this.#o.engine.start();
		if (!engine) {
			this.busy = null;
			this.#fail(file, { key: 'import.needsEngine', params: { error: this.#o.engine.error ?? '' } });
			return;
		}
		let outcome: ImportOutcome<T>;
		try {
			outcome = await this.#o.files.importFile(engine, file);
		} catch (e) {
			outcome = { ok: false, problems: [] };
			this.#fail(file, { key: 'fault.importFailed', params: { error: e instanceof Error ? e.message : String(e) } });
		}
		this.busy = null;
		if (outcome.encoding && outcome.encoding !== 'UTF-8')
			this.encoding = { file: file.name, encoding: outcome.encoding };
		if (!outcome.ok) {
			if (outcome.problems.length) this.problems = { file: file.name, list: outcome.problems };
			return;
		}
		const stored = outcome.stored;
		this.files = [...this.files.filter((f) => f.kind !== stored.kind), stored];
		await this.#o.changed();
	}

	async clear(): Promise<void> {
		const names = this.files.map((f) => f.fileName);
		await this.#o.files.clear(this.#o.engine.status === 'ready' ? await this.#o.engine.start() : null);
		this.files = [];
		const slides = await this.#o.removeSlides(names);
		this.cleared = { files: names, slides };
		await this.#o.changed();
	}

	#fail(file: File, reason: Parameters<typeof problem>[1]) {
		this.problems = { file: file.name, list: [problem({ file: file.name, line: 0, column: 0 }, reason)] };
	}
}
