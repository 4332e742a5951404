/**
 * npm test: every test, in the order a fresh clone needs them. Ingest the bundled data, check
 * types and style, build the site, then run unit, integration and browser tests (vitest). Browser tests
 * drive Debian's Chromium (or $CHROME_PATH) and fail, never skip, when it is missing.
 * Extra arguments go to vitest (e.g. `npm test -- tests/unit`).
 *
 * Each step's seconds are written to .tmp/test-times.json (`npm run bench` reports them as test_s).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { TEST_TIMES_FILE, type TestTimes } from './lib/bench/test-time';

const steps: [string, string[]][] = [
	['ingest', ['npm', 'run', '-s', 'ingest']],
	['type check', ['npm', 'run', '-s', 'check']],
	['lint', ['npm', 'run', '-s', 'lint']],
	['build', ['npm', 'run', '-s', 'build']],
	['tests', ['npx', 'vitest', 'run', ...process.argv.slice(2)]]
];

const times: TestTimes = {
	started_at: new Date().toISOString(),
	args: process.argv.slice(2),
	cores: os.availableParallelism(),
	load_avg_start: Math.round(os.loadavg()[0]! * 10) / 10,
	steps: [],
	ok: false,
	total_s: 0,
	vitest_s: null
};

function record() {
	times.total_s = Math.round(times.steps.reduce((s, t) => s + t.seconds, 0) * 10) / 10;
	fs.mkdirSync('.tmp', { recursive: true });
	fs.writeFileSync(TEST_TIMES_FILE, JSON.stringify(times, null, 2) + '\n');
}

for (const [name, [cmd, ...args]] of steps) {
	const started = Date.now();
	process.stderr.write(`\n== ${name}: ${[cmd, ...args].join(' ')}\n`);
	const r = spawnSync(cmd!, args, { stdio: 'inherit' });
	const seconds = Math.round((Date.now() - started) / 100) / 10;
	process.stderr.write(`== ${name}: ${r.status === 0 ? 'ok' : 'FAILED'} in ${seconds.toFixed(1)} s\n`);
	times.steps.push({ name, seconds, ok: r.status === 0 });
	if (name === 'tests') times.vitest_s = seconds;
	if (r.status !== 0) {
		record();
		process.exit(r.status ?? 1);
	}
}
times.ok = true;
record();
