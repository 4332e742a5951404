/**
 * What every command shares: flags parsed strictly, results on stdout only, messages on stderr,
 * exit 0 ok / 1 data error / 2 usage error, and never a stack trace at a user (DEBUG=1 shows it).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DataError } from '../../src/lib/schema/validate';

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

export async function main(run: () => Promise<void>) {
	try {
		await run();
	} catch (e) {
		if (process.env.DEBUG) console.error(e);
		if (e instanceof UsageError) {
			say(`error: ${e.message}`);
			process.exitCode = 2;
		} else if (e instanceof DataError || e instanceof UserDataError) {
			say(`error: ${e.message}`);
			process.exitCode = 1;
		} else {
			const err = e as NodeJS.ErrnoException;
			say(`error: ${err.code === 'ENOENT' ? `file not found: ${err.path}` : err.message}`);
			process.exitCode = 1;
		}
	}
}
