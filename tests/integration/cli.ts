// Runs the project's commands as a user would (npm run -s NAME -- ...), capturing stdout, stderr and the exit code.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect } from 'vitest';

export const ROOT = path.resolve(import.meta.dirname, '../..');

interface RunOptions {
	cwd?: string;
	/** Added to the environment (e.g. CCM_TODAY to pin the day the command sees). */
	env?: Record<string, string>;
	/** Milliseconds before the command is killed (its exit code is then null). */
	timeout?: number;
}

export function run(script: string, args: string[], opts: RunOptions = {}) {
	const r = spawnSync('npx', ['tsx', path.join(ROOT, 'scripts', `${script}.ts`), ...args], {
		cwd: opts.cwd ?? ROOT,
		encoding: 'utf8',
		env: { ...process.env, DEBUG: '', ...opts.env },
		timeout: opts.timeout,
		killSignal: 'SIGKILL'
	});
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same, without blocking: for cases that may run side by side. */
export function runAsync(script: string, args: string[], opts: RunOptions = {}) {
	return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
		const p = spawn('npx', ['tsx', path.join(ROOT, 'scripts', `${script}.ts`), ...args], {
			cwd: opts.cwd ?? ROOT,
			env: { ...process.env, DEBUG: '', ...opts.env }
		});
		let stdout = '';
		let stderr = '';
		p.stdout.on('data', (d) => (stdout += d));
		p.stderr.on('data', (d) => (stderr += d));
		p.on('close', (code) => resolve({ code, stdout, stderr }));
	});
}

export function json(r: { stdout: string }) {
	return JSON.parse(r.stdout) as unknown;
}

/** The JSON document a command printed, once it is known to have succeeded (exit 0; its stderr shown if not). */
export function okJson(r: { code: number | null; stdout: string; stderr: string }) {
	expect(r.code, r.stderr).toBe(0);
	return json(r);
}
