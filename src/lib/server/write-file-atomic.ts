/**
 * Writes a file so that readers see either the old or the new content, never half of it, and a
 * failed run leaves the old file untouched: write a temp file in the same directory, then rename.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function writeFileAtomic(file: string, content: string | Uint8Array): void {
	// Same directory, so rename never crosses a file system.
	const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
	try {
		writeFileSync(tmp, content);
		renameSync(tmp, file);
	} catch (e) {
		rmSync(tmp, { force: true });
		throw e;
	}
}
