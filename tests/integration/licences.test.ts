// The dependency review runs on the build's record of shipped packages and lists each with its
// version and licence; a missing build record is a clear error, not an empty list.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageOf } from '../../scripts/lib/client-packages';
import { ROOT, run } from './cli';

describe('npm run licences', () => {
	it('lists the shipped packages with version and licence', () => {
		const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-lic-')), 'DEPENDENCIES.md');
		const r = run('licences', ['--no-audit', '--out', out]);
		expect(r.code, r.stderr).toBe(0);
		const md = fs.readFileSync(out, 'utf8');
		const version = (p: string) =>
			(JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', p, 'package.json'), 'utf8')) as { version: string })
				.version;
		expect(md).toContain(`| @duckdb/duckdb-wasm | ${version('@duckdb/duckdb-wasm')} | MIT | dependency |`);
		expect(md).toMatch(/\| d3(-[a-z]+)? \| [\d.]+ \| ISC \|/);
		expect(md).toContain(`| zod | ${version('zod')} | MIT | dependency |`);
		// Server-only code is not listed as shipped.
		expect(md).not.toContain('| @duckdb/node-api |');
		expect(md).toMatch(/never reach the browser: .*@duckdb\/node-api/);
	});
	it('refuses to guess without a build record', () => {
		const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-lic-empty-'));
		fs.writeFileSync(path.join(cwd, 'package.json'), '{}');
		// tsx from this checkout: the empty folder has no node_modules for npx to find it in.
		const r = spawnSync(
			path.join(ROOT, 'node_modules/.bin/tsx'),
			[path.join(ROOT, 'scripts/licences.ts'), '--no-audit'],
			{
				cwd,
				encoding: 'utf8'
			}
		);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('run `npm run build` first');
	});
	it('finds the package of a module id, scoped or not, nested or not', () => {
		expect(packageOf('/x/node_modules/d3-scale/src/linear.js')).toBe('d3-scale');
		expect(packageOf('/x/node_modules/@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url')).toBe('@duckdb/duckdb-wasm');
		expect(packageOf('/x/node_modules/a/node_modules/b/index.js')).toBe('b');
		expect(packageOf('/x/src/lib/csv.ts')).toBeNull();
	});
});
