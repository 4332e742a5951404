/**
 * npm run build [-- --if-changed]
 * vite build (bundles, then prerenders every page), then precompress. With --if-changed (what
 * `npm start` uses) nothing is built when the build folder already answers the current inputs
 * (scripts/lib/build-stamp.ts). The SvelteKit version name is the inputs' hash, so building the
 * same inputs again writes the same pages (and precompress finds them in its cache).
 * Exit 0 built or up to date; 1 a step failed (then no stamp is left, and the next start builds).
 */
import { spawnSync } from 'node:child_process';
import { clearStamp, inputsHash, isFresh, writeStamp } from './lib/build-stamp';
import { main, parseFlags, say } from './lib/cli';

const USAGE = 'npm run build [-- --if-changed]';

function step(cmd: string, args: string[], env: NodeJS.ProcessEnv) {
	const r = spawnSync(cmd, args, { stdio: 'inherit', env });
	if (r.status !== 0) throw new Error(`${[cmd, ...args].join(' ')} failed (exit ${r.status ?? r.signal})`);
}

await main(async () => {
	const { values } = parseFlags(process.argv.slice(2), { 'if-changed': { type: 'boolean' } }, USAGE);
	const dir = process.env.BUILD_DIR || 'build';
	const t0 = performance.now();
	const inputs = inputsHash('.');
	if (values['if-changed'] && isFresh('.', dir, inputs)) {
		say(`build: nothing changed since the last build of ${dir}/ (checked in ${Math.round(performance.now() - t0)} ms)`);
		return;
	}
	clearStamp('.');
	const env = { ...process.env, CCM_BUILD_VERSION: inputs.slice(0, 16) };
	step(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], env);
	step(process.execPath, ['--import', 'tsx', 'scripts/precompress.ts', dir], env);
	writeStamp('.', { inputs, dir });
});
