/**
 * Serves a SvelteKit adapter-static build the way the dashboard expects any production host to:
 * extensionless prerendered pages, precompressed variants, immutable hashed assets, no escape from the folder
 * (nor a dotfile, nor a variant that links out of it), no framing by another site, no connection held by a
 * client that stops reading.
 * scripts/serve.ts wraps it in a CLI and tests start it in-process on port 0; DEPLOY.md states the same rules
 * for other hosts, so a change here belongs there too.
 */
import { realpathSync, statSync, createReadStream, type Stats } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import {
	createServer,
	type IncomingMessage,
	type OutgoingHttpHeaders,
	type Server,
	type ServerResponse
} from 'node:http';
import { join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { createGzip, gzip } from 'node:zlib';
import { contentType, isCompressible } from './content-types';
import { acceptedEncodings, entityTag, matchesIfNoneMatch, notModifiedSince, type Encoding } from './negotiation';

export interface StaticServerOptions {
	/** The build folder. */
	dir: string;
	/** SvelteKit `paths.base`, e.g. '/ccm'; '' or omitted serves at the root. */
	base?: string;
	/** Called once per finished request; omit for silence. */
	log?: (line: string) => void;
	/** Where unexpected failures (not client mistakes) are reported; defaults to stderr. */
	onError?: (line: string) => void;
	/**
	 * Milliseconds a connection may go without sending or receiving a byte before it is closed:
	 * a client that stops reading a response (or never finishes its request) would otherwise hold
	 * the connection, and the file open, for ever. Default 30 s, like nginx's send_timeout of 60 s
	 * halved: the largest file, the 5 MiB compressed engine, never needs a 30 s pause.
	 */
	idleTimeoutMs?: number;
}

/** A configuration mistake the CLI can show as one line, without a stack trace. */
export class StaticServerError extends Error {}

const IMMUTABLE_PATH = '/_app/immutable/';
const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
// Below this, gzip framing and CPU cost more than the bytes saved.
const COMPRESS_MIN_BYTES = 1024;
// Larger files are gzipped as a stream rather than held in memory.
const CACHE_MAX_FILE_BYTES = 8 * 1024 * 1024;
const CACHE_MAX_TOTAL_BYTES = 64 * 1024 * 1024;

/**
 * Sent with every response; docs/DEPLOY.md lists the same ones for other hosts (a test compares them).
 * The page's CSP comes from SvelteKit as a <meta> tag with per-page hashes. `frame-ancestors` is
 * ignored in a <meta> policy, so it can only come as a header: a header policy with that one
 * directive restricts nothing else (each policy is enforced on its own), so the pages keep working,
 * and no other site can frame them (the Clear button of an import under a transparent overlay).
 * X-Frame-Options says the same to browsers without CSP level 2.
 */
export const SECURITY_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Content-Security-Policy': "frame-ancestors 'none'",
	'X-Frame-Options': 'DENY'
} as const satisfies OutgoingHttpHeaders;
const COMMON_HEADERS: OutgoingHttpHeaders = { ...SECURITY_HEADERS, Vary: 'Accept-Encoding' };
const IDLE_TIMEOUT_MS = 30_000;

const gzipAsync = promisify(gzip);

export function normaliseBase(base: string): string {
	const trimmed = base.replace(/\/+$/, '');
	if (trimmed === '') return '';
	const segments = trimmed.split('/').slice(1);
	const valid =
		trimmed.startsWith('/') && segments.every((s) => /^[A-Za-z0-9._~-]+$/.test(s) && s !== '.' && s !== '..');
	if (!valid) throw new StaticServerError(`invalid base path "${base}" (expected something like /ccm)`);
	return trimmed;
}

function resolveRoot(dir: string): string {
	let stats: Stats;
	try {
		stats = statSync(dir);
	} catch {
		throw new StaticServerError(`folder ${dir} not found`);
	}
	if (!stats.isDirectory()) throw new StaticServerError(`${dir} is not a folder`);
	// Real path, so the containment check below also holds for a build folder reached through a symlink.
	return realpathSync(resolve(dir));
}

