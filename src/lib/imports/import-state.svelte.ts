/**
 * What a page shows while a dropped file is imported: the file being read, or its problems.
 * The import itself (which schema, which table) is the page's; this only runs it once the
 * engine is up and turns a missing engine into a problem the user can read.
 */
import { engineState } from '../db/engine.svelte';
import type { WasmEngine } from '../db/wasm';
import { engineError, t } from '../i18n/current';
import { problem, type Problem } from '../validate';
import type { TextEncoding } from '../text-decode';

type Outcome<T> = { encoding?: TextEncoding | null } & ({ ok: true; stored: T } | { ok: false; problems: Problem[] });

export class ImportState {
	busy = $state<string | null>(null);
	problems = $state<{ file: string; list: Problem[] } | null>(null);
	/** How the last file was decoded, when it was not plain UTF-8 (shown so a wrong guess is noticed). */
	notice = $state<string | null>(null);

	/** Runs `importer` on `file`; returns what it stored, or null (problems are then set). */
	async run<T>(file: File, importer: (engine: WasmEngine, file: File) => Promise<Outcome<T>>): Promise<T | null> {
		this.busy = file.name;
		this.problems = null;
		this.notice = null;
		const engine = await engineState.start();
		if (!engine) {
			this.busy = null;
			const reason = { key: 'import.needsEngine', params: { error: engineError(engineState) } } as const;
			this.problems = { file: file.name, list: [problem({ file: file.name, line: 0, column: 0 }, reason)] };
			return null;
		}
		let outcome: Outcome<T>;
		try {
			outcome = await importer(engine, file);
		} catch (e) {
			const reason = { key: 'fault.importFailed', params: { error: (e as Error).message } } as const;
			outcome = { ok: false, problems: [problem({ file: file.name, line: 0, column: 0 }, reason)] };
		}
		this.busy = null;
		if (outcome.encoding && outcome.encoding !== 'UTF-8')
			this.notice = t('fault.encoding', { file: file.name, encoding: outcome.encoding });
		if (!outcome.ok) {
			this.problems = { file: file.name, list: outcome.problems };
			return null;
		}
		return outcome.stored;
	}
}
