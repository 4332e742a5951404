/**
 * What every browser test needs: a real Chromium (never a silent skip when it is missing), the production
 * static server in-process, and a page that records what went wrong — console errors, page errors, failed
 * requests and any request leaving the served origin, since the dashboard must work offline under its CSP.
 */
import { existsSync } from 'node:fs';
import { join as joinPath, resolve as resolvePath } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createStaticServer, normaliseBase } from '../../scripts/lib/static-server';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export function findChromium(): string {
	const path = process.env.CHROME_PATH || DEFAULT_CHROMIUM;
	if (!existsSync(path)) {
		throw new Error(
			`Chromium not found at ${path}. Install Debian's chromium (\`sudo apt-get install -y chromium\`) or set CHROME_PATH to a Chromium/Chrome binary.`
		);
	}
	return path;
}

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: findChromium(),
		headless: true,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--no-first-run',
			'--disable-quic',
			'--disable-sync'
		]
	});
}

export interface OpenedPage {
	page: Page;
	context: BrowserContext;
	/** Text of every console message of type error. */
	consoleErrors: string[];
	/** Every uncaught exception in the page. */
	pageErrors: string[];
	/** Every request to another origin than the served one (data: and blob: excluded), failed or not. */
	foreignRequests: string[];
	/** Every request that failed, as "METHOD url: reason". */
	failedRequests: string[];
}

export interface OpenOptions {
	javaScriptEnabled?: boolean;
	prepare?: (context: BrowserContext) => Promise<unknown>;
}

/** Opens a page in a fresh context; the recorders are attached before navigation, so nothing early is missed. */
export async function openPage(
	browser: Browser,
	url: string,
	{ javaScriptEnabled = true, prepare }: OpenOptions = {}
): Promise<OpenedPage> {
	const origin = new URL(url).origin;
	const context = await browser.newContext({ javaScriptEnabled });
	// Init scripts and routes (faults injected by tests) must be in place before the first request.
	await prepare?.(context);
	const page = await context.newPage();
	const opened: OpenedPage = {
		page,
		context,
		consoleErrors: [],
		pageErrors: [],
		foreignRequests: [],
		failedRequests: []
	};

	page.on('console', (message) => {
		if (message.type() === 'error') opened.consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => opened.pageErrors.push(error.stack ?? String(error)));
	// Context-level, so requests from workers (DuckDB runs in one) are seen too.
	context.on('request', (request) => {
		const requested = request.url();
		if (requested.startsWith('data:') || requested.startsWith('blob:')) return;
		if (new URL(requested).origin !== origin) opened.foreignRequests.push(requested);
	});
	context.on('requestfailed', (request) => {
		opened.failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
	});

	try {
		await page.goto(url);
	} catch (error) {
		await context.close();
		throw error;
	}
	return opened;
}

export interface RunningServer {
	/** Root URL with a trailing slash, e.g. http://127.0.0.1:41234/ (or .../ccm/ under a base). */
	url: string;
	close: () => Promise<void>;
}

/** The production static server, in-process on a free port, so tests see exactly what users get. */
export async function startServer(dir = 'build', base = ''): Promise<RunningServer> {
	const server = createStaticServer({ dir, base });
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${normaliseBase(base)}/`,
		close: () =>
			new Promise<void>((resolve, reject) => {
				// A browser keeps connections alive; without this, close() waits for them to time out.
				server.closeAllConnections();
				server.close((error) => (error ? reject(error) : resolve()));
			})
	};
}

/**
 * The set-up every page test file shares: one browser and one server on the production build for
 * the file, pages opened in fresh contexts and closed at the end.
 */
export function browserSuite() {
	const root = resolvePath(import.meta.dirname, '../..');
	let browser: Browser | undefined;
	let server: RunningServer | undefined;
	const opened: OpenedPage[] = [];
	beforeAll(async () => {
		if (!existsSync(joinPath(root, 'build/index.html')))
			throw new Error('build/ is missing: run `npm run build` (npm test does it) before the browser tests');
		browser = await launchBrowser();
		server = await startServer(joinPath(root, 'build'));
	});
	afterAll(async () => {
		for (const o of opened) await o.context.close();
		await browser?.close();
		await server?.close();
	});
	return {
		root,
		get browser() {
			return browser!;
		},
		get server() {
			return server!;
		},
		async open(route: string, opts?: OpenOptions) {
			const o = await openPage(browser!, new URL(route, server!.url).href, opts);
			opened.push(o);
			return o;
		}
	};
}
