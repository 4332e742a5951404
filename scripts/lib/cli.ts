/**
 * What every command shares: flags parsed strictly, results on stdout only, messages on stderr,
 * exit 0 ok / 1 data error / 2 usage error, and never a stack trace at a user (DEBUG=1 shows it).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isIsoDate } from '../../src/lib/domain/dates';
import { DataError } from '../../src/lib/validate';

export class UsageError extends Error {}

/** An error in the data that the user can fix; the message is shown as it is. */
export class UserDataError extends Error {}

export function parseFlags<T extends ParseArgsConfig['options']>(argv: string[], options: T, usage: string) {
	try {
		return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
	} catch (e) {
		throw new UsageError(`${(e as Error).message}\nusage: ${usage}`);
	}
}

export function say(message: string) {
	process.stderr.write(`${message}\n`);
}

export function printJson(value: unknown) {
	process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** What a command says and exits with for an error: 2 for usage, 1 for everything else. */
export function failure(e: unknown): { code: 1 | 2; message: string } {
	if (e instanceof UsageError) return { code: 2, message: `error: ${e.message}` };
	if (e instanceof DataError || e instanceof UserDataError) return { code: 1, message: `error: ${e.message}` };
	const err = e as NodeJS.ErrnoException;
	return { code: 1, message: `error: ${err.code === 'ENOENT' ? `file not found: ${err.path}` : err.message}` };
}

/**
 * CCM_TODAY (YYYY-MM-DD) sets the day the commands take as today (src/lib/schema/fields.ts), for
 * tests and for re-running an old import as of its day; anything else in it is a usage error.
 */
export function checkPinnedDay() {
	const pinned = process.env.CCM_TODAY;
	if (pinned !== undefined && pinned !== '' && !isIsoDate(pinned))
		throw new UsageError(`CCM_TODAY must be a date written YYYY-MM-DD, not ${JSON.stringify(pinned)}`);
}

export async function main(run: () => Promise<void>) {
	// A reader that stops early (`| head`) closes the pipe: the output it wanted has gone out, so
	// end quietly rather than with Node's unhandled EPIPE stack trace.
	process.stdout.on('error', (e: NodeJS.ErrnoException) => {
		if (e.code === 'EPIPE') process.exit(0);
		throw e;
	});
	try {
		checkPinnedDay();
		await run();
	} catch (e) {
		if (process.env.DEBUG) console.error(e);
		const { code, message } = failure(e);
		say(message);
		process.exitCode = code;
	}
}
