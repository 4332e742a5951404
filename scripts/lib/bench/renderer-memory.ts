/**
 * renderer_memory_mb: what the page holds in its renderer, through the DevTools protocol.
 *
 * Why not performance.measureUserAgentSpecificMemory(): Chromium offers it only to cross-origin
 * isolated pages (COOP and COEP headers), which the site is not (the threaded engine that would
 * need them was 2x slower on two cores), so it is undefined here. Why not Performance.getMetrics
 * alone: it reports the page's heap only, not the worker's, and no WebAssembly memory, where
 * DuckDB keeps its tables; Runtime.getHeapUsage does not count WebAssembly memory either. So: the
 * page's Runtime.getHeapUsage (used heap plus ArrayBuffer backing stores), and the byte length of
 * every WebAssembly.Memory found by Runtime.queryObjects.
 */
import type { BrowserContext, Page } from 'playwright-core';

const MB = 1024 * 1024;
const round = (bytes: number) => Math.round((bytes / MB) * 10) / 10;

type Send = (method: string, params?: object) => Promise<Record<string, unknown>>;

interface Heap {
	usedSize: number;
	backingStorageSize?: number;
}

async function measure(send: Send) {
	const heap = (await send('Runtime.getHeapUsage')) as unknown as Heap;
	const proto = (await send('Runtime.evaluate', { expression: 'WebAssembly.Memory.prototype' })) as {
		result: { objectId: string };
	};
	const found = (await send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId })) as {
		objects: { objectId: string };
	};
	const sum = (await send('Runtime.callFunctionOn', {
		objectId: found.objects.objectId,
		functionDeclaration: 'function () { return this.reduce((n, m) => n + m.buffer.byteLength, 0); }',
		returnByValue: true
	})) as { result: { value: number } };
	return { js: heap.usedSize + (heap.backingStorageSize ?? 0), wasm: sum.result.value };
}

/**
 * MB held by the page now: its JavaScript heap with ArrayBuffer backing stores, and its
 * WebAssembly memory. DuckDB-wasm's worker is counted, not measured (`workers_unmeasured`): a CDP
 * session attached to it (from the page, auto-attach, or from the browser, attachToTarget, both
 * unflattened) never answered Runtime.getHeapUsage on this Chromium (156), while the same calls
 * answered a plain test worker; Playwright's own session to the worker is not exposed. What the
 * engine's tables take is therefore not in these figures.
 */
export async function rendererMemory(context: BrowserContext, page: Page) {
	const cdp = await context.newCDPSession(page);
	try {
		const own = await measure((m, p) => cdp.send(m as never, p as never) as Promise<Record<string, unknown>>);
		return {
			page_js_heap_mb: round(own.js),
			page_wasm_mb: round(own.wasm),
			workers_unmeasured: page.workers().length
		};
	} finally {
		await cdp.detach();
	}
}
