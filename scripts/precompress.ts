/**
 * Writes .br and .gz next to every compressible file of the build, as the static server and
 * DEPLOY.md expect. Results are cached by content hash (and settings), so a rebuild compresses only
 * files whose content changed: building the same inputs again writes the same pages (scripts/build.ts
 * names SvelteKit's version after them), and the 33 MiB DuckDB wasm, whose brotli at best quality
 * takes about 90 s, never changes between builds. The cache is the user's (XDG_CACHE_HOME, else
 * ~/.cache), not node_modules, so a fresh clone or `npm ci` finds it warm like npm's own cache;
 * content-addressed, it can never hand a file another file's bytes.
 * Pages are many (every State in six languages) and small: brotli quality 6, which on our pages is
 * within about 1% of quality 9's size in a fifteenth of the time (measured on six built pages). Work
 * runs in zlib's thread pool, several files at a time.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { isCompressible } from './lib/content-types';

const dir = process.argv[2] ?? 'build';
const cacheDir = path.join(
	process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'),
	'ccm-dashboard',
	'precompress'
);
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

let compressedNow = 0;

/** The compressed file in the cache, made if missing; its name says the content and the settings. */
async function cached(buf: Buffer, hash: string, kind: 'br' | 'gz'): Promise<{ file: string; bytes: number }> {
	const quality = buf.length >= LARGE ? zlib.constants.BROTLI_MAX_QUALITY : 6;
	const file = path.join(cacheDir, kind === 'br' ? `${hash}.q${quality}.br` : `${hash}.9.gz`);
	const st = fs.statSync(file, { throwIfNoEntry: false });
	if (st) return { file, bytes: st.size };
	const out =
		kind === 'br'
			? await brotli(buf, {
					params: {
						[zlib.constants.BROTLI_PARAM_QUALITY]: quality,
						[zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
						[zlib.constants.BROTLI_PARAM_LGWIN]: 24
					}
				})
			: await gzip(buf, { level: 9 });
	// Whole or absent: another build may read the cache at the same time.
	const tmp = `${file}.${process.pid}.tmp`;
	fs.writeFileSync(tmp, out);
	fs.renameSync(tmp, file);
	compressedNow++;
	return { file, bytes: out.length };
}

let count = 0;
let raw = 0;
let br = 0;
const started = Date.now();
async function one(file: string): Promise<void> {
	const buf = fs.readFileSync(file);
	if (buf.length < 1024) return;
	const hash = createHash('sha256').update(buf).digest('hex');
	const [b, g] = await Promise.all([cached(buf, hash, 'br'), cached(buf, hash, 'gz')]);
	fs.copyFileSync(b.file, `${file}.br`);
	fs.copyFileSync(g.file, `${file}.gz`);
	count++;
	raw += buf.length;
	br += b.bytes;
}
const queue = [...files(dir)].filter(isCompressible);
await Promise.all(
	Array.from({ length: 2 * os.availableParallelism() }, async () => {
		for (let file = queue.pop(); file; file = queue.pop()) await one(file);
	})
);
process.stderr.write(
	`precompress: ${count} files, ${(raw / 1048576).toFixed(1)} MiB -> ${(br / 1048576).toFixed(1)} MiB brotli in ${((Date.now() - started) / 1000).toFixed(1)} s (${compressedNow} compressed now, the rest from the cache)\n`
);
