/**
 * Where the prerender's time goes, recorded only when CCM_BUILD_TIMING names a file (the build
 * breakdown, scripts/lib/bench/build-breakdown.ts, sets it): per route, the pages rendered, their
 * wall time and how much of it was spent waiting for DuckDB. SvelteKit prerenders in a worker thread
 * that ends without an exit event, so the file is rewritten after every page (a few hundred bytes).
 */
import fs from 'node:fs';

export interface Family {
	pages: number;
	ms: number;
	query_ms: number;
}

/** The file's content: what build-breakdown.ts reads back. */
export interface Timing {
	first_request_at: number;
	last_response_at: number;
	queries: number;
	query_hits: number;
	query_ms: number;
	routes: Record<string, Family>;
}

const file = process.env.CCM_BUILD_TIMING;
const timing: Timing | null = file
	? { first_request_at: 0, last_response_at: 0, queries: 0, query_hits: 0, query_ms: 0, routes: {} }
	: null;

export const timingEnabled = timing !== null;

/** Times one DuckDB round trip (a memoised answer counts as a hit and costs nothing). */
export async function timeQuery<T>(run: () => Promise<T>, hit = false): Promise<T> {
	if (!timing) return run();
	const t0 = performance.now();
	try {
		return await run();
	} finally {
		timing.queries++;
		if (hit) timing.query_hits++;
		timing.query_ms += performance.now() - t0;
	}
}

/** Times one prerendered request; with one page at a time, its query share is exact. */
export async function timeRequest<T>(route: string, run: () => T | Promise<T>): Promise<T> {
	if (!timing) return run();
	const t0 = performance.now();
	const q0 = timing.query_ms;
	if (!timing.first_request_at) timing.first_request_at = Date.now();
	try {
		return await run();
	} finally {
		const f = (timing.routes[route] ??= { pages: 0, ms: 0, query_ms: 0 });
		f.pages++;
		f.ms += performance.now() - t0;
		f.query_ms += timing.query_ms - q0;
		timing.last_response_at = Date.now();
		fs.writeFileSync(file!, JSON.stringify(timing));
	}
}
