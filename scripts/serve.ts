/**
 * The production server `npm start` ends with: serves the static build (scripts/lib/static-server.ts)
 * and prints exactly one line on stdout, the URL, so scripts and tests can read where it listens.
 * Everything else goes to stderr; users see one-line errors, never stack traces (DEBUG=1 shows them),
 * with the exit codes of the other commands (scripts/lib/cli.ts): 1 for a failure, 2 for a usage error.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { createStaticServer, normaliseBase, StaticServerError } from './lib/static-server';

const USAGE = `usage: npm run serve -- [--dir build] [--port 4173] [--host 127.0.0.1] [--base /ccm] [--verbose]

  --dir      folder to serve (default: build)
  --port     port to listen on; 0 picks a free one (default: $PORT, else 4173)
  --host     address to bind (default: 127.0.0.1; 0.0.0.0 to expose it)
  --base     serve under this sub-path, matching SvelteKit's paths.base (BASE_PATH at build time)
  --verbose  log every request to stderr`;

function fail(message: string, code: number): never {
	process.stderr.write(`error: ${message}\n`);
	process.exit(code);
}

function usageError(message: string): never {
	process.stderr.write(`error: ${message}\n${USAGE}\n`);
	process.exit(2);
}

function parseFlags() {
	try {
		return parseArgs({
			strict: true,
			allowPositionals: false,
			options: {
				dir: { type: 'string', default: 'build' },
				// PORT too, since `npm start` passes no flags on to this command.
				port: { type: 'string', default: process.env.PORT || '4173' },
				host: { type: 'string', default: '127.0.0.1' },
				base: { type: 'string', default: '' },
				verbose: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false }
			}
		}).values;
	} catch (error) {
		usageError(error instanceof Error ? error.message : String(error));
	}
}

function parseOptions() {
	const values = parseFlags();
	if (values.help) {
		process.stdout.write(`${USAGE}\n`);
		process.exit(0);
	}
	const port = Number(values.port);
	if (!/^\d+$/.test(values.port) || port > 65535) {
		usageError(`--port must be an integer from 0 to 65535, not "${values.port}"`);
	}
	let base: string;
	try {
		base = normaliseBase(values.base);
	} catch (error) {
		usageError(error instanceof Error ? error.message : String(error));
	}
	return { dir: values.dir, port, host: values.host, base, verbose: values.verbose };
}

function main(): void {
	const options = parseOptions();
	if (!existsSync(options.dir)) fail(`folder ${options.dir} not found; run \`npm run build\` first`, 1);

	let server;
	try {
		server = createStaticServer({
			dir: options.dir,
			base: options.base,
			log: options.verbose ? (line) => process.stderr.write(`${line}\n`) : undefined
		});
	} catch (error) {
		if (error instanceof StaticServerError) fail(error.message, 1);
		throw error;
	}
	if (!existsSync(`${options.dir}/index.html`)) {
		process.stderr.write(`warning: ${options.dir} has no index.html; is it a finished build?\n`);
	}

	server.on('error', (error: NodeJS.ErrnoException) => {
		const where = `${options.host}:${options.port}`;
		if (error.code === 'EADDRINUSE') fail(`${where} is already in use; pick another --port`, 1);
		if (error.code === 'EACCES') fail(`not allowed to listen on ${where}; use a port above 1023`, 1);
		if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
			fail(`cannot listen on host ${options.host}`, 1);
		}
		fail(error.message, 1);
	});
	server.listen(options.port, options.host, () => {
		const { address, port } = server.address() as AddressInfo;
		const host = address.includes(':') ? `[${address}]` : address;
		process.stdout.write(`http://${host}:${port}${options.base}/\n`);
	});

	let stopping = false;
	const stop = () => {
		// A second Ctrl-C means "now", even if a browser still holds a connection open.
		if (stopping) process.exit(0);
		stopping = true;
		server.close(() => process.exit(0));
		server.closeIdleConnections();
		setTimeout(() => server.closeAllConnections(), 2000).unref();
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

try {
	main();
} catch (error) {
	if (process.env.DEBUG) console.error(error);
	fail(error instanceof Error ? error.message : String(error), 1);
}
