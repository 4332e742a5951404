/**
 * The production server's rules (scripts/lib/static-server.ts), checked over real HTTP against a tiny
 * build-shaped folder, because a wrong header or a path escape only shows up on the wire.
 */
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../scripts/lib/static-server';

interface Reply {
	status: number;
	headers: IncomingHttpHeaders;
	body: Buffer;
}

// Raw http.request, not fetch: fetch normalises '..' out of URLs and decompresses bodies,
// hiding both things tested here.
function send(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
	return new Promise((resolve, reject) => {
		const req = request({ host: '127.0.0.1', port, path, method, headers, agent: false }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
			res.on('error', reject);
		});
		req.on('error', reject);
		req.end();
	});
}

async function listen(server: Server): Promise<number> {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return (server.address() as AddressInfo).port;
}

function close(server: Server): Promise<void> {
	server.closeAllConnections();
	return new Promise((resolve) => server.close(() => resolve()));
}

const INDEX = `<!doctype html><html><body><h1>Home</h1>${'<p>filler</p>'.repeat(200)}</body></html>`;
const APP_JS = `export const answer = 42;\n${'// padding so it is worth compressing\n'.repeat(100)}`;
const CSV = `country,year\n${'FRA,2009\n'.repeat(500)}`;
const PARQUET = Buffer.concat([Buffer.from('PAR1'), Buffer.alloc(4096, 7), Buffer.from('PAR1')]);
const WASM = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
const SECRET = 'top secret, outside the build folder';

let tmp: string;
let build: string;

function write(path: string, content: string | Buffer): void {
	mkdirSync(join(path, '..'), { recursive: true });
	writeFileSync(path, content);
}

beforeAll(() => {
	tmp = mkdtempSync(join(tmpdir(), 'static-server-'));
	build = join(tmp, 'build');
	write(join(tmp, 'secret.txt'), SECRET);
	write(join(build, 'index.html'), INDEX);
	write(join(build, 'index.html.br'), brotliCompressSync(INDEX));
	write(join(build, 'index.html.gz'), gzipSync(INDEX));
	write(join(build, 'about.html'), '<!doctype html><title>About</title>');
	write(join(build, 'guide', 'index.html'), '<!doctype html><title>Guide</title>');
	write(join(build, '404.html'), '<!doctype html><title>Not here</title>');
	write(join(build, 'fr', '404.html'), '<!doctype html><title>Introuvable</title>');
	write(join(build, 'fr', 'about.html'), '<!doctype html><title>À propos</title>');
	write(join(build, 'states', 'fra.html'), '<!doctype html><title>France</title>');
	write(join(build, '_app', 'immutable', 'assets', 'app-abc123.js'), APP_JS);
	write(join(build, '_app', 'version.json'), '{"version":"1"}');
	write(join(build, 'data', 'x.parquet'), PARQUET);
	write(join(build, 'data', 'x.csv'), CSV);
	write(join(build, 'duckdb', 'duckdb-eh.wasm'), WASM);
	symlinkSync(join(tmp, 'secret.txt'), join(build, 'link.txt'));
	// Files a build never has but a careless copy to a host may bring (issue #19: /.git/config answered 200).
	write(join(build, '.git', 'config'), SECRET);
	write(join(build, '.env'), SECRET);
	write(join(build, 'data', '.hidden.csv'), SECRET);
	write(join(build, '.well-known', 'security.txt'), 'Contact: mailto:fixture@example.invalid');
	// A page whose precompressed variants link out of the folder: the page itself is inside.
	write(join(build, 'leak.html'), '<!doctype html><title>Leak</title>');
	symlinkSync(join(tmp, 'secret.txt'), join(build, 'leak.html.br'));
	symlinkSync(join(tmp, 'secret.txt'), join(build, 'leak.html.gz'));
});

afterAll(() => {
	rmSync(tmp, { recursive: true, force: true });
});

