/**
 * Writes a page's view state (as-of day, year, alignment…) into the address bar. The one way pages
 * do it, so every page, and the page session that will later hold all of them, gets the same rule:
 * SvelteKit's replaceState needs its router, which only exists once the first page has hydrated.
 * Called from a page's onMount (a link opened with ?as_of=…) it would throw "reading '$set'" after
 * having already changed the address, stopping the rest of that onMount (the engine never started
 * and the figures stayed on the data date under the link's address). Until the router is up the
 * latest address is held and written as soon as it is.
 */
import { replaceState } from '$app/navigation';

let routerReady = false;
let pending: string | null = null;

/** The site layout calls this from its first afterNavigate, when SvelteKit has finished starting. */
export function markRouterReady(): void {
	if (routerReady) return;
	// afterNavigate runs just before SvelteKit marks itself started; a microtask later it has.
	queueMicrotask(() => {
		routerReady = true;
		if (pending !== null) {
			const url = pending;
			pending = null;
			// eslint-disable-next-line svelte/no-navigation-without-resolve -- callers pass localPath()s, base included
			replaceState(url, {});
		}
	});
}

/** Puts `url` (path and query) in the address bar without a navigation or a history entry. */
export function writeViewUrl(url: string): void {
	if (!routerReady) {
		pending = url;
		return;
	}
	// eslint-disable-next-line svelte/no-navigation-without-resolve -- callers pass localPath()s, base included
	replaceState(url, {});
}
