/**
 * How long a person waits for the site (issue 26): on a fresh `git clone` of the current branch
 * (committed work only) in a temporary folder,
 * - start_s: `npm ci` (npm's cache warm: no download) then `npm start`, until the site answers 200;
 * - restart_s: `npm start` again with nothing changed, until it answers;
 * - update_s: one new deposit in a copy of the saved UNTC page (../shared/sources/untc/ccm.html,
 *   the same made-up deposit as tests/integration/updating.test.ts), the steps of docs/UPDATING.md
 *   (import:untc, ingest, build), then `npm start`, until /universalization shows the new count;
 * - build_breakdown: between the two, a full build of the same inputs in the clone, timed by phase
 *   (build-breakdown.ts).
 * Run alone: `npx tsx scripts/lib/bench/startup.ts [--no-breakdown]` prints the JSON.
 * Each figure carries the 1-minute load average at its start: the machine is shared.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildBreakdown } from './build-breakdown';
import { pageWithOneDeposit } from '../one-deposit';

const load = () => Math.round(os.loadavg()[0]! * 10) / 10;
const seconds = (t0: number) => Math.round((performance.now() - t0) / 100) / 10;

interface Started {
	child: ChildProcess;
	url: Promise<string>;
}

/** `npm start` on a free port, in its own process group so that stopping it stops the server too. */
function npmStart(dir: string): Started {
	const child = spawn('npm', ['start'], {
		cwd: dir,
		env: { ...process.env, PORT: '0' },
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	child.stderr!.on('data', (d) => (log += d));
	const url = new Promise<string>((resolve, reject) => {
		let out = '';
		child.stdout!.on('data', (d) => {
			out += d;
			const m = /^(http:\/\/\S+)\n/m.exec(out);
			if (m) resolve(m[1]!);
		});
		child.on('exit', (code) => reject(new Error(`npm start ended (${code}) before serving:\n${log.slice(-2000)}`)));
	});
	return { child, url };
}

async function stop(s: Started) {
	if (s.child.exitCode !== null) return;
	const exited = new Promise((r) => s.child.once('exit', r));
	process.kill(-s.child.pid!, 'SIGTERM');
	await exited;
}

/** Polls `url` until it answers 200 and, if given, its body passes `ok`. */
async function until(url: string, ok: (body: string) => boolean = () => true, timeoutMs = 900_000) {
	const end = Date.now() + timeoutMs;
	for (;;) {
		try {
			const r = await fetch(url);
			if (r.status === 200 && ok(await r.text())) return;
		} catch {
			// Not listening yet.
		}
		if (Date.now() > end) throw new Error(`${url} did not answer in time`);
		await new Promise((r) => setTimeout(r, 200));
	}
}

/** From running `npm start` to the site answering at `path`. */
async function timedStart(dir: string, page = '', ok?: (body: string) => boolean) {
	const t0 = performance.now();
	const s = npmStart(dir);
	await until(new URL(page, await s.url).href, ok);
	return { s, seconds: seconds(t0) };
}

function sh(cmd: string, args: string[], cwd: string) {
	execFileSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
}

/** The documented update steps (docs/UPDATING.md, the ```sh update block) but the final check. */
function updateSteps(root: string): string[] {
	const doc = fs.readFileSync(path.join(root, 'docs/UPDATING.md'), 'utf8');
	const block = /```sh update\n([\s\S]*?)```/.exec(doc);
	if (!block) throw new Error('docs/UPDATING.md has no ```sh update block');
	return block[1]!
		.trim()
		.split('\n')
		.filter((l) => !l.includes('npm run -s metric'));
}

export interface StartupResult {
	start_s: { s: number; load_avg: number; install: string };
	restart_s: { s: number; load_avg: number };
	update_s: { s: number; load_avg: number } | null;
	build_breakdown?: Awaited<ReturnType<typeof buildBreakdown>>;
}

export async function measureStartup(root = '.', { breakdown = true } = {}): Promise<StartupResult> {
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-bench-startup-'));
	const dir = path.join(tmp, 'ccm');
	try {
		const branch = execFileSync('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
		sh('git', ['clone', '--quiet', '--branch', branch, path.resolve(root), dir], root);

		const startLoad = load();
		let t0 = performance.now();
		sh('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], dir);
		const installed = performance.now() - t0;
		const first = await timedStart(dir);
		await stop(first.s);
		const start_s = {
			s: Math.round((installed + first.seconds * 1000) / 100) / 10,
			load_avg: startLoad,
			install: `npm ci --prefer-offline (warm npm cache) ${Math.round(installed / 100) / 10} s`
		};

		const restartLoad = load();
		const again = await timedStart(dir);
		await stop(again.s);
		const restart_s = { s: again.seconds, load_avg: restartLoad };

		const build_breakdown = breakdown ? await buildBreakdown(dir) : undefined;

		const saved = path.resolve(root, '../shared/sources/untc/ccm.html');
		let update_s: StartupResult['update_s'] = null;
		if (fs.existsSync(saved)) {
			const html = pageWithOneDeposit(saved);
			if (!html.includes('15 May\t 2026'))
				throw new Error('the saved UNTC page no longer has the row the fixture edits');
			const updateLoad = load();
			t0 = performance.now();
			const page = path.join(tmp, 'ccm-saved.html');
			fs.writeFileSync(page, html);
			for (const step of updateSteps(dir))
				execFileSync('sh', ['-c', step.replace('~/Downloads/ccm.html', page)], { cwd: dir, stdio: 'ignore' });
			const s = npmStart(dir);
			await until(new URL('universalization', await s.url).href, (b) =>
				/data-testid="states-parties"[^>]*>113</.test(b)
			);
			update_s = { s: seconds(t0), load_avg: updateLoad };
			await stop(s);
		}
		return { start_s, restart_s, update_s, build_breakdown };
	} finally {
		fs.rmSync(tmp, { recursive: true, force: true });
	}
}

if (import.meta.url === `file://${process.argv[1]}`)
	process.stdout.write(
		`${JSON.stringify(await measureStartup('.', { breakdown: !process.argv.includes('--no-breakdown') }), null, 2)}\n`
	);
