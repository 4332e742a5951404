/**
 * What a page shows while a dropped file is imported: the file being read, or its problems.
 * The import itself (which schema, which table) is the page's; this only runs it once the
 * engine is up and turns a missing engine into a problem the user can read.
 */
import { engineState } from '../db/engine.svelte';
import type { WasmEngine } from '../db/wasm';
import { t } from '../i18n/current';
import type { Problem } from '../schema/validate';

type Outcome<T> = { ok: true; stored: T } | { ok: false; problems: Problem[] };

export class ImportState {
	busy = $state<string | null>(null);
	problems = $state<{ file: string; list: Problem[] } | null>(null);

	/** Runs `importer` on `file`; returns what it stored, or null (problems are then set). */
	async run<T>(file: File, importer: (engine: WasmEngine, file: File) => Promise<Outcome<T>>): Promise<T | null> {
		this.busy = file.name;
		this.problems = null;
		const engine = await engineState.start();
		if (!engine) {
			this.busy = null;
			const message = t('import.needsEngine', { error: engineState.error ?? '' });
			this.problems = { file: file.name, list: [{ file: file.name, line: 0, column: 0, message }] };
			return null;
		}
		const outcome = await importer(engine, file);
		this.busy = null;
		if (!outcome.ok) {
			this.problems = { file: file.name, list: outcome.problems };
			return null;
		}
		return outcome.stored;
	}
}
