/**
 * A page's session: the view state a reader chose, the value the page shows for it, and what the
 * reader should be told (a link that could not be used, an engine that is starting or failed, a
 * query that failed). Pages start from their prerendered value and, when the reader (or a link)
 * asks for another state, query the in-browser engine through `loader`.
 *
 * Headless, like OWID Grapher's controllers and Mosaic's query manager: it knows a Connector, a
 * view-state definition and a URL writer, all given to it, so it is tested without a browser.
 * - The latest request wins: an older answer arriving late is dropped.
 * - Answers are kept by key (the data never changes under the page unless `reload` says so), so
 *   going back over days is instant; a failed answer is forgotten so it can be asked again.
 * - After an answer, the state the reader will probably ask next is asked for (prefetch).
 * - Until the engine has started, an `interim` answerer (a pure function over a small prerendered
 *   file, proven by test to give the loader's answers) may answer instead; a state it cannot
 *   answer waits for the engine, with the "starting" notice, as before. Once the engine is
 *   ready, and after any reload, only the loader answers.
 * - The URL follows each change at once, but a run of changes to the same control (a dragged
 *   slider, keys held down) writes it once the reader rests: rewriting it costs milliseconds a
 *   step, and browsers throttle pages that call history.replaceState hundreds of times. A change
 *   to another control is written at once, so a link copied right after it names it.
 */
import type { Connector } from '../db/connector';
import type { ViewState, ViewStateNotice } from '../view-state/define';

/** The in-browser engine as a session sees it (the site's `engineState`, or a fake in tests). */
export interface EngineProvider<E extends Connector = Connector> {
	start(): Promise<E | null>;
	readonly status: 'idle' | 'loading' | 'ready' | 'failed';
	/** Why it failed: a data file that failed its check, no WebAssembly, or anything else. */
	readonly failure: 'data' | 'wasm' | 'other' | null;
	readonly error: string | null;
}

export interface Loader<S, V> {
	/** What the answer depends on: states with one key share one answer (the alignment of a chart does not). */
	key(state: S): string;
	run(db: Connector, state: S): Promise<V>;
	/** What to change in `state` to get the state to ask for next (`from`: the state before it, null on opening). */
	prefetch?(state: S, from: S | null): Partial<S> | null;
}

/** Something the reader should be told, as data: the notice component words it. */
export type PageNotice =
	| { kind: 'link'; notice: ViewStateNotice }
	| { kind: 'loading' }
	| { kind: 'engine'; failure: 'data' | 'wasm' | 'other'; error: string }
	| { kind: 'query'; error: string };

export interface PageSessionOptions<S extends Record<string, string | number>, V, C> {
	view: ViewState<S, C>;
	context: C;
	/** The prerendered value, which answers the default state. */
	initial: V;
	/** Absent on pages whose every state is computed from the prerendered value. */
	loader?: Loader<NoInfer<S>, V>;
	engine: EngineProvider;
	/**
	 * Answers states without the engine while it starts; null for a state it cannot answer. Only
	 * for data the reader cannot change (a reload stops using it) and only when its answer is the
	 * loader's answer, proven by a test over every state it accepts.
	 */
	interim?: Promise<(state: S) => V | null>;
	/** Puts a query string (`?as_of=…&v=1`, or '') in the address bar for this page. */
	writeUrl: (search: string) => void;
	urlDelayMs?: number;
	keepAnswers?: number;
}

export class PageSession<S extends Record<string, string | number>, V, C> {
	/** The state the reader chose (or the link named). */
	state = $state() as S;
	/** The value shown: the answer for `state` once it has come, the previous one until then. */
	value = $state() as V;
	/** The loader's key of the value shown. */
	shownKey = $state('');
	linkNotice = $state<ViewStateNotice | null>(null);
	error = $state<string | null>(null);

	readonly #o: PageSessionOptions<S, V, C>;
	// Promises, never shown: nothing needs to react to the cache itself.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #answers = new Map<string, Promise<V>>();
	#request = 0;
	#urlTimer: ReturnType<typeof setTimeout> | undefined;
	#urlWritten = -Infinity;
	#lastKeys = '';
	#interim: Promise<((state: S) => V | null) | null> | null;

	constructor(options: PageSessionOptions<S, V, C>) {
		this.#o = options;
		this.state = options.view.defaults(options.context);
		this.value = options.initial;
		this.shownKey = options.loader?.key(this.state) ?? '';
		if (options.loader) this.#answers.set(this.shownKey, Promise.resolve(options.initial));
		// A file that did not come leaves the engine to answer, as without one.
		this.#interim = options.interim?.catch(() => null) ?? null;
	}

