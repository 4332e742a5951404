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
	it('says plainly that no advisory was checked when no advisory service answers', () => {
		const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-lic-')), 'DEPENDENCIES.md');
		// Port 9 (discard) refuses the connection: the advisory service cannot be reached.
		const r = run('licences', ['--out', out], {
			env: { npm_config_registry: 'http://127.0.0.1:9/', npm_config_fetch_retries: '0' }
		});
		expect(r.code, r.stderr).toBe(0);
		expect(r.stderr).toMatch(/NOT CHECKED: .*could not reach an advisory service.*no advisory was checked/);
		const md = fs.readFileSync(out, 'utf8');
		expect(md).toMatch(/NOT CHECKED: .*no advisory was checked/);
		expect(md).not.toMatch(/\d+ known vulnerabilities/);
	});
	it('records why each runtime dependency is there, at its pinned version', () => {
		const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-lic-')), 'DEPENDENCIES.md');
		expect(run('licences', ['--no-audit', '--out', out]).code).toBe(0);
		const md = fs.readFileSync(out, 'utf8');
		const deps = (
			JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
		).dependencies;
		for (const [d, v] of Object.entries(deps))
			expect(md, d).toMatch(new RegExp(`\\| \`${d}\` \\| ${v.replace(/\./g, '\\.')} \\| \\w.{20,} \\|`));
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
