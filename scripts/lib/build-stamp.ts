/**
 * Whether the build folder still answers its inputs: a hash of everything a build reads (sources,
 * static files and the ingested data, the import sources, the configs, the lockfile) and of the
 * settings that change its output (BASE_PATH, BUILD_DIR), kept in a stamp file after a build
 * succeeded. `npm start` skips the build when the stamp matches; any change, or a build that failed
 * half-way (the stamp is removed before building), means building again.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../../src/lib/server/write-file-atomic';

/** What a build reads. A missing entry (a partial copy of the project) hashes as missing. */
const INPUTS = [
	'src',
	'static',
	'data',
	'scripts',
	'package.json',
	'package-lock.json',
	'svelte.config.js',
	'vite.config.ts',
	'tsconfig.json'
];

function* walk(root: string, rel: string): Generator<string> {
	const abs = path.join(root, rel);
	const st = fs.statSync(abs, { throwIfNoEntry: false });
	if (!st) return;
	if (st.isDirectory()) {
		for (const e of fs.readdirSync(abs).sort()) if (e !== 'node_modules') yield* walk(root, path.join(rel, e));
	} else if (st.isFile()) yield rel;
}

export function inputsHash(root = '.', env: NodeJS.ProcessEnv = process.env): string {
	const h = createHash('sha256');
	h.update(`BASE_PATH=${env.BASE_PATH ?? ''}\0BUILD_DIR=${env.BUILD_DIR ?? ''}\0`);
	for (const top of INPUTS)
		for (const rel of walk(root, top)) {
			h.update(`${rel.split(path.sep).join('/')}\0`);
			h.update(
				createHash('sha256')
					.update(fs.readFileSync(path.join(root, rel)))
					.digest()
			);
		}
	return h.digest('hex');
}

export interface Stamp {
	inputs: string;
	dir: string;
}

/** Next to SvelteKit's own output (.svelte-kit), not in the served folder. */
export function stampFile(root = '.', env: NodeJS.ProcessEnv = process.env): string {
	return path.join(root, env.SVELTEKIT_OUT_DIR || '.svelte-kit', 'ccm-build-stamp.json');
}

export function readStamp(file: string): Stamp | null {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8')) as Stamp;
	} catch {
		return null;
	}
}

/** True when `dir` was built, completely, from exactly these inputs. */
export function isFresh(root: string, dir: string, inputs: string, env: NodeJS.ProcessEnv = process.env): boolean {
	const s = readStamp(stampFile(root, env));
	return s !== null && s.inputs === inputs && s.dir === dir && fs.existsSync(path.join(root, dir, 'index.html'));
}

export function clearStamp(root = '.', env: NodeJS.ProcessEnv = process.env): void {
	fs.rmSync(stampFile(root, env), { force: true });
}

export function writeStamp(root: string, stamp: Stamp, env: NodeJS.ProcessEnv = process.env): void {
	const file = stampFile(root, env);
	fs.mkdirSync(path.dirname(file), { recursive: true });
	writeFileAtomic(file, JSON.stringify(stamp));
}