	/** The chosen state's answer is still on its way. */
	get pending(): boolean {
		return !!this.#o.loader && this.#o.loader.key(this.state) !== this.shownKey;
	}

	/** What the reader should be told now, in the order the page shows it. */
	get notices(): PageNotice[] {
		const list: PageNotice[] = [];
		if (this.linkNotice) list.push({ kind: 'link', notice: this.linkNotice });
		const engine = this.#o.engine;
		if (this.#o.loader && engine.status === 'failed')
			list.push({ kind: 'engine', failure: engine.failure ?? 'other', error: engine.error ?? '' });
		else if (engine.status === 'loading' && this.pending) list.push({ kind: 'loading' });
		if (this.error !== null) list.push({ kind: 'query', error: this.error });
		return list;
	}

	/** Reads the page's link (from onMount), then asks the engine for what it names. */
	open(search: URLSearchParams): void {
		const { state, notice } = this.#o.view.parse(search, this.#o.context);
		this.linkNotice = notice;
		this.state = state;
		if (!this.#o.loader) return;
		if (this.pending) void this.#apply(null);
		else void this.#warm();
	}

	/** The reader changes part of the view; the address bar follows once the reader rests. */
	set(patch: Partial<S>): void {
		const from = this.state;
		this.state = { ...from, ...patch };
		void this.#apply(from);
		clearTimeout(this.#urlTimer);
		const delay = this.#o.urlDelayMs ?? 250;
		// Controls hand over their whole state (a table's search, grouping and sort): what changed is what differs.
		const keys = (Object.keys(patch) as (keyof S)[])
			.filter((k) => patch[k] !== from[k])
			.sort()
			.join();
		const sameControl = keys === this.#lastKeys;
		this.#lastKeys = keys;
		if (!sameControl || Date.now() - this.#urlWritten >= delay) this.#writeUrl();
		else this.#urlTimer = setTimeout(() => this.#writeUrl(), delay);
	}

	/** The data under the page changed (a file imported or cleared): forget every answer, ask again. */
	async reload(): Promise<void> {
		this.#interim = null;
		this.#answers.clear();
		this.shownKey = '';
		await this.#apply(null);
	}

	/** The query string of the chosen state, as the address bar will carry it. */
	get search(): string {
		return this.#o.view.search(this.state, this.#o.context);
	}

	close(): void {
		clearTimeout(this.#urlTimer);
	}

	#writeUrl() {
		this.#urlWritten = Date.now();
		this.#o.writeUrl(this.search);
	}

	#answer(db: Connector, state: S): Promise<V> {
		const loader = this.#o.loader!;
		const key = loader.key(state);
		let found = this.#answers.get(key);
		if (!found) {
			found = loader.run(db, state);
			found.catch(() => this.#answers.delete(key));
			this.#answers.set(key, found);
			const keep = this.#o.keepAnswers ?? 64;
			if (this.#answers.size > keep) this.#answers.delete(this.#answers.keys().next().value!);
		}
		return found;
	}

	async #apply(from: S | null): Promise<void> {
		const loader = this.#o.loader;
		const mine = ++this.#request;
		if (!loader || !this.pending) {
			this.error = null;
			return;
		}
		const want = this.state;
		if (this.#interim && this.#o.engine.status !== 'ready') {
			// Whichever comes first: the interim answerer, or the engine (a failed engine leaves the interim).
			const interim = this.#interim;
			const answerer = await Promise.race([interim, this.#o.engine.start().then((db) => (db ? null : interim))]);
			if (mine !== this.#request) return;
			const value = answerer?.(want) ?? null;
			if (value !== null) {
				this.value = value;
				this.shownKey = loader.key(want);
				this.error = null;
				return;
			}
		}
		const db = await this.#o.engine.start();
		if (!db || mine !== this.#request) return;
		try {
			const value = await this.#answer(db, want);
			if (mine !== this.#request) return;
			this.value = value;
			this.shownKey = loader.key(want);
			this.error = null;
			this.#prefetch(db, want, from);
		} catch (e) {
			if (mine === this.#request) this.error = e instanceof Error ? e.message : String(e);
		}
	}

	/** Starts the engine right after first paint so the first interaction finds it ready. */
	async #warm(): Promise<void> {
		const db = await this.#o.engine.start();
		if (db) this.#prefetch(db, this.state, null);
	}

	#prefetch(db: Connector, state: S, from: S | null) {
		const next = this.#o.loader?.prefetch?.(state, from);
		if (next) this.#answer(db, { ...state, ...next }).catch(() => {});
	}
}
