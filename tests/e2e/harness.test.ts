/**
 * Proves the browser harness's guards can fail: a page that reaches another origin must be caught,
 * while a healthy same-origin fetch must leave no error behind. Without this, a harness that recorded
 * nothing would make every browser test pass.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchBrowser, openPage, startServer, type RunningServer } from './harness';

const PAGE = `<!doctype html>
<html>
<head><meta charset="utf-8"><title>harness fixture</title></head>
<body>
<p id="result">pending</p>
<img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<img alt="" src="https://example.org/x.png">
<script>
	fetch('/data/x.json')
		.then((response) => response.json())
		.then((data) => { document.getElementById('result').textContent = 'value ' + data.value; })
		.catch((error) => { console.error('fetch failed: ' + error); });
</script>
</body>
</html>`;

const BROKEN = `<!doctype html><html><body><script>
	console.error('boom in console');
	throw new Error('boom uncaught');
</script></body></html>`;

let tmp: string;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
	tmp = mkdtempSync(join(tmpdir(), 'harness-'));
	mkdirSync(join(tmp, 'data'));
	writeFileSync(join(tmp, 'index.html'), PAGE);
	writeFileSync(join(tmp, 'broken.html'), BROKEN);
	writeFileSync(join(tmp, 'data', 'x.json'), '{"value":42}');
	server = await startServer(tmp);
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
	if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('browser harness', () => {
	it('records a request to another origin, and no error for a same-origin fetch', async () => {
		const opened = await openPage(browser, server.url);
		try {
			await opened.page.locator('#result', { hasText: 'value 42' }).waitFor();
			expect(opened.foreignRequests).toContain('https://example.org/x.png');
			// data: URLs and the page's own origin are not foreign.
			expect(opened.foreignRequests).toHaveLength(1);
			expect(opened.consoleErrors.filter((text) => /x\.json|fetch failed/.test(text))).toEqual([]);
			expect(opened.failedRequests.filter((text) => text.includes('/data/x.json'))).toEqual([]);
			expect(opened.pageErrors).toEqual([]);
		} finally {
			await opened.context.close();
		}
	});

	it('records console errors and uncaught exceptions', async () => {
		const opened = await openPage(browser, `${server.url}broken`);
		try {
			expect(opened.consoleErrors).toContain('boom in console');
			expect(opened.pageErrors.join('\n')).toContain('boom uncaught');
		} finally {
			await opened.context.close();
		}
	});

	it('runs pages without JavaScript when asked', async () => {
		const opened = await openPage(browser, server.url, { javaScriptEnabled: false });
		try {
			expect(await opened.page.locator('#result').textContent()).toBe('pending');
		} finally {
			await opened.context.close();
		}
	});

	it('names the way to install Chromium when it is missing', () => {
		const saved = process.env.CHROME_PATH;
		process.env.CHROME_PATH = '/nonexistent/chromium';
		try {
			expect(() => findChromium()).toThrow(
				"Chromium not found at /nonexistent/chromium. Install Debian's chromium (`sudo apt-get install -y chromium`) or set CHROME_PATH to a Chromium/Chrome binary."
			);
		} finally {
			if (saved === undefined) delete process.env.CHROME_PATH;
			else process.env.CHROME_PATH = saved;
		}
	});
});