/** Decoded request path, or null when it is malformed or tries to climb out of the folder. */
function decodePath(url: string): { path: string; query: string } | null {
	// Absolute-form targets (GET http://host/x) are legal HTTP/1.1; only their path matters here.
	const target = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '') || '/';
	const queryAt = target.search(/[?#]/);
	const raw = queryAt === -1 ? target : target.slice(0, queryAt);
	const query = queryAt === -1 ? '' : (target.slice(queryAt).split('#')[0] ?? '');
	if (!raw.startsWith('/')) return null;
	let path: string;
	try {
		path = decodeURIComponent(raw);
	} catch {
		return null;
	}
	// Decoding first means %2e%2e and %2f cannot smuggle a '..' segment past this check.
	if (path.includes('\0') || path.includes('\\')) return null;
	if (path.split('/').some((segment) => segment === '..')) return null;
	return { path, query };
}

/**
 * A path with a segment starting with a dot (`.git/config`, `.env`, `.htpasswd`): never part of a
 * build, so never served, wherever it comes from; `/.well-known/` stays reachable for hosts that
 * put files there (certificates, security.txt), as in sirv.
 */
function isHidden(path: string): boolean {
	return path
		.split('/')
		.some((segment, i, all) => segment.startsWith('.') && !(segment === '.well-known' && i < all.length - 1));
}

function isMissing(error: unknown): boolean {
	const code = (error as NodeJS.ErrnoException | null)?.code;
	return code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENAMETOOLONG';
}

function isAbort(error: unknown): boolean {
	const code = (error as NodeJS.ErrnoException | null)?.code;
	return code === 'ERR_STREAM_PREMATURE_CLOSE' || code === 'ECONNRESET' || code === 'EPIPE';
}

async function fileAt(path: string): Promise<Stats | null> {
	try {
		const stats = await stat(path);
		return stats.isFile() ? stats : null;
	} catch (error) {
		if (isMissing(error)) return null;
		throw error;
	}
}

type Located = { file: string; stats: Stats } | { redirect: string } | null;

/**
 * Maps a path below the base to a file the way adapter-static lays pages out (x.html, x/index.html).
 * Redirects mirror SvelteKit's trailing-slash rule, because relative asset URLs in a page only resolve
 * from the URL it was prerendered for.
 */
async function locate(root: string, rel: string): Promise<Located> {
	const found = async (path: string): Promise<Located> => {
		const stats = await fileAt(path);
		return stats ? { file: path, stats } : null;
	};
	if (rel.endsWith('/')) {
		const index = await found(join(root, rel, 'index.html'));
		if (index) return index;
		const bare = rel.slice(0, -1);
		if (rel !== '/' && (await fileAt(join(root, `${bare}.html`)))) return { redirect: bare };
		return null;
	}
	const exact = (await found(join(root, rel))) ?? (await found(join(root, `${rel}.html`)));
	if (exact) return exact;
	if (await fileAt(join(root, rel, 'index.html'))) return { redirect: `${rel}/` };
	return null;
}

/** The file's real path (symlinks followed) is inside the folder and has no dot segment in it. */
async function insideRoot(root: string, file: string): Promise<boolean> {
	let real: string;
	try {
		real = await realpath(file);
	} catch (error) {
		if (isMissing(error)) return false;
		throw error;
	}
	return real.startsWith(root + sep) && !isHidden(real.slice(root.length));
}

/** Compressed copies of files the build did not precompress (csv, txt, map), reused until the file changes. */
class GzipCache {
	private entries = new Map<string, { key: string; size: number; data: Promise<Buffer> }>();
	private total = 0;

	get(path: string, stats: Stats): Promise<Buffer> {
		const key = `${stats.size}-${stats.mtimeMs}`;
		const hit = this.entries.get(path);
		if (hit) this.remove(path);
		if (hit?.key === key) {
			// Re-inserting keeps the Map's insertion order usable as least-recently-used order.
			this.entries.set(path, hit);
			this.total += hit.size;
			return hit.data;
		}
		const data = readFile(path).then((raw) => gzipAsync(raw, { level: 9 }));
		data.catch(() => this.remove(path));
		this.entries.set(path, { key, size: stats.size, data });
		this.total += stats.size;
		for (const oldest of this.entries.keys()) {
			if (this.total <= CACHE_MAX_TOTAL_BYTES || oldest === path) break;
			this.remove(oldest);
		}
		return data;
	}

	private remove(path: string): void {
		const entry = this.entries.get(path);
		if (!entry) return;
		this.entries.delete(path);
		this.total -= entry.size;
	}
}

type Body =
	| { kind: 'file'; encoding: Encoding | null; path: string; size: number }
	| { kind: 'buffer'; encoding: 'gzip'; data: Buffer }
	| { kind: 'stream'; encoding: 'gzip'; path: string };

async function chooseBody(
	req: IncomingMessage,
	root: string,
	file: string,
	stats: Stats,
	cache: GzipCache
): Promise<Body> {
	const accepted = acceptedEncodings(req.headers['accept-encoding']);
	for (const encoding of ['br', 'gzip'] as const) {
		if (!accepted.has(encoding)) continue;
		const variant = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
		const variantStats = await fileAt(variant);
		// Checked like the file itself: a variant may be a symlink out of the folder even when the file is not.
		if (variantStats && (await insideRoot(root, variant)))
			return { kind: 'file', encoding, path: variant, size: variantStats.size };
	}
	if (accepted.has('gzip') && isCompressible(file) && stats.size > COMPRESS_MIN_BYTES) {
		if (stats.size > CACHE_MAX_FILE_BYTES) return { kind: 'stream', encoding: 'gzip', path: file };
		return { kind: 'buffer', encoding: 'gzip', data: await cache.get(file, stats) };
	}
	return { kind: 'file', encoding: null, path: file, size: stats.size };
}

function sendText(
	req: IncomingMessage,
	res: ServerResponse,
	status: number,
	text: string,
	extra: OutgoingHttpHeaders = {}
): void {
	const body = Buffer.from(`${text}\n`);
	res.writeHead(status, {
		...COMMON_HEADERS,
		'Content-Type': 'text/plain; charset=utf-8',
		'Content-Length': body.length,
		'Cache-Control': 'no-cache',
		...extra
	});
	res.end(req.method === 'HEAD' ? undefined : body);
}

async function sendFile(
	req: IncomingMessage,
	res: ServerResponse,
	root: string,
	file: string,
	stats: Stats,
	status: 200 | 404,
	immutable: boolean,
	cache: GzipCache
): Promise<void> {
	const body = await chooseBody(req, root, file, stats, cache);
	const etag = entityTag(stats.size, stats.mtimeMs, body.encoding);
	const headers: OutgoingHttpHeaders = {
		...COMMON_HEADERS,
		'Cache-Control': immutable ? IMMUTABLE_CACHE : 'no-cache',
		ETag: etag,
		'Last-Modified': stats.mtime.toUTCString()
	};
	if (status === 200) {
		const ifNoneMatch = req.headers['if-none-match'];
		const ifModifiedSince = req.headers['if-modified-since'];
		const fresh = ifNoneMatch
			? matchesIfNoneMatch(ifNoneMatch, etag)
			: ifModifiedSince !== undefined && notModifiedSince(ifModifiedSince, stats.mtimeMs);
		if (fresh) {
			res.writeHead(304, headers);
			res.end();
			return;
		}
	}
	headers['Content-Type'] = contentType(file);
	if (body.encoding) headers['Content-Encoding'] = body.encoding;
	if (body.kind === 'file') headers['Content-Length'] = body.size;
	if (body.kind === 'buffer') headers['Content-Length'] = body.data.length;
	res.writeHead(status, headers);
	if (req.method === 'HEAD') {
		res.end();
	} else if (body.kind === 'buffer') {
		res.end(body.data);
	} else if (body.kind === 'stream') {
		await pipeline(createReadStream(body.path), createGzip(), res);
	} else {
		await pipeline(createReadStream(body.path), res);
	}
}

async function handle(
	req: IncomingMessage,
	res: ServerResponse,
	root: string,
	base: string,
	cache: GzipCache
): Promise<void> {
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		sendText(req, res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
		return;
	}
	const decoded = decodePath(req.url ?? '/');
	if (!decoded) {
		sendText(req, res, 400, 'Bad request');
		return;
	}
	const { path, query } = decoded;
	const redirect = (to: string) => {
		// Collapsing leading slashes keeps a path like //evil.example from becoming an off-site Location.
		const location = encodeURI(to).replace(/^\/+/, '/').replace(/[?#]/g, encodeURIComponent) + query;
		sendText(req, res, 308, `Redirecting to ${location}`, { Location: location });
	};
	// The not-found page of the address's first folder when it has one (fr/404.html: the site's
	// pages in each language are prerendered with their own), else the site's 404.html.
	const notFound = async (rel = '') => {
		const folder = rel.split('/')[1] ?? '';
		for (const page of [...(folder ? [join(root, folder, '404.html')] : []), join(root, '404.html')]) {
			const stats = await fileAt(page);
			if (stats && (await insideRoot(root, page))) return sendFile(req, res, root, page, stats, 404, false, cache);
		}
		sendText(req, res, 404, 'Not found');
	};

	// SvelteKit's root page under a base is `${base}/`, never `${base}`.
	if (base && path === base) return redirect(`${base}/`);
	if (base && !path.startsWith(`${base}/`)) return notFound();
	const rel = path.slice(base.length);
	if (isHidden(rel)) return notFound();

	const located = await locate(root, rel);
	if (located && 'redirect' in located) return redirect(base + located.redirect);
	if (!located) {
		// Pages are written in lower case (/states/fra); a link or a reader typing /states/FRA means it.
		const lower = rel.toLowerCase();
		if (lower !== rel && (await locate(root, lower))) return redirect(base + lower);
		return notFound(rel);
	}
	if (!(await insideRoot(root, located.file))) return notFound(rel);
	await sendFile(req, res, root, located.file, located.stats, 200, rel.startsWith(IMMUTABLE_PATH), cache);
}

export function createStaticServer(options: StaticServerOptions): Server {
	const base = normaliseBase(options.base ?? '');
	const root = resolveRoot(options.dir);
	const cache = new GzipCache();
	const onError = options.onError ?? ((line: string) => process.stderr.write(`${line}\n`));
	const idle = options.idleTimeoutMs ?? IDLE_TIMEOUT_MS;
	const server = createServer({ connectionsCheckingInterval: Math.min(30_000, idle) }, (req, res) => {
		const started = performance.now();
		if (options.log) {
			const log = options.log;
			res.on('finish', () => {
				log(`${req.method} ${req.url} ${res.statusCode} ${(performance.now() - started).toFixed(1)}ms`);
			});
		}
		handle(req, res, root, base, cache).catch((error: unknown) => {
			if (!isAbort(error)) {
				const message = error instanceof Error ? error.message : String(error);
				onError(`serve: ${req.method} ${req.url}: ${message}`);
			}
			if (!res.headersSent) sendText(req, res, 500, 'Internal server error');
			else res.destroy();
		});
	});
	// Without a listener, a socket idle this long is destroyed, the open file stream with it.
	server.setTimeout(idle);
	// A request's headers and the whole request (these servers read no body) get the same bound;
	// Node checks both every connectionsCheckingInterval (set above).
	server.headersTimeout = Math.min(server.headersTimeout, idle);
	server.requestTimeout = Math.max(server.headersTimeout, Math.min(server.requestTimeout, idle));
	return server;
}
