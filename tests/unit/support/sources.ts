/**
 * Where the public sources are (../shared/sources next to the repository) and whether this
 * machine has them: tests on real pages skip, saying so, where they are absent.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const sourcesDir = path.resolve(repoRoot, '../shared/sources');
export const untcDir = path.resolve(repoRoot, '../shared/sources/untc');

/** true if dir exists; otherwise logs why the tests that need it are skipped. */
export function available(dir: string, what: string): boolean {
	if (existsSync(dir)) return true;
	console.log(`skipping ${what}: directory ${dir} is missing`);
	return false;
}
