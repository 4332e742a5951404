/**
 * Replacing an output folder without ever leaving it half-written: build the new content in a
 * sibling folder, then swap with renames. A lock file keeps two ingests from interleaving.
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
 * Cleans up after an ingest that was killed (the caller holds the lock): a folder it was filling
 * is removed, and if it died between its two renames the previous output is put back.
 */
function recover(target: string) {
	const parent = path.dirname(target);
	if (!fs.existsSync(parent)) return;
	const base = path.basename(target);
	const left = fs
		.readdirSync(parent)
		.map((f) => ({ f, m: /^\.(new|old)-(\d+)$/.exec(f.slice(base.length)) }))
		.filter(({ f, m }) => f.startsWith(base) && m && Number(m[2]) !== process.pid && !alive(Number(m[2])));
	for (const { f, m } of left) {
		const p = path.join(parent, f);
		if (m![1] === 'old' && !fs.existsSync(target)) fs.renameSync(p, target);
		else fs.rmSync(p, { recursive: true, force: true });
	}
}

/** Runs `work` holding `<dir>.lock`; a lock left by a dead process is taken over. */
export async function withLock<T>(dir: string, work: () => Promise<T>): Promise<T> {
	const lock = `${path.resolve(dir)}.lock`;
	fs.mkdirSync(path.dirname(lock), { recursive: true });
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

/** Fills a fresh sibling folder with `fill`, then puts it in place of `dir`. */
export async function swapDir<T>(dir: string, fill: (tmp: string) => Promise<T>): Promise<T> {
	const target = path.resolve(dir);
	const tmp = `${target}.new-${process.pid}`;
	const old = `${target}.old-${process.pid}`;
	recover(target);
	fs.rmSync(tmp, { recursive: true, force: true });
	fs.mkdirSync(tmp, { recursive: true });
	let result: T;
	try {
		result = await fill(tmp);
	} catch (e) {
		fs.rmSync(tmp, { recursive: true, force: true });
		throw e;
	}
	const had = fs.existsSync(target);
	if (had) fs.renameSync(target, old);
	try {
		fs.renameSync(tmp, target);
	} catch (e) {
		if (had) fs.renameSync(old, target);
		throw e;
	}
	fs.rmSync(old, { recursive: true, force: true });
	return result;
}
