/**
 * A build plugin that records which npm packages end up in the code sent to browsers (the client
 * bundle and its workers), so the dependency review (scripts/licences.ts) lists what is shipped,
 * not what package.json happens to declare (svelte is a devDependency yet its runtime ships;
 * @duckdb/node-api is a dependency yet never leaves the server).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

export const CLIENT_PACKAGES_FILE = '.svelte-kit/client-packages.json';

/** The package a module id belongs to (the innermost node_modules folder), or null. */
export function packageOf(id: string): string | null {
	const m = /.*node_modules\/((?:@[^/]+\/)?[^/?]+)/.exec(id.replaceAll('\\', '/'));
	return m ? m[1]! : null;
}

function merge(found: Set<string>, reset: boolean) {
	const file = path.resolve(CLIENT_PACKAGES_FILE);
	const old: string[] = !reset && fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')).packages : [];
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, JSON.stringify({ packages: [...new Set([...old, ...found])].sort() }, null, '\t') + '\n');
}

/** `worker`: the instance for worker bundles, which adds to the client's list. */
export function recordClientPackages({ worker = false } = {}): Plugin {
	return {
		name: 'record-client-packages',
		apply: 'build',
		buildStart() {
			// The client build starts before any of its workers: begin a fresh list.
			if (!worker && this.environment?.config.consumer === 'client') merge(new Set(), true);
		},
		generateBundle(_, bundle) {
			if (!worker && this.environment?.config.consumer !== 'client') return;
			const found = new Set<string>();
			for (const out of Object.values(bundle))
				if (out.type === 'chunk')
					for (const id of [...Object.keys(out.modules), ...(out.moduleIds ?? [])]) {
						const p = packageOf(id);
						if (p) found.add(p);
					}
			merge(found, false);
		}
	};
}