describe('static server at the root', () => {
	let server: Server;
	let port: number;
	const get = (path: string, headers?: Record<string, string>, method?: string) => send(port, path, headers, method);

	beforeAll(async () => {
		server = createStaticServer({ dir: build, onError: () => {} });
		port = await listen(server);
	});
	afterAll(() => close(server));

	it('serves the brotli file when br is accepted', async () => {
		const reply = await get('/', { 'Accept-Encoding': 'gzip, deflate, br' });
		expect(reply.status).toBe(200);
		expect(reply.headers['content-encoding']).toBe('br');
		expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
		expect(reply.headers.vary).toBe('Accept-Encoding');
		expect(brotliDecompressSync(reply.body).toString()).toBe(INDEX);
	});

	it('serves the gzip file when only gzip is accepted', async () => {
		for (const accept of ['gzip', 'br;q=0, gzip']) {
			const reply = await get('/index.html', { 'Accept-Encoding': accept });
			expect(reply.headers['content-encoding']).toBe('gzip');
			expect(gunzipSync(reply.body).toString()).toBe(INDEX);
		}
	});

	it('serves the file as is when no encoding is accepted', async () => {
		const reply = await get('/');
		expect(reply.status).toBe(200);
		expect(reply.headers['content-encoding']).toBeUndefined();
		expect(reply.headers.vary).toBe('Accept-Encoding');
		expect(reply.body.toString()).toBe(INDEX);
	});

	it('gzips compressible files without a precompressed copy, and the same bytes each time', async () => {
		const first = await get('/data/x.csv', { 'Accept-Encoding': 'br, gzip' });
		expect(first.headers['content-encoding']).toBe('gzip');
		expect(first.headers['content-type']).toBe('text/csv; charset=utf-8');
		expect(Number(first.headers['content-length'])).toBe(first.body.length);
		expect(gunzipSync(first.body).toString()).toBe(CSV);
		const second = await get('/data/x.csv', { 'Accept-Encoding': 'gzip' });
		expect(second.body.equals(first.body)).toBe(true);
	});

	it('serves parquet and wasm uncompressed with their own content types', async () => {
		const parquet = await get('/data/x.parquet', { 'Accept-Encoding': 'br, gzip' });
		expect(parquet.headers['content-type']).toBe('application/vnd.apache.parquet');
		expect(parquet.headers['content-encoding']).toBeUndefined();
		expect(parquet.body.equals(PARQUET)).toBe(true);
		const wasm = await get('/duckdb/duckdb-eh.wasm');
		expect(wasm.headers['content-type']).toBe('application/wasm');
		expect(wasm.body.equals(WASM)).toBe(true);
	});

	it('marks only files under _app/immutable as immutable', async () => {
		const asset = await get('/_app/immutable/assets/app-abc123.js');
		expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
		for (const path of ['/', '/_app/version.json', '/data/x.parquet']) {
			expect((await get(path)).headers['cache-control'], path).toBe('no-cache');
		}
	});

	it('revalidates other files with ETag and Last-Modified, answering 304', async () => {
		const first = await get('/_app/version.json');
		const etag = first.headers.etag;
		expect(etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
		expect(first.headers['last-modified']).toBeTruthy();
		const again = await get('/_app/version.json', { 'If-None-Match': etag ?? '' });
		expect(again.status).toBe(304);
		expect(again.body.length).toBe(0);
		expect(again.headers.etag).toBe(etag);
		const changed = await get('/_app/version.json', { 'If-None-Match': '"other"' });
		expect(changed.status).toBe(200);
		const since = await get('/_app/version.json', { 'If-Modified-Since': first.headers['last-modified'] ?? '' });
		expect(since.status).toBe(304);
	});

	it('gives each encoding of a file its own ETag', async () => {
		const br = await get('/', { 'Accept-Encoding': 'br' });
		const plain = await get('/');
		expect(br.headers.etag).not.toBe(plain.headers.etag);
		expect((await get('/', { 'If-None-Match': plain.headers.etag ?? '', 'Accept-Encoding': 'br' })).status).toBe(200);
	});

	it('sends the security headers on every response', async () => {
		for (const path of ['/', '/missing', '/../x']) {
			const reply = await get(path);
			expect(reply.headers['x-content-type-options'], path).toBe('nosniff');
			expect(reply.headers['referrer-policy'], path).toBe('no-referrer');
			expect(reply.headers['cross-origin-opener-policy'], path).toBe('same-origin');
			// Only frame-ancestors: the page's own policy is its <meta> tag, which cannot say this one.
			expect(reply.headers['content-security-policy'], path).toBe("frame-ancestors 'none'");
			expect(reply.headers['x-frame-options'], path).toBe('DENY');
		}
	});

	it('never serves a dotfile, however the path is written', async () => {
		for (const path of [
			'/.git/config',
			'/.git/',
			'/.git',
			'/%2egit/config',
			'/.env',
			'/data/.hidden.csv',
			'/data/.hidden'
		]) {
			const reply = await get(path);
			expect(reply.status, path).toBe(404);
			expect(reply.body.toString(), path).not.toContain(SECRET);
		}
		const wellKnown = await get('/.well-known/security.txt');
		expect(wellKnown.status).toBe(200);
		expect(wellKnown.body.toString()).toContain('Contact:');
	});

	it('never serves a precompressed variant that links out of the folder', async () => {
		for (const accept of ['br', 'gzip', 'br, gzip']) {
			const reply = await get('/leak.html', { 'Accept-Encoding': accept });
			expect(reply.body.toString(), accept).not.toContain(SECRET);
			expect(reply.status, accept).toBe(200);
			expect(reply.headers['content-encoding'], accept).toBeUndefined();
			expect(reply.body.toString(), accept).toContain('Leak');
		}
	});

	it('resolves extensionless pages and redirects to the canonical trailing slash', async () => {
		expect((await get('/about')).body.toString()).toContain('About');
		expect((await get('/guide/')).body.toString()).toContain('Guide');
		const toSlash = await get('/guide?lang=fr');
		expect(toSlash.status).toBe(308);
		expect(toSlash.headers.location).toBe('/guide/?lang=fr');
		const toBare = await get('/about/');
		expect(toBare.status).toBe(308);
		expect(toBare.headers.location).toBe('/about');
	});

	it('answers unknown paths with the 404 page', async () => {
		for (const path of ['/missing', '/data/missing.parquet', '/_app/immutable/nope.js', '/about.html/x']) {
			const reply = await get(path);
			expect(reply.status, path).toBe(404);
			expect(reply.body.toString(), path).toContain('Not here');
			expect(reply.headers['cache-control'], path).toBe('no-cache');
		}
	});

	it('answers unknown paths under a language prefix with that language’s 404 page', async () => {
		for (const path of ['/fr/missing', '/fr/states/xyz', '/fr/']) {
			const reply = await get(path);
			expect(reply.status, path).toBe(404);
			expect(reply.body.toString(), path).toContain('Introuvable');
		}
		// A folder without its own 404 page falls back to the site's.
		expect((await get('/states/xyz')).body.toString()).toContain('Not here');
	});

	it('redirects an address that differs from a page only by capitals to that page', async () => {
		for (const [path, to] of [
			['/states/FRA', '/states/fra'],
			['/States/Fra?as_of=2016-01-01', '/states/fra?as_of=2016-01-01'],
			['/FR/About', '/fr/about']
		] as const) {
			const reply = await get(path);
			expect(reply.status, path).toBe(308);
			expect(reply.headers.location, path).toBe(to);
		}
		// No page by that name in any case: not found, not redirected.
		expect((await get('/states/XYZ')).status).toBe(404);
		expect((await get('/_app/immutable/assets/APP-ABC123.JS')).status).toBe(308);
	});

	it('never serves a file outside the folder', async () => {
		const attempts = [
			'/../secret.txt',
			'/%2e%2e/secret.txt',
			'/%2E%2E%2Fsecret.txt',
			'/..%2fsecret.txt',
			'/data/../../secret.txt',
			'/..%5csecret.txt',
			'/%252e%252e/secret.txt',
			'/secret.txt%00.html',
			'/link.txt',
			'/%',
			`http://127.0.0.1/../secret.txt`
		];
		for (const path of attempts) {
			const reply = await get(path);
			expect([400, 404], path).toContain(reply.status);
			expect(reply.body.toString(), path).not.toContain(SECRET);
		}
	});

	it('answers HEAD with headers but no body', async () => {
		const head = await get('/', { 'Accept-Encoding': 'br' }, 'HEAD');
		expect(head.status).toBe(200);
		expect(head.body.length).toBe(0);
		expect(head.headers['content-encoding']).toBe('br');
		expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
	});

	it('refuses other methods', async () => {
		for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
			const reply = await get('/', {}, method);
			expect(reply.status, method).toBe(405);
			expect(reply.headers.allow).toBe('GET, HEAD');
		}
	});
});

