/**
 * Security in Chromium, on the production build: every page type under the built CSP with zero
 * console errors, zero CSP violations and zero requests leaving the origin; text from a file
 * (script and formula in names and free text, even in the file name) always shown as text; imported
 * rows kept in this browser only and gone from IndexedDB after "Clear imported data".
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { browserSuite, csvFile, engineReady, importFile, importOutcome } from './harness';

const suite = browserSuite();
const XSS = '<img src=x onerror=alert(1)>';

/** Records CSP violations and dialogs (an alert() that ran would open one) from the first script on. */
async function watch(context: BrowserContext) {
	await context.addInitScript(() => {
		const w = window as unknown as { __violations: string[] };
		w.__violations = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`)
		);
	});
}
const violations = (p: Page) => p.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

/** Keys in this browser's store of imported files: one per file, and `<key>#<n>` for the parts of its rows. */
const storedKeys = (p: Page) =>
	p.evaluate(
		() =>
			new Promise<string[]>((resolve, reject) => {
				const req = indexedDB.open('ccm-dashboard', 1);
				req.onupgradeneeded = () => req.result.createObjectStore('imports', { keyPath: 'key' });
				req.onerror = () => reject(req.error);
				req.onsuccess = () => {
					const keys = req.result.transaction('imports').objectStore('imports').getAllKeys();
					keys.onsuccess = () => {
						resolve(keys.result.map(String));
						req.result.close();
					};
				};
			})
	);
/** Imported files stored in this browser. */
const storedImports = async (p: Page) => (await storedKeys(p)).filter((k) => !k.includes('#')).length;
/** Everything stored, parts included: nothing may stay after "Clear imported data". */
const storedAnything = async (p: Page) => (await storedKeys(p)).length;

describe('every page type under the built Content-Security-Policy', () => {
	const routes = [
		'/',
		'/universalization',
		'/unga',
		'/transparency',
		'/trust-fund',
		'/states/fra',
		'/states/civ',
		'/states/usa',
		'/states/ukr',
		'/states/lao'
	];
	for (const route of routes)
		it(`${route} loads with no console error, CSP violation or foreign request`, async () => {
			const o = await suite.open(route, { prepare: watch });
			const dialogs: string[] = [];
			o.page.on('dialog', (d) => {
				dialogs.push(d.message());
				void d.dismiss();
			});
			const csp = await o.page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
			expect(csp).toContain("default-src 'self'");
			expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
			expect(csp).not.toContain("'unsafe-eval'");
			expect(csp).not.toMatch(/https?:/);
			// Pages with live figures start the engine; /universalization does on a new date.
			if (route === '/universalization') await o.page.locator('#as-of-date').fill('2015-01-01');
			if (['/transparency', '/trust-fund', '/universalization'].includes(route)) await engineReady(o.page);
			else await o.page.waitForLoadState('networkidle');
			expect(await violations(o.page)).toEqual([]);
			expect(o.consoleErrors).toEqual([]);
			expect(o.pageErrors).toEqual([]);
			expect(o.foreignRequests).toEqual([]);
			expect(dialogs).toEqual([]);
		});
});

describe('text from an imported file', () => {
	const record = [
		'state,report_type,covering_year,date,date_kind,source,quote',
		`Namibia,initial,,2019-07-30,received,${XSS},"=HYPERLINK(""http://example.invalid/x"",""click"")"`,
		`Iceland,annual,2019,2020-04-20,received,javascript:alert(1),${XSS}`
	].join('\n');
	const name = `fixture-${XSS}.csv`;

	it('is shown as text in every view, never run, and is wiped by "Clear imported data"', async () => {
		const o = await suite.open('/transparency', { prepare: watch });
		const p = o.page;
		const dialogs: string[] = [];
		p.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		const requests: string[] = [];
		o.context.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
		await engineReady(p);
		await importFile(p, csvFile(name, record));
		expect(await importOutcome(p, 'imported-banner', 30_000)).toContain(name);
		await expect
			.poll(() => p.locator('[data-testid="initial-reports"] tr[data-iso3="NAM"]').innerText())
			.toContain(XSS);
		expect(await p.locator('figure#annual .source').innerText()).toContain(name);
		// Nothing injected, nothing clickable that runs script, nothing run.
		expect(await p.locator('img[src="x"], [onerror]').count()).toBe(0);
		expect(await p.locator('a[href^="javascript:"]').count()).toBe(0);
		expect(dialogs).toEqual([]);
		expect(await violations(p)).toEqual([]);
		// The file stayed in this browser: only GETs to the site itself.
		expect(requests.filter((r) => !r.startsWith('GET ') || !r.includes(new URL(suite.server.url).host))).toEqual([]);
		expect(await storedImports(p)).toBe(1);

		await p.getByRole('button', { name: 'Clear imported data' }).click();
		await expect.poll(() => p.getByTestId('imported-banner').count()).toBe(0);
		await expect.poll(() => storedAnything(p)).toBe(0);
		// A new visit finds nothing to restore.
		const again = await o.context.newPage();
		await again.goto(suite.url('/transparency'));
		await engineReady(again);
		expect(await again.getByTestId('imported-banner').count()).toBe(0);
		expect(o.pageErrors).toEqual([]);
		expect(o.consoleErrors).toEqual([]);
	});

	it('is shown as text when echoed in an error, with its row', async () => {
		const { page: p } = await suite.open('/transparency', { prepare: watch, until: 'engine' });
		const bad = [
			'state,report_type,covering_year,date,date_kind,source,quote',
			`${XSS},initial,,2019-07-30,received,x,`
		];
		await importFile(p, csvFile(name, bad.join('\n')));
		expect(await importOutcome(p, 'import-errors', 30_000)).toContain(`${name} line 2, column state: value "${XSS}"`);
		expect(await p.locator('img[src="x"], [onerror]').count()).toBe(0);
		expect(await storedImports(p)).toBe(0);
	});

	it('on /trust-fund: a ledger is wiped from this browser by "Clear imported data"', async () => {
		const o = await suite.open('/trust-fund', { prepare: watch, until: 'engine' });
		const p = o.page;
		const ledger = `year,state,amount,currency,date_received,fund,source\n2023,Norway,1000.00,CHF,2023-03-01,trust_fund,${XSS}`;
		await importFile(p, csvFile(name, ledger));
		expect(await importOutcome(p, 'imported-banner', 30_000)).toContain(name);
		expect(await p.locator('img[src="x"], [onerror]').count()).toBe(0);
		expect(await storedImports(p)).toBe(1);
		await p.getByRole('button', { name: 'Clear imported data' }).click();
		await expect.poll(() => storedAnything(p)).toBe(0);
		expect(o.pageErrors).toEqual([]);
	});
});
