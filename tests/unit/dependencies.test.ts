// Runtime dependencies are pinned to one version each (a caret range let pptxgenjs move, and with
// it what it pulls in), the lock file agrees, and docs/DEPENDENCIES.md says why each is there.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/sources';

const read = (f: string) => JSON.parse(fs.readFileSync(path.join(repoRoot, f), 'utf8'));
const pkg = read('package.json') as { dependencies: Record<string, string> };
const lock = read('package-lock.json') as {
	packages: Record<string, { version?: string; dependencies?: Record<string, string> }>;
};

describe('runtime dependencies', () => {
	it('are each pinned to the exact version installed', () => {
		for (const [name, spec] of Object.entries(pkg.dependencies)) {
			expect(spec, name).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
			expect(lock.packages['']?.dependencies?.[name], name).toBe(spec);
			expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(spec);
		}
	});

	it('each have their reason in docs/DEPENDENCIES.md', () => {
		const md = fs.readFileSync(path.join(repoRoot, 'docs/DEPENDENCIES.md'), 'utf8');
		const section = md.split('## Why each runtime dependency is there')[1] ?? '';
		for (const [name, version] of Object.entries(pkg.dependencies))
			expect(section, name).toContain(`| \`${name}\` | ${version} | `);
	});
});
