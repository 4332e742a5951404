/**
 * Where the public sources are and whether this machine has them: tests on real pages skip,
 * saying so, where they are absent. They sit in ../shared/sources next to the repository in the
 * team's workplace; a fresh clone elsewhere has no such folder. CCM_SHARED_DIR overrides the
 * folder holding `sources/` (CCM_SHARED_DIR=/nonexistent runs the tests as a stranger would,
 * without moving any folder).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The shared folder: $CCM_SHARED_DIR when set (even to a missing folder), ../shared otherwise. */
export function sharedDir(env: NodeJS.ProcessEnv = process.env): string {
	const override = env.CCM_SHARED_DIR;
	return override ? path.resolve(override) : path.resolve(repoRoot, '../shared');
}

export const sourcesDir = path.join(sharedDir(), 'sources');
export const untcDir = path.join(sourcesDir, 'untc');

/** A file or folder under the shared sources, e.g. sharedSource('untc/ccm.html'). */
export const sharedSource = (rel: string) => path.join(sourcesDir, rel);

/** true if dir exists; otherwise logs why the tests that need it are skipped. */
export function available(dir: string, what: string): boolean {
	if (existsSync(dir)) return true;
	console.log(`skipping ${what}: ${dir} is missing (a clone without ../shared, or CCM_SHARED_DIR)`);
	return false;
}
