/**
 * renderer_memory_mb: what the page holds in its renderer, the page's JavaScript heap and every
 * worker's (DuckDB-wasm runs in one), plus every WebAssembly memory, through the DevTools protocol.
 *
 * Why not performance.measureUserAgentSpecificMemory(): Chromium offers it only to cross-origin
 * isolated pages (COOP and COEP headers), which the site is not (the threaded engine that would
 * need them was 2x slower on two cores), so it is undefined here. Why not Performance.getMetrics
 * alone: it reports the page's heap only, not the worker's, and no WebAssembly memory, where
 * DuckDB keeps its tables; Runtime.getHeapUsage does not count WebAssembly memory either. So: the
 * page's and each worker's Runtime.getHeapUsage (used heap plus ArrayBuffer backing stores), and
 * the byte length of every WebAssembly.Memory found by Runtime.queryObjects in each of them.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

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

/** Workers are reached through the page's session (Target.sendMessageToTarget, not flattened). */
function workerSessions(cdp: CDPSession) {
	let id = 0;
	const replies = new Map<number, (m: { result?: Record<string, unknown>; error?: { message: string } }) => void>();
	const sessions: string[] = [];
	cdp.on('Target.attachedToTarget', (e) => sessions.push(e.sessionId));
	cdp.on('Target.receivedMessageFromTarget', (e) => {
		const m = JSON.parse(e.message) as { id?: number };
		if (m.id !== undefined) replies.get(m.id)?.(m);
	});
	const sender =
		(sessionId: string): Send =>
		(method, params = {}) =>
			new Promise((resolve, reject) => {
				const i = ++id;
				replies.set(i, (m) => (m.error ? reject(new Error(`${method}: ${m.error.message}`)) : resolve(m.result ?? {})));
				void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: i, method, params }) });
			});
	return { sessions, sender };
}

/** MB held by the page now: JavaScript heaps (page and workers), WebAssembly memory, and their sum. */
export async function rendererMemory(context: BrowserContext, page: Page) {
	const cdp = await context.newCDPSession(page);
	try {
		const workers = workerSessions(cdp);
		await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
		// Attachment events for workers already running arrive right after the call.
		await page.waitForTimeout(200);
		const parts = [await measure((m, p) => cdp.send(m as never, p as never) as Promise<Record<string, unknown>>)];
		for (const s of workers.sessions) parts.push(await measure(workers.sender(s)));
		const js = parts.reduce((n, p) => n + p.js, 0);
		const wasm = parts.reduce((n, p) => n + p.wasm, 0);
		return {
			js_heap_mb: round(js),
			wasm_mb: round(wasm),
			total_mb: round(js + wasm),
			workers: workers.sessions.length
		};
	} finally {
		await cdp.detach();
	}
}
