import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// BUILD_DIR and SVELTEKIT_OUT_DIR let a second build (the sub-path browser test) write beside build/
// and .svelte-kit/ without touching the ones the other tests and `npm run serve` use.
const out = process.env.BUILD_DIR || 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered; the build is a plain folder any static host can serve.
		adapter: adapter({ pages: out, assets: out, precompress: false, strict: true }),
		outDir: process.env.SVELTEKIT_OUT_DIR || '.svelte-kit',
		// Root-relative asset paths: the not-found page (404.html) is served at any depth
		// (/fr/states/xyz), where the relative ones it would otherwise carry resolve to nothing. The
		// base path is fixed at build time either way.
		paths: { base: process.env.BASE_PATH ?? '', relative: false },
		// The site's one style sheet is small: inline it so first paint waits for no second request.
		inlineStyleThreshold: 16384,
		// One page at a time (the default): with DuckDB's answers kept for the build (src/lib/server/data.ts)
		// a page is mostly rendering, which shares one thread however many pages are in flight.
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// scripts/build.ts names the version after a hash of the build's inputs, so the same inputs give
		// the same pages byte for byte (and nothing to compress again). Without it (a bare `vite build`)
		// SvelteKit's own default, decided once: this file is read again by the prerender, and a time
		// taken here differed between the pages and the client code, which then failed to start.
		...(process.env.CCM_BUILD_VERSION ? { version: { name: process.env.CCM_BUILD_VERSION } } : {}),
		// The browser code never compiles code at run time, so no 'unsafe-eval'; wasm needs its own keyword.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self', 'blob:'],
				'connect-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