describe('static server under a base path', () => {
	let server: Server;
	let port: number;
	const get = (path: string, headers?: Record<string, string>) => send(port, path, headers);

	beforeAll(async () => {
		server = createStaticServer({ dir: build, base: '/ccm/', onError: () => {} });
		port = await listen(server);
	});
	afterAll(() => close(server));

	it('serves the folder under the prefix', async () => {
		const home = await get('/ccm/', { 'Accept-Encoding': 'br' });
		expect(home.status).toBe(200);
		expect(brotliDecompressSync(home.body).toString()).toBe(INDEX);
		expect((await get('/ccm/about')).body.toString()).toContain('About');
		const asset = await get('/ccm/_app/immutable/assets/app-abc123.js');
		expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
	});

	it('redirects the bare prefix to its root page', async () => {
		const reply = await get('/ccm');
		expect(reply.status).toBe(308);
		expect(reply.headers.location).toBe('/ccm/');
	});

	it('redirects capitals below the prefix, keeping the prefix as it is', async () => {
		const reply = await get('/ccm/states/FRA');
		expect(reply.status).toBe(308);
		expect(reply.headers.location).toBe('/ccm/states/fra');
		expect((await get('/ccm/fr/nope')).body.toString()).toContain('Introuvable');
	});

	it('answers 404 outside the prefix', async () => {
		for (const path of ['/', '/about', '/_app/immutable/assets/app-abc123.js', '/ccmx/', '/ccm/../ccm/']) {
			expect([400, 404], path).toContain((await get(path)).status);
		}
	});
});

