/**
 * Replacing an output folder without ever leaving it half-written: build the new content in a
 * sibling folder, then move its files over the old ones, manifest.json last. Renaming a file over
 * another is atomic, so a reader of any one file (the manifest above all) always finds it whole,
 * the previous version or the next; renaming the folders themselves would leave a moment with no
 * folder at all. A lock file keeps two ingests from interleaving.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserDataError } from './cli';

function alive(pid: number) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		// EPERM: the process exists but belongs to someone else.
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Creates `dir` and its missing parents one level at a time. `mkdirSync(..., { recursive: true })`
 * spins forever on a path it cannot create under /proc (Node 20), so it is not used for a folder
 * the user names; a folder that cannot be made is a one-line error.
 */
export function makeDir(dir: string) {
	const target = path.resolve(dir);
	const missing: string[] = [];
	for (let d = target; !fs.existsSync(d); d = path.dirname(d)) {
		missing.unshift(d);
		if (path.dirname(d) === d) break;
	}
	for (const d of missing) {
		try {
			fs.mkdirSync(d);
		} catch (e) {
			const code = (e as NodeJS.ErrnoException).code;
			if (code === 'EEXIST' && fs.statSync(d).isDirectory()) continue;
			throw new UserDataError(`cannot create the folder ${d} (${code ?? String(e)}) for ${dir}`);
		}
	}
	if (!fs.statSync(target).isDirectory()) throw new UserDataError(`${dir} is a file, not a folder`);
}

/**
 * Moves every file of the complete new version `ready` over its namesake in `target`, manifest.json
 * last (so a reader that finds the new manifest finds the files it lists), then removes the files
 * the new version no longer has, and `ready` itself.
 */
function commit(ready: string, target: string) {
	const files = fs.readdirSync(ready);
	const order = [...files.filter((f) => f !== 'manifest.json'), ...files.filter((f) => f === 'manifest.json')];
	for (const f of order) {
		const to = path.join(target, f);
		// Renaming a folder over a folder fails unless it is empty; the outputs hold files only.
		if (fs.existsSync(to) && fs.statSync(to).isDirectory()) fs.rmSync(to, { recursive: true, force: true });
		fs.renameSync(path.join(ready, f), to);
	}
	const keep = new Set(files);
	for (const f of fs.readdirSync(target))
		if (!keep.has(f)) fs.rmSync(path.join(target, f), { recursive: true, force: true });
	fs.rmdirSync(ready);
}

/**
 * Cleans up after an ingest that was killed (the caller holds the lock): a folder it was filling
 * is removed; a complete new version it was moving in is moved in; and the previous output that
 * an older version of this code moved aside (`.old-`) is put back.
 */
function recover(target: string) {
	const parent = path.dirname(target);
	if (!fs.existsSync(parent)) return;
	const base = path.basename(target);
	const left = fs
		.readdirSync(parent)
		.map((f) => ({ f, m: /^\.(new|old|ready)-(\d+)$/.exec(f.slice(base.length)) }))
		.filter(({ f, m }) => f.startsWith(base) && m && Number(m[2]) !== process.pid && !alive(Number(m[2])));
	for (const { f, m } of left) {
		const p = path.join(parent, f);
		if (m![1] === 'old' && !fs.existsSync(target)) fs.renameSync(p, target);
		else if (m![1] === 'ready') {
			if (fs.existsSync(target)) commit(p, target);
			else fs.renameSync(p, target);
		} else fs.rmSync(p, { recursive: true, force: true });
	}
}

/** Runs `work` holding `<dir>.lock`; a lock left by a dead process is taken over. */
export async function withLock<T>(dir: string, work: () => Promise<T>): Promise<T> {
	const lock = `${path.resolve(dir)}.lock`;
	makeDir(path.dirname(lock));
	for (let attempt = 0; ; attempt++) {
		try {
			fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
			break;
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
			const holder = Number(fs.readFileSync(lock, 'utf8'));
			if (holder && !alive(holder)) {
				fs.rmSync(lock, { force: true });
				continue;
			}
			if (attempt >= 600)
				throw new UserDataError(`another ingest (process ${holder}) holds ${lock}; try again when it ends`);
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	try {
		return await work();
	} finally {
		fs.rmSync(lock, { force: true });
	}
}

/** Fills a fresh sibling folder with `fill`, then puts its files in place of those of `dir`. */
export async function swapDir<T>(dir: string, fill: (tmp: string) => Promise<T>): Promise<T> {
	const target = path.resolve(dir);
	const tmp = `${target}.new-${process.pid}`;
	const ready = `${target}.ready-${process.pid}`;
	makeDir(path.dirname(target));
	recover(target);
	fs.rmSync(tmp, { recursive: true, force: true });
	fs.mkdirSync(tmp);
	let result: T;
	try {
		result = await fill(tmp);
	} catch (e) {
		fs.rmSync(tmp, { recursive: true, force: true });
		throw e;
	}
	if (!fs.existsSync(target)) {
		fs.renameSync(tmp, target);
		return result;
	}
	if (!fs.statSync(target).isDirectory()) {
		fs.rmSync(tmp, { recursive: true, force: true });
		throw new UserDataError(`${dir} is a file, not a folder`);
	}
	// Complete from here on: a run killed while moving the files in is finished by the next one.
	fs.renameSync(tmp, ready);
	commit(ready, target);
	return result;
}
