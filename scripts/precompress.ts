/**
 * Writes .br and .gz next to every compressible file of the build, as the static server and
 * DEPLOY.md expect. Brotli at its best quality takes about 90 s on the 33 MiB DuckDB wasm, which
 * never changes between builds, so results are cached by content hash in node_modules/.cache.
 * Pages are many (every State in six languages) and small: they get brotli quality 9, which on a
 * 30 KB page is within about 3% of the best size at a tenth of the time. Work runs in zlib's
 * thread pool, a few files at a time.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { isCompressible } from './lib/content-types';

const dir = process.argv[2] ?? 'build';
const cacheDir = path.resolve('node_modules/.cache/ccm-precompress');
fs.mkdirSync(cacheDir, { recursive: true });

function* files(d: string): Generator<string> {
	for (const e of fs.readdirSync(d, { withFileTypes: true })) {
		const p = path.join(d, e.name);
		if (e.isDirectory()) yield* files(p);
		else if (!/\.(br|gz)$/.test(e.name)) yield p;
	}
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const LARGE = 1 << 20;

async function compressed(buf: Buffer, kind: 'br' | 'gz'): Promise<Buffer> {
	const key = path.join(cacheDir, `${createHash('sha256').update(buf).digest('hex')}.${kind}`);
	if (fs.existsSync(key)) return fs.readFileSync(key);
	const out =
		kind === 'br'
			? await brotli(buf, {
					params: {
						[zlib.constants.BROTLI_PARAM_QUALITY]: buf.length >= LARGE ? zlib.constants.BROTLI_MAX_QUALITY : 9,
						[zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
						[zlib.constants.BROTLI_PARAM_LGWIN]: 24
					}
				})
			: await gzip(buf, { level: 9 });
	fs.writeFileSync(key, out);
	return out;
}

let count = 0;
let raw = 0;
let br = 0;
const started = Date.now();
async function one(file: string): Promise<void> {
	const buf = fs.readFileSync(file);
	if (buf.length < 1024) return;
	const [b, g] = await Promise.all([compressed(buf, 'br'), compressed(buf, 'gz')]);
	fs.writeFileSync(`${file}.br`, b);
	fs.writeFileSync(`${file}.gz`, g);
	count++;
	raw += buf.length;
	br += b.length;
}
const queue = [...files(dir)].filter(isCompressible);
await Promise.all(
	Array.from({ length: 4 }, async () => {
		for (let file = queue.pop(); file; file = queue.pop()) await one(file);
	})
);
process.stderr.write(
	`precompress: ${count} files, ${(raw / 1048576).toFixed(1)} MiB -> ${(br / 1048576).toFixed(1)} MiB brotli in ${((Date.now() - started) / 1000).toFixed(1)} s\n`
);
