// docs/UPDATING.md, step 2, run exactly as written on a copy of the project and of a saved UNTC page.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedSource } from '../unit/support/sources';
import { pageWithOneDeposit } from '../../scripts/lib/one-deposit';
import { ROOT } from './cli';

const SAVED = sharedSource('untc/ccm.html');
const hasPage = fs.existsSync(SAVED);
if (!hasPage)
	console.warn(`tests/integration/updating.test.ts: ${SAVED} is missing; the UPDATING.md walk-through is not run`);

/** The commands of the ```sh update block in docs/UPDATING.md. */
function documentedSteps(): string[] {
	const doc = fs.readFileSync(path.join(ROOT, 'docs/UPDATING.md'), 'utf8');
	const block = /```sh update\n([\s\S]*?)```/.exec(doc);
	if (!block) throw new Error('docs/UPDATING.md has no ```sh update block');
	return block[1]!.trim().split('\n');
}

/** A working copy of the project sharing node_modules, as an ISU officer's clone would be. */
function projectCopy(): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-update-'));
	for (const f of [
		'package.json',
		'svelte.config.js',
		'vite.config.ts',
		'tsconfig.json',
		'src',
		'scripts',
		'data',
		'static'
	])
		fs.cpSync(path.join(ROOT, f), path.join(dir, f), {
			recursive: true,
			filter: (p) => !p.includes(`static${path.sep}data`)
		});
	fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
	return dir;
}

function runSteps(dir: string, page: string) {
	let last = '';
	for (const step of documentedSteps()) {
		const cmd = step.replace('~/Downloads/ccm.html', page);
		last = execSync(cmd, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	}
	return last;
}

describe.skipIf(!hasPage)('docs/UPDATING.md on a saved page', () => {
	it('lists the import, ingest, build and check steps', () => {
		expect(documentedSteps().map((s) => s.split(' -- ')[0])).toEqual([
			'npm run -s import:untc',
			'npm run -s ingest',
			'npm run build',
			'npm run -s metric'
		]);
	});

	it('refreshes the dashboard after a new deposit (fixture: the real page with one made-up deposit)', () => {
		const dir = projectCopy();
		const page = path.join(dir, 'ccm-saved.html');
		// Fixture, not data: Angola is given a deposit on 15 May 2026 and the header updated to match.
		const html = pageWithOneDeposit(SAVED);
		expect(html).toContain('15 May\t 2026');
		fs.writeFileSync(page, html);
		const metric = JSON.parse(runSteps(dir, page));
		expect(metric).toMatchObject({ as_of: '2026-02-03', states_parties: 112, data_as_of: '2026-06-01' });
		const after = JSON.parse(
			execSync('npm run -s metric -- states-parties --as-of 2026-06-01 --json', { cwd: dir, encoding: 'utf8' })
		);
		expect(after).toMatchObject({ states_parties: 113, signatories_not_party: 11, projection: false });
		const built = fs.readFileSync(path.join(dir, 'build/universalization.html'), 'utf8');
		expect(built).toMatch(/data-testid="states-parties"[^>]*>113</);
		expect(built).toContain('1 Jun 2026');
		fs.rmSync(dir, { recursive: true, force: true });
	}, 600_000); // a full build, beside another test file: minutes on two busy cores
});
