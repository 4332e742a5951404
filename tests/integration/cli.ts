// Runs the project's commands as a user would (npm run -s NAME -- ...), capturing stdout, stderr and the exit code.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'vitest';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * `node --import tsx FILE ARGS`: the script in its own process, with its own exit code, stdout and
 * stderr, as `npm run -s` starts it, without the launchers in between (npx and the tsx CLI each start
 * a Node of their own: about 0.4 s of CPU per command, hundreds of commands per run). The loader is
 * named by its absolute URL so that a command run from any folder finds it.
 */
export const TSX_LOADER = pathToFileURL(createRequire(path.join(ROOT, 'package.json')).resolve('tsx')).href;

/** The program and arguments that run `file` (a .ts path) with `args` under tsx. */
export function tsxCommand(file: string, args: string[] = []): [string, string[]] {
	return [process.execPath, ['--import', TSX_LOADER, file, ...args]];
}

interface RunOptions {
	cwd?: string;
	/** Added to the environment (e.g. CCM_TODAY to pin the day the command sees). */
	env?: Record<string, string>;
	/** Milliseconds before the command is killed (its exit code is then null). */
	timeout?: number;
}

export function run(script: string, args: string[], opts: RunOptions = {}) {
	const [cmd, argv] = tsxCommand(path.join(ROOT, 'scripts', `${script}.ts`), args);
	const r = spawnSync(cmd, argv, {
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
		const [cmd, argv] = tsxCommand(path.join(ROOT, 'scripts', `${script}.ts`), args);
		const p = spawn(cmd, argv, {
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
