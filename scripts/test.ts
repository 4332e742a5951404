/**
 * npm test: every test, in the order a fresh clone needs them. Ingest the bundled data, check
 * types and style, build the site, then run unit, integration and browser tests (vitest). Browser tests
 * drive Debian's Chromium (or $CHROME_PATH) and fail, never skip, when it is missing.
 * Extra arguments go to vitest (e.g. `npm test -- tests/unit`).
 */
import { spawnSync } from 'node:child_process';

const steps: [string, string[]][] = [
	['ingest', ['npm', 'run', '-s', 'ingest']],
	['type check', ['npm', 'run', '-s', 'check']],
	['lint', ['npm', 'run', '-s', 'lint']],
	['build', ['npm', 'run', '-s', 'build']],
	['tests', ['npx', 'vitest', 'run', ...process.argv.slice(2)]]
];

for (const [name, [cmd, ...args]] of steps) {
	const started = Date.now();
	process.stderr.write(`\n== ${name}: ${[cmd, ...args].join(' ')}\n`);
	const r = spawnSync(cmd!, args, { stdio: 'inherit' });
	process.stderr.write(
		`== ${name}: ${r.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`
	);
	if (r.status !== 0) process.exit(r.status ?? 1);
}
