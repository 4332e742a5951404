// DEPLOY.md's sub-path recipe, exercised: a build with BASE_PATH=/ccm (in a temporary folder, so
// build/ stays what the other browser tests serve), the production server under /ccm, and Chromium
// checking that pages, links, assets, data and the DuckDB engine all stay under /ccm with no errors.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, startServer, type OpenedPage, type RunningServer } from './harness';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BASE = '/ccm';
let tmp: string;
let browser: Browser;
let server: RunningServer;
const opened: OpenedPage[] = [];

function run(cmd: string, args: string[], env: Record<string, string>) {
	const r = spawnSync(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
}

beforeAll(async () => {
	// Inside the project (ignored by git): the server bundle SvelteKit writes must resolve node_modules.
	fs.mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
	tmp = fs.mkdtempSync(path.join(ROOT, '.tmp/subpath-'));
	const out = path.join(tmp, 'build');
	// Its own SvelteKit folder too: .svelte-kit/ belongs to the main build and the type checker.
	const env = { BASE_PATH: BASE, BUILD_DIR: out, SVELTEKIT_OUT_DIR: path.join(tmp, 'kit') };
	run('npx', ['vite', 'build', '--logLevel', 'error'], env);
	// Brotli results are cached by content, so this costs seconds after the main build.
	run('npx', ['tsx', 'scripts/precompress.ts', out], env);
	browser = await launchBrowser();
	server = await startServer(out, BASE);
}, 600_000); // a full build, beside another test file

afterAll(async () => {
	for (const o of opened) await o.context.close();
	await browser?.close();
	await server?.close();
	if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** Every request the page made, as paths on the served origin (other origins are checked by the harness). */
async function openRecording(route: string) {
	const o = await openPage(browser, new URL(route, server.url).href);
	opened.push(o);
	const paths: string[] = [new URL(o.page.url()).pathname];
	o.context.on('request', (r) => {
		const u = new URL(r.url());
		if (u.protocol.startsWith('http')) paths.push(u.pathname);
	});
	return { o, paths };
}

function expectClean(o: OpenedPage, paths: string[]) {
	expect(o.foreignRequests, 'requests to other origins').toEqual([]);
	expect(
		paths.filter((p) => !p.startsWith(`${BASE}/`)),
		`requests outside ${BASE}/`
	).toEqual([]);
	expect(o.consoleErrors, 'console errors').toEqual([]);
	expect(o.pageErrors, 'page errors').toEqual([]);
	expect(o.failedRequests, 'failed requests').toEqual([]);
}

describe(`the site built for and served under ${BASE}`, () => {
	it('loads the overview with every link and asset under the sub-path', async () => {
		const { o, paths } = await openRecording('./');
		expect(await o.page.getByTestId('states-parties').first().innerText()).toBe('112');
		// Read from the attribute: an SVG <a> (the status map's States) has no string `href` property.
		const hrefs = await o.page
			.locator('a[href]')
			.evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href')!, document.baseURI).href));
		const assets = await o.page
			.locator('script[src], link[href]:not([rel="icon"])')
			.evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src || (e as HTMLLinkElement).href));
		expect(assets.length).toBeGreaterThan(0);
		for (const u of [...hrefs, ...assets].map((h) => new URL(h)))
			if (u.origin === new URL(server.url).origin && u.pathname !== '/') expect(u.pathname, u.href).toMatch(/^\/ccm\//);
		expect(hrefs.map((h) => new URL(h).pathname)).toContain('/ccm/universalization');
		await o.page.waitForLoadState('networkidle');
		expectClean(o, paths);
	});

	it('starts DuckDB from the sub-path and answers the as-of control', async () => {
		const { o, paths } = await openRecording('universalization');
		await o.page.waitForFunction(
			() => ['ready', 'failed'].includes(document.documentElement.dataset.engine ?? ''),
			null,
			{ timeout: 90_000 }
		);
		expect(await o.page.evaluate(() => document.documentElement.dataset.engine)).toBe('ready');
		await o.page.getByLabel('As of', { exact: true }).fill('2015-01-01');
		await o.page.waitForSelector('[data-testid="figures-as-of"][data-as-of="2015-01-01"]');
		expect(new URL(o.page.url()).pathname).toBe('/ccm/universalization');
		expect(paths.some((p) => p.endsWith('.wasm'))).toBe(true);
		expect(paths.some((p) => p.startsWith('/ccm/data/'))).toBe(true);
		// A client-side navigation keeps the sub-path too.
		await o.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'UN General Assembly' }).click();
		await o.page.waitForURL(/\/ccm\/unga$/);
		expectClean(o, paths);
	}, 150_000); // the engine may take its 90 s beside another browser file
});
