/**
 * What every browser test needs: a real Chromium (never a silent skip when it is missing), the production
 * static server in-process, and a page that records what went wrong — console errors, page errors, failed
 * requests and any request leaving the served origin, since the dashboard must work offline under its CSP.
 */
import { existsSync } from 'node:fs';
import { join as joinPath, resolve as resolvePath } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
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

/** Chromium's flags for an unattended, offline headless run. */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-quic',
	'--disable-sync'
];

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
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

/** Hydrated: the page's controls answer (the site layout marks it once mounted). */
export async function hydrated(p: Page, timeout = 30_000) {
	await p.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, { timeout });
}

/** Waits until the page's DuckDB engine has started or failed (html[data-engine]), whichever comes first. */
export async function engineSettled(p: Page, timeout = 60_000) {
	await p.waitForFunction(() => ['ready', 'failed'].includes(document.documentElement.dataset.engine ?? ''), null, {
		timeout
	});
	return p.evaluate(() => document.documentElement.dataset.engine);
}

/** The engine started: a failure is reported at once rather than waited out until the timeout. */
export async function engineReady(p: Page, timeout = 60_000) {
	expect(await engineSettled(p, timeout), 'the DuckDB engine').toBe('ready');
}

/** The engine failed, as a fault injected by the test should make it. */
export async function engineFailed(p: Page, timeout = 60_000) {
	await p.waitForFunction(() => document.documentElement.dataset.engine === 'failed', null, { timeout });
}

/**
 * Nothing a reader would see as a broken page: no request to another origin, no console or page
 * error, no failed request. With JavaScript off, Chromium refuses the module preloads (reported as
 * "csp"): expected there, so `javaScript: false` leaves those out.
 */
export function expectClean(o: OpenedPage, { javaScript = true } = {}) {
	expect(o.foreignRequests, 'requests to other origins').toEqual([]);
	expect(o.consoleErrors, 'console errors').toEqual([]);
	expect(o.pageErrors, 'page errors').toEqual([]);
	const failed = javaScript ? o.failedRequests : o.failedRequests.filter((f) => !/\.js: csp$/.test(f));
	expect(failed, 'failed requests').toEqual([]);
}

/** The label of the import field on the pages that take a file (English pages). */
export const IMPORT_LABEL = 'Import a record file (CSV or XLSX)';

/** A file made in the test, as the reader's browser would hand it to the import field. */
export const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

/** Puts a file (a path, or one made in the test) in the page's import field. */
export function importFile(
	p: Page,
	file: string | { name: string; mimeType: string; buffer: Buffer },
	label: string = IMPORT_LABEL
) {
	return p.getByLabel(label).setInputFiles(file);
}

/**
 * Waits until the page shows what became of an import, the banner of imported data or the list of
 * problems of a refused file, and gives its text.
 */
export async function importOutcome(p: Page, testid: 'imported-banner' | 'import-errors', timeout = 20_000) {
	await expect.poll(() => p.getByTestId(testid).count(), { timeout }).toBe(1);
	return p.getByTestId(testid).innerText();
}

export interface SuiteOpenOptions extends OpenOptions {
	/** Wait, once loaded, for hydration or for the engine to be ready (which asserts it did not fail). */
	until?: 'hydrated' | 'engine';
}

/**
 * The set-up every page test file shares: one browser and one server on the production build for
 * the file, pages opened in fresh contexts and closed at the end. `requires` names the built page
 * whose absence means there is no build to test.
 */
export function browserSuite({ requires = 'index.html' }: { requires?: string } = {}) {
	const root = resolvePath(import.meta.dirname, '../..');
	let browser: Browser | undefined;
	let server: RunningServer | undefined;
	const opened: OpenedPage[] = [];
	beforeAll(async () => {
		if (!existsSync(joinPath(root, 'build', requires)))
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
		/** The address of a route on the served build. */
		url(route: string) {
			return new URL(route, server!.url).href;
		},
		async open(route: string, { until, ...opts }: SuiteOpenOptions = {}) {
			const o = await openPage(browser!, new URL(route, server!.url).href, opts);
			opened.push(o);
			if (until === 'hydrated') await hydrated(o.page);
			if (until === 'engine') await engineReady(o.page);
			return o;
		}
	};
}