describe('static server without a 404 page', () => {
	it('answers 404 in plain text', async () => {
		const bare = join(tmp, 'bare');
		write(join(bare, 'index.html'), 'home');
		const server = createStaticServer({ dir: bare });
		try {
			const reply = await send(await listen(server), '/missing');
			expect(reply.status).toBe(404);
			expect(reply.headers['content-type']).toBe('text/plain; charset=utf-8');
		} finally {
			await close(server);
		}
	});

	it('refuses a missing folder with a clear error', () => {
		expect(() => createStaticServer({ dir: join(tmp, 'nope') })).toThrow(/not found/);
		expect(() => createStaticServer({ dir: tmp, base: '/../x' })).toThrow(/invalid base/);
	});
});

describe('static server and a client that stops reading', () => {
	it('closes the connection after the idle time instead of holding it for ever', async () => {
		const dir = join(tmp, 'slow');
		// Far more than the socket buffers hold, so the server is left waiting for the reader.
		write(join(dir, 'big.parquet'), Buffer.alloc(64 * 1024 * 1024, 1));
		const server = createStaticServer({ dir, idleTimeoutMs: 500 });
		const port = await listen(server);
		const connections = () => new Promise<number>((r) => server.getConnections((_, n) => r(n)));
		const socket = connect(port, '127.0.0.1');
		let closed = false;
		socket.on('close', () => (closed = true));
		socket.on('error', () => {});
		try {
			await new Promise<void>((r) => socket.once('connect', () => r()));
			socket.write('GET /big.parquet HTTP/1.1\r\nHost: x\r\n\r\n');
			// Read nothing: the reply fills the buffers and the server's writes stall.
			socket.pause();
			await new Promise((r) => setTimeout(r, 300));
			expect(await connections()).toBe(1);
			const deadline = Date.now() + 5000;
			while (Date.now() < deadline && (await connections()) > 0) await new Promise((r) => setTimeout(r, 100));
			expect(await connections()).toBe(0);
			socket.resume();
			await new Promise((r) => setTimeout(r, 200));
			expect(closed).toBe(true);
		} finally {
			socket.destroy();
			await close(server);
		}
	}, 15_000);
});
