// npm start builds only when something a build reads changed (scripts/build.ts --if-changed,
// scripts/lib/build-stamp.ts). Run on fixture projects whose "vite" and "precompress" are stand-ins
// that note they ran, so no real build is needed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inputsHash, isFresh, readStamp, stampFile } from '../../scripts/lib/build-stamp';
import { ROOT, run } from './cli';

const made: string[] = [];
afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A fixture project: a source file, a data file, a lockfile, and stand-in build steps. */
function fixtureProject(viteExit = 0): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-fixture-stamp-'));
	made.push(dir);
	const write = (rel: string, text: string) => {
		fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
		fs.writeFileSync(path.join(dir, rel), text);
	};
	write('src/routes/+page.svelte', '<h1>fixture</h1>\n');
	write('data/sources/accession/ccm.csv', 'iso3,date\nAGO,2026-05-15\n');
	write('static/data/manifest.json', '{"data_as_of":"2026-02-03"}\n');
	write('package-lock.json', '{}\n');
	// The stand-in for vite build: notes that it ran, writes the site, or fails.
	write(
		'node_modules/vite/bin/vite.js',
		`const fs = require('node:fs');
fs.appendFileSync('ran.log', 'vite\\n');
if (${viteExit}) process.exit(${viteExit});
fs.mkdirSync('build', { recursive: true });
fs.writeFileSync('build/index.html', '<h1>fixture</h1>');\n`
	);
	write('scripts/precompress.ts', `import fs from 'node:fs';\nfs.appendFileSync('ran.log', 'precompress\\n');\n`);
	fs.symlinkSync(path.join(ROOT, 'node_modules/tsx'), path.join(dir, 'node_modules/tsx'));
	return dir;
}

const env = { BUILD_DIR: '', BASE_PATH: '', SVELTEKIT_OUT_DIR: '' };
const ran = (dir: string) =>
	fs.existsSync(path.join(dir, 'ran.log')) ? fs.readFileSync(path.join(dir, 'ran.log'), 'utf8').trim().split('\n') : [];
const build = (dir: string, ...args: string[]) => run('build', args, { cwd: dir, env });

describe('npm start rebuilds only what changed', () => {
	it('builds once, then skips the build while nothing changed', () => {
		const dir = fixtureProject();
		expect(build(dir, '--if-changed').code).toBe(0);
		expect(ran(dir)).toEqual(['vite', 'precompress']);
		expect(isFresh(dir, 'build', inputsHash(dir, env), env)).toBe(true);
		const again = build(dir, '--if-changed');
		expect(again.code).toBe(0);
		expect(again.stderr).toMatch(/nothing changed/);
		expect(ran(dir)).toEqual(['vite', 'precompress']);
	});

	it('builds again after a data file changed', () => {
		const dir = fixtureProject();
		build(dir, '--if-changed');
		const before = inputsHash(dir, env);
		fs.appendFileSync(path.join(dir, 'data/sources/accession/ccm.csv'), 'VUT,2026-06-01\n');
		expect(inputsHash(dir, env)).not.toBe(before);
		expect(isFresh(dir, 'build', inputsHash(dir, env), env)).toBe(false);
		expect(build(dir, '--if-changed').code).toBe(0);
		expect(ran(dir)).toEqual(['vite', 'precompress', 'vite', 'precompress']);
	});

	it('builds again after a source file or the ingested data changed', () => {
		for (const file of ['src/routes/+page.svelte', 'static/data/manifest.json', 'package-lock.json']) {
			const dir = fixtureProject();
			build(dir, '--if-changed');
			fs.appendFileSync(path.join(dir, file), ' ');
			build(dir, '--if-changed');
			expect(ran(dir), file).toEqual(['vite', 'precompress', 'vite', 'precompress']);
		}
	});

	it('builds again when the build folder is gone', () => {
		const dir = fixtureProject();
		build(dir, '--if-changed');
		fs.rmSync(path.join(dir, 'build'), { recursive: true });
		build(dir, '--if-changed');
		expect(ran(dir)).toEqual(['vite', 'precompress', 'vite', 'precompress']);
	});

	it('a failed build leaves no fresh stamp, so the next start builds again', () => {
		const dir = fixtureProject();
		expect(build(dir).code).toBe(0);
		expect(readStamp(stampFile(dir, env))).not.toBeNull();
		// The same inputs, but now the build fails half-way (vite fails after the last good build).
		fs.writeFileSync(
			path.join(dir, 'node_modules/vite/bin/vite.js'),
			"require('node:fs').appendFileSync('ran.log', 'vite\\n'); process.exit(1);\n"
		);
		fs.appendFileSync(path.join(dir, 'src/routes/+page.svelte'), ' ');
		const failed = build(dir, '--if-changed');
		expect(failed.code).toBe(1);
		expect(failed.stderr).toMatch(/failed/);
		expect(readStamp(stampFile(dir, env))).toBeNull();
		expect(isFresh(dir, 'build', inputsHash(dir, env), env)).toBe(false);
	});

	it('npm run build always builds, even with nothing changed', () => {
		const dir = fixtureProject();
		build(dir);
		build(dir);
		expect(ran(dir)).toEqual(['vite', 'precompress', 'vite', 'precompress']);
	});
});
