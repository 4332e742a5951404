/**
 * Writes .br and .gz next to every compressible file of the build, as the static server and
 * DEPLOY.md expect. Brotli at its best quality takes about 90 s on the 33 MiB DuckDB wasm, which
 * never changes between builds, so results are cached by content hash in node_modules/.cache.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
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

function compressed(buf: Buffer, kind: 'br' | 'gz'): Buffer {
	const key = path.join(cacheDir, `${createHash('sha256').update(buf).digest('hex')}.${kind}`);
	if (fs.existsSync(key)) return fs.readFileSync(key);
	const out =
		kind === 'br'
			? zlib.brotliCompressSync(buf, {
					params: {
						[zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
						[zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
						[zlib.constants.BROTLI_PARAM_LGWIN]: 24
					}
				})
			: zlib.gzipSync(buf, { level: 9 });
	fs.writeFileSync(key, out);
	return out;
}

let count = 0;
let raw = 0;
let br = 0;
const started = Date.now();
for (const file of files(dir)) {
	if (!isCompressible(file)) continue;
	const buf = fs.readFileSync(file);
	if (buf.length < 1024) continue;
	const b = compressed(buf, 'br');
	fs.writeFileSync(`${file}.br`, b);
	fs.writeFileSync(`${file}.gz`, compressed(buf, 'gz'));
	count++;
	raw += buf.length;
	br += b.length;
}
process.stderr.write(
	`precompress: ${count} files, ${(raw / 1048576).toFixed(1)} MiB -> ${(br / 1048576).toFixed(1)} MiB brotli in ${((Date.now() - started) / 1000).toFixed(1)} s\n`
);
