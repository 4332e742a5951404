/**
 * The browser under faults: a missing, truncated or altered Parquet file, no WebAssembly, and a
 * 100,000-row file dropped into an import. In each the prerendered page stays readable, the page
 * says what went wrong, and nothing is thrown uncaught. The longest main-thread task during the
 * big import is measured and printed (timing is reported, never a pass/fail test).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { csvLine, parseCsv } from '../../src/lib/csv';
import { browserSuite } from './harness';

const suite = browserSuite();
const IMPORT_LABEL = 'Import a record file (CSV or XLSX)';

/** Serves `file` changed by `change` (or a 404 when change is null) instead of the built one. */
function replaceDataFile(file: string, change: ((buf: Buffer) => Buffer) | null) {
	return async (context: BrowserContext) => {
		const real = fs.readFileSync(path.join(suite.root, 'build/data', file));
		await context.route(`**/data/${file}`, (route) =>
			change ? route.fulfill({ status: 200, body: change(real) }) : route.fulfill({ status: 404, body: 'not found' })
		);
	};
}

async function expectPrerenderedTransparency(p: import('playwright-core').Page) {
	expect(await p.getByTestId('rules').innerText()).toContain('due');
	expect(await p.locator('[data-testid="initial-reports"] tr[data-iso3="NAM"]').getAttribute('data-status')).toBe(
		'late'
	);
}

describe('a damaged data file', () => {
	const cases: [string, ((b: Buffer) => Buffer) | null, RegExp][] = [
		['missing', null, /a7_records\.parquet: HTTP 404/],
		['truncated', (b) => b.subarray(0, Math.floor(b.length / 2)), /a7_records\.parquet does not match its checksum/],
		[
			'altered (one byte)',
			(b) => {
				const c = Buffer.from(b);
				const at = Math.floor(c.length / 2);
				c[at] = c[at]! ^ 0xff;
				return c;
			},
			/a7_records\.parquet does not match its checksum in manifest\.json \(damaged or altered\)/
		]
	];
	for (const [what, change, message] of cases)
		it(`(${what}) is named on the page, whose prerendered figures stay readable`, async () => {
			const o = await suite.open('/transparency', { prepare: replaceDataFile('a7_records.parquet', change) });
			const p = o.page;
			await p.waitForFunction(() => document.documentElement.dataset.engine === 'failed', null, { timeout: 60_000 });
			const notice = await p.getByTestId('engine-failed').innerText();
			expect(notice).toMatch(message);
			expect(notice, notice).toContain('The figures shown remain correct as of');
			await expectPrerenderedTransparency(p);
			// An import then says why it cannot run, instead of failing silently.
			await p
				.getByLabel(IMPORT_LABEL)
				.setInputFiles(path.join(suite.root, 'tests/fixtures/article7/fixture-isu-record.csv'));
			await expect.poll(() => p.getByTestId('import-errors').count(), { timeout: 20_000 }).toBe(1);
			expect(await p.getByTestId('import-errors').innerText()).toMatch(message);
			expect(o.pageErrors).toEqual([]);
			expect(o.foreignRequests).toEqual([]);
		});

	it('on /universalization: the as-of control says so and keeps the prerendered figures', async () => {
		const o = await suite.open('/universalization', {
			prepare: replaceDataFile('accession.parquet', (b) => b.subarray(0, 100))
		});
		const p = o.page;
		const before = await p.locator('main').innerText();
		await p.locator('#as-of-date').fill('2015-01-01');
		await p.waitForFunction(() => document.documentElement.dataset.engine === 'failed', null, { timeout: 60_000 });
		await expect.poll(() => p.locator('main').innerText()).toContain('accession.parquet does not match its checksum');
		expect(before).toContain('States Parties');
		expect(o.pageErrors).toEqual([]);
	});
});

describe('no WebAssembly', () => {
	const noWasm = async (context: BrowserContext) => {
		await context.addInitScript(() => {
			// As a browser with WebAssembly turned off (e.g. by policy) presents itself.
			delete (globalThis as { WebAssembly?: unknown }).WebAssembly;
		});
	};
	it('leaves every page type readable, with a notice where figures would be recomputed', async () => {
		for (const route of ['/', '/unga', '/states/fra', '/trust-fund']) {
			const o = await suite.open(route, { prepare: noWasm });
			expect(await o.page.locator('h1').count(), route).toBe(1);
			expect(await o.page.locator('main').innerText(), route).not.toBe('');
			expect(o.pageErrors, route).toEqual([]);
			expect(o.consoleErrors, route).toEqual([]);
		}
		const o = await suite.open('/transparency', { prepare: noWasm });
		await o.page.waitForFunction(() => document.documentElement.dataset.engine === 'failed', null, { timeout: 30_000 });
		expect(await o.page.getByTestId('engine-failed').innerText()).toContain('This browser does not run WebAssembly');
		await expectPrerenderedTransparency(o.page);
		expect(o.pageErrors).toEqual([]);
		expect(o.consoleErrors).toEqual([]);
	});
});

