/**
 * Where a build's time goes: runs the build's two commands (vite build, precompress) in `cwd` with
 * the prerender's timing hooks on (CCM_BUILD_TIMING, src/lib/server/build-timing.ts) and returns,
 * in seconds, the server and client bundles, SvelteKit's analysis, the prerender by route (with its
 * DuckDB share), the adapter and precompress. Run alone: `npx tsx scripts/lib/bench/build-breakdown.ts`
 * prints the JSON. It rebuilds build/ and removes the start stamp (the next `npm start` builds again).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Timing } from '../../../src/lib/server/build-timing';
import { clearStamp, inputsHash } from '../build-stamp';

/** Runs a command, noting the wall-clock time of each output line. */
function timedLines(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
	return new Promise<{ lines: { at: number; text: string }[]; end: number }>((resolve, reject) => {
		const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
		const lines: { at: number; text: string }[] = [];
		const log: string[] = [];
		for (const s of [child.stdout, child.stderr]) {
			let rest = '';
			s.setEncoding('utf8').on('data', (chunk: string) => {
				const parts = (rest + chunk).split('\n');
				rest = parts.pop()!;
				for (const text of parts) {
					lines.push({ at: Date.now(), text });
					log.push(text);
				}
			});
		}
		child.on('error', reject);
		child.on('close', (code) =>
			code === 0
				? resolve({ lines, end: Date.now() })
				: reject(new Error(`${cmd} ${args.join(' ')} failed (${code}):\n${log.slice(-20).join('\n')}`))
		);
	});
}

const s = (ms: number) => Math.round(ms / 100) / 10;

export async function buildBreakdown(cwd = '.') {
	const dir = process.env.BUILD_DIR || 'build';
	const timingFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-build-timing-')), 'timing.json');
	const env = {
		...process.env,
		CCM_BUILD_TIMING: timingFile,
		CCM_BUILD_VERSION: inputsHash(cwd).slice(0, 16)
	};
	clearStamp(cwd);
	const load_avg_start = Math.round(os.loadavg()[0]! * 10) / 10;
	const start = Date.now();
	const vite = await timedLines(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], cwd, env);
	const at = (re: RegExp) => vite.lines.find((l) => re.test(l.text))?.at ?? NaN;
	const ssrStart = at(/building ssr environment/);
	const clientStart = at(/building client environment/);
	const clientBuilt = vite.lines.find((l) => l.at >= clientStart && /built in/.test(l.text))?.at ?? NaN;
	const t = JSON.parse(fs.readFileSync(timingFile, 'utf8')) as Timing;
	fs.rmSync(path.dirname(timingFile), { recursive: true, force: true });
	const pre = await timedLines(process.execPath, ['--import', 'tsx', 'scripts/precompress.ts', dir], cwd, env);
	const routes = Object.fromEntries(
		Object.entries(t.routes)
			.sort((a, b) => b[1].ms - a[1].ms)
			.map(([id, r]) => [id, { pages: r.pages, s: s(r.ms), queries_s: s(r.query_ms) }])
	);
	return {
		total_s: s(pre.end - start),
		vite_start_s: s(ssrStart - start),
		ssr_bundle_s: s(clientStart - ssrStart),
		client_bundle_s: s(clientBuilt - clientStart),
		analyse_s: s(t.first_request_at - clientBuilt),
		prerender_s: s(t.last_response_at - t.first_request_at),
		// Summed over pages: with several pages in flight they overlap, so they can exceed prerender_s.
		prerender_pages: Object.values(t.routes).reduce((n, r) => n + r.pages, 0),
		queries: t.queries,
		query_hits: t.query_hits,
		queries_s: s(t.query_ms),
		routes,
		adapter_s: s(vite.end - t.last_response_at),
		precompress_s: s(pre.end - vite.end),
		precompress: pre.lines.find((l) => l.text.startsWith('precompress:'))?.text ?? '',
		load_avg_start,
		load_avg_end: Math.round(os.loadavg()[0]! * 10) / 10
	};
}

if (import.meta.url === `file://${process.argv[1]}`)
	process.stdout.write(`${JSON.stringify(await buildBreakdown('.'), null, 2)}\n`);
