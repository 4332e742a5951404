/**
 * The page's view of the in-browser engine: idle until the page has painted, then loading,
 * then ready (or failed, with the reason). Pages show prerendered figures meanwhile and switch
 * to live queries when `ready`; a failure leaves the prerendered figures with a notice.
 * The state says why as a kind and the error as thrown; the page words it in its language
 * (`engineError` in i18n/current.ts), so this module needs no catalog.
 */
import { asset } from '$app/paths';
import type { WasmEngine } from './wasm';

type Status = 'idle' | 'loading' | 'ready' | 'failed';
/** A data file that failed its check, no WebAssembly in this browser, or anything else. */
export type EngineFailure = 'data' | 'wasm' | 'other';

class EngineState {
	status = $state<Status>('idle');
	/** The error as thrown (not translated); null when there is none to quote (no WebAssembly). */
	error = $state<string | null>(null);
	failure = $state<EngineFailure | null>(null);
	engine: WasmEngine | null = null;
	private started: Promise<WasmEngine | null> | null = null;

	/** Starts the engine once, after the browser has painted the prerendered page. */
	start(): Promise<WasmEngine | null> {
		this.started ??= new Promise<void>((resolve) => {
			// Two frames: the prerendered page is on screen before any engine work begins.
			requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
		}).then(async () => {
			this.set('loading');
			if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
				this.fail('wasm', null);
				return null;
			}
			try {
				const { startEngine } = await import('./wasm');
				const dataUrl = new URL(asset('/data'), location.href).href;
				this.engine = await startEngine(dataUrl);
				this.set('ready');
				return this.engine;
			} catch (e) {
				const data = e instanceof Error && e.name === 'DataFileError';
				this.fail(data ? 'data' : 'other', e instanceof Error ? e.message : String(e));
				return null;
			}
		});
		return this.started;
	}

	private fail(kind: EngineFailure, error: string | null) {
		this.error = error;
		this.failure = kind;
		this.set('failed');
	}

	/** Also mirrored on <html data-engine>, where tests and the benchmark watch for it. */
	private set(status: Status) {
		this.status = status;
		document.documentElement.dataset.engine = status;
	}
}

export const engineState = new EngineState();
