/**
 * Media types and compressibility of the files a SvelteKit static build contains.
 * Kept apart from the server so DEPLOY.md and other hosts' configs can be checked against one list.
 */

const TYPES: Record<string, string> = {
	html: 'text/html; charset=utf-8',
	js: 'text/javascript; charset=utf-8',
	mjs: 'text/javascript; charset=utf-8',
	css: 'text/css; charset=utf-8',
	json: 'application/json',
	map: 'application/json',
	webmanifest: 'application/manifest+json',
	svg: 'image/svg+xml',
	// Browsers refuse WebAssembly.compileStreaming (DuckDB-wasm) under any other type.
	wasm: 'application/wasm',
	parquet: 'application/vnd.apache.parquet',
	csv: 'text/csv; charset=utf-8',
	// The States' reporting calendars (/calendar/<iso3>.ics), for calendar applications to subscribe to.
	ics: 'text/calendar; charset=utf-8',
	txt: 'text/plain; charset=utf-8',
	xml: 'application/xml',
	png: 'image/png',
	ico: 'image/x-icon',
	woff2: 'font/woff2'
};

// Parquet, images and woff2 are compressed inside already; gzipping them again only costs CPU.
const COMPRESSIBLE = new Set([
	...['html', 'js', 'mjs', 'css', 'json', 'map', 'webmanifest'],
	...['svg', 'wasm', 'csv', 'txt', 'xml', 'ics']
]);

function extension(path: string): string {
	const name = path.slice(path.lastIndexOf('/') + 1);
	const dot = name.lastIndexOf('.');
	return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

export function contentType(path: string): string {
	return TYPES[extension(path)] ?? 'application/octet-stream';
}

export function isCompressible(path: string): boolean {
	return COMPRESSIBLE.has(extension(path));
}
