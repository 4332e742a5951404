/**
 * The site's wiring of the headless sessions: the in-browser engine, the address bar in the
 * page's language, the slide tray, and the page's lifecycle (the session reads the link once the
 * page is mounted, and stops its timers when the page goes). Pages build their sessions here,
 * during their component's set-up, so a page's script says only what is its own: its view state,
 * its loader, its prerendered value.
 */
import { onDestroy, onMount } from 'svelte';
import { asOfLoader } from '../controllers/as-of-loader';
import { PageSession, type PageSessionOptions } from '../controllers/page-session.svelte';
import { ImportSession, type FileImport, type ImportedFile } from '../controllers/import-session.svelte';
import { loadProfile } from '../controllers/profile';
import { engineState } from '../db/engine.svelte';
import type { WasmEngine } from '../db/wasm';
import { provideImportedFiles } from '../export/import-context';
import { slideTray } from '../export/slide-tray.svelte';
import { localPath } from '../i18n/current';
import { hasStoredArticle7, restoreArticle7 } from '../imports/article7-session';
import { hasStoredLedger, restoreLedger, type LedgerImport } from '../imports/ledger-session';
import type { Connector } from '../db/connector';
import type { IsoDate } from '../domain/dates';
import type { AsOfContext } from '../view-state/as-of-param';
import type { ViewState } from '../view-state/define';
import { writeViewUrl } from './view-url';

type SiteOptions<S extends Record<string, string | number>, V, C> = Omit<
	PageSessionOptions<S, V, C>,
	'engine' | 'writeUrl'
>;

export function pageSession<S extends Record<string, string | number>, V, C>(
	options: SiteOptions<S, V, C>
): PageSession<S, V, C> {
	const session = new PageSession({
		...options,
		engine: engineState,
		writeUrl: (search) => writeViewUrl(`${localPath(options.view.route)}${search}`)
	});
	onMount(() => session.open(new URLSearchParams(location.search)));
	onDestroy(() => session.close());
	return session;
}

/**
 * The session of a page whose figures depend on one day (`as_of`): prerendered for the data's
 * date (`data.view`), another day asked of the engine through `load`, or of `interim` (a day's
 * answer proven equal to `load`'s, null for a day it cannot answer) until the engine is up.
 */
export function asOfPageSession<S extends { as_of: string }, V>(
	view: ViewState<S, AsOfContext>,
	data: { dataAsOf: IsoDate; view: V },
	load: (db: Connector, day: IsoDate) => Promise<V>,
	interim?: Promise<(day: IsoDate) => V | null>
): PageSession<S, V, AsOfContext> {
	const { dataAsOf } = data;
	return pageSession({
		view,
		context: { dataAsOf },
		initial: data.view,
		loader: asOfLoader<V, S>(load, dataAsOf),
		interim: interim?.then((answer) => (state: S) => answer(state.as_of))
	});
}

/**
 * The session of a page that computes every view from one whole record (prerendered), which the
 * engine loads again only when imported files change it.
 */
export function recordPageSession<S extends Record<string, string | number>, V, C>(
	view: ViewState<S, C>,
	context: C,
	initial: V,
	load: (db: Connector) => Promise<V>
): PageSession<S, V, C> {
	return pageSession({ view, context, initial, loader: { key: () => 'record', run: load } });
}

/**
 * A page's imports, brought back once the page is mounted; each change reloads the page session's
 * answers, and the page's downloads and slides name the files they were drawn from.
 */
export function importSession<T extends ImportedFile>(
	files: FileImport<T, WasmEngine>,
	page: { reload(): Promise<void> }
): ImportSession<T, WasmEngine> {
	const session = new ImportSession({
		files,
		engine: engineState,
		changed: () => page.reload(),
		removeSlides: (names) => slideTray.removeDrawnFrom(names)
	});
	provideImportedFiles(() => session.files.map((f) => f.fileName));
	onMount(() => void session.restore());
	return session;
}

/**
 * A State's profile with the files imported in this browser (on /transparency or /trust-fund), or
 * null when there are none. Only a browser holding imported files pays for the engine on a
 * profile; without IndexedDB (some private modes) nothing can have been imported.
 */
export async function profileWithImports(iso3: string, dataAsOf: string) {
	const stored = (has: () => Promise<boolean>) => has().catch(() => false);
	const [reports, ledger] = await Promise.all([stored(hasStoredArticle7), stored(hasStoredLedger)]);
	if (!reports && !ledger) return null;
	const engine = await engineState.start();
	if (!engine) return null;
	const files = { reports: await restoreArticle7(engine), ledger: await restoreLedger(engine) };
	return { ...files, profile: await loadProfile(engine, iso3, dataAsOf) };
}

/**
 * A Trust Fund ledger imported on /trust-fund in this browser, put back into the engine for a page
 * that shows its figures elsewhere (the overview): once it is in, the page's answers are asked
 * again and `restored` names its files. Without a stored ledger the engine is not started for it.
 */
export function withStoredLedger(page: { reload(): Promise<void> }, restored: (files: LedgerImport[]) => void) {
	onMount(() => {
		void (async () => {
			if (!(await hasStoredLedger().catch(() => false))) return;
			const engine = await engineState.start();
			if (!engine) return;
			const files = await restoreLedger(engine);
			if (!files.length) return;
			await page.reload();
			restored(files);
		})();
	});
}