describe('a 100,000-row file dropped into the import', () => {
	/** A made-up record of 100,000 rows (FIXTURE in every source cell), with three bad rows. */
	function bigRecord(): { csv: string; bad: Record<number, string> } {
		const ccm = parseCsv(fs.readFileSync(path.join(suite.root, 'data/sources/accession/ccm.csv'), 'utf8'));
		const at = (c: string) => ccm.header.indexOf(c);
		const parties = ccm.records.filter((r) => r.cells[at('deposit_date')]).map((r) => r.cells[at('state')]!);
		const lines = [csvLine(['state', 'report_type', 'covering_year', 'date', 'date_kind', 'source', 'quote'])];
		for (let i = 0; i < 100_000; i++) {
			const year = 2011 + (i % 14);
			lines.push(
				csvLine([parties[i % parties.length], 'annual', year, `${year + 1}-04-30`, 'received', `FIXTURE row ${i}`, ''])
			);
		}
		// Spreadsheet line numbers: the header is line 1, data row i is line i + 2.
		const bad = { 25_002: 'date', 50_002: 'state', 100_001: 'report_type' };
		lines[25_001] = lines[25_001]!.replace(/\d{4}-04-30/, '2023-02-30');
		lines[50_001] = lines[50_001]!.replace(/^[^,]+|^"[^"]+"/, 'Atlantis');
		lines[100_000] = lines[100_000]!.replace(',annual,', ',yearly,');
		return { csv: lines.join('\n') + '\n', bad };
	}

	it('is read off the main thread and its errors are listed by row', async () => {
		const { csv, bad } = bigRecord();
		const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-100k-')), 'fixture-100k.csv');
		fs.writeFileSync(file, csv);
		const o = await suite.open('/transparency', {
			prepare: (context) =>
				context.addInitScript(() => {
					const w = window as unknown as { __longtasks: { start: number; duration: number }[] };
					w.__longtasks = [];
					new PerformanceObserver((list) => {
						for (const e of list.getEntries()) w.__longtasks.push({ start: e.startTime, duration: e.duration });
					}).observe({ type: 'longtask', buffered: true });
				})
		});
		const p = o.page;
		await p.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, { timeout: 60_000 });
		const started = await p.evaluate(() => performance.now());
		// Chromium's own file chooser path (DevTools protocol): Playwright's setInputFiles rebuilds the
		// file from base64 in its script on the page's main thread, a long task that is not the page's.
		const cdp = await o.context.newCDPSession(p);
		const { root } = await cdp.send('DOM.getDocument');
		const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'input[type="file"]' });
		await cdp.send('DOM.setFileInputFiles', { nodeId, files: [file] });
		// The page answers while the file is read: the status line appears and the search box takes typing.
		await p.locator('input[type="search"]').fill('Fra');
		expect(await p.locator('input[type="search"]').inputValue()).toBe('Fra');
		const errors = p.getByTestId('import-errors');
		await expect.poll(() => errors.count(), { timeout: 120_000 }).toBe(1);
		const ended = await p.evaluate(() => performance.now());
		const text = await errors.innerText();
		for (const [line, column] of Object.entries(bad))
			expect(text).toContain(`fixture-100k.csv line ${line}, column ${column}`);
		expect(text).toContain('fixture-100k.csv was not imported: 3 problems');
		expect(await p.getByTestId('imported-banner').count()).toBe(0);
		const tasks = await p.evaluate(
			([a, b]) =>
				(window as unknown as { __longtasks: { start: number; duration: number }[] }).__longtasks.filter(
					(t) => t.start >= a! && t.start <= b!
				),
			[started, ended]
		);
		const longest = Math.max(0, ...tasks.map((t) => t.duration));
		console.log(
			`100,000-row import: ${((ended - started) / 1000).toFixed(1)} s until the errors were listed; longest main-thread task ${Math.round(longest)} ms (${tasks.length} tasks over 50 ms)`
		);
		expect(o.pageErrors).toEqual([]);
	});
});
