// Imports that used to hurt the page (issue 19, Browser): a zip bomb dropped as XLSX is refused
// with the limit it broke, without crashing the tab; "Clear imported data" takes away the slides
// drawn from the import too, and says what it removed.
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { browserSuite } from './harness';

const suite = browserSuite();
const FIX = path.join(suite.root, 'tests/fixtures/trustfund');
const engineReady = (p: import('playwright-core').Page) =>
	p.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, { timeout: 60_000 });

/** A workbook whose one sheet expands to ~300 MB of rows, compressed to about 1 MB (a test-made bomb). */
async function bomb(): Promise<string> {
	const row = '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>';
	const chunk = strToU8(row.repeat(Math.ceil((10 * 2 ** 20) / row.length)));
	const files: Record<string, Uint8Array> = {};
	for (let i = 0; i < 30; i++) files[`xl/worksheets/sheet${i + 1}.xml`] = chunk;
	const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'bomb-')), 'fixture-bomb.xlsx');
	await writeFile(file, zipSync(files, { level: 6 }));
	return file;
}

describe('imports the page survives', () => {
	it('refuses a zip bomb on /trust-fund, naming the limit, and the page keeps working', async () => {
		const o = await suite.open('/trust-fund');
		const p = o.page;
		await engineReady(p);
		await p.getByLabel('Import a record file (CSV or XLSX)').setInputFiles(await bomb());
		const errors = p.getByTestId('import-errors');
		await expect.poll(() => errors.count(), { timeout: 30_000 }).toBe(1);
		expect(await errors.innerText()).toContain(
			'fixture-bomb.xlsx: refused: this workbook would expand to more than 256 MB'
		);
		expect(await errors.innerText()).not.toMatch(/line 0|Cannot read/);
		// Still alive: a real ledger imports after it.
		await p
			.getByLabel('Import a record file (CSV or XLSX)')
			.setInputFiles(path.join(FIX, 'fixture-ledger-contributions.csv'));
		await expect.poll(() => p.getByTestId('tf-states').count(), { timeout: 20_000 }).toBe(1);
		expect(o.pageErrors).toEqual([]);
	});

	it('clearing an imported ledger removes the slides drawn from it, keeps the others, and says so', async () => {
		const o = await suite.open('/universalization');
		const p = o.page;
		await p.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, { timeout: 30_000 });
		const addSlide = async (name: string) => {
			const figure = p.getByRole('figure', { name, exact: true });
			await figure.getByRole('button', { name: 'Download', exact: true }).click();
			await figure.getByRole('menuitem', { name: 'Add to slides', exact: true }).click();
			await expect
				.poll(() => figure.getByRole('status').innerText(), { timeout: 20_000 })
				.toContain('Added to the slides');
		};
		await addSlide('States Parties over time');

		await p.goto(new URL('/trust-fund', suite.server.url).href);
		await engineReady(p);
		await p
			.getByLabel('Import a record file (CSV or XLSX)')
			.setInputFiles(path.join(FIX, 'fixture-ledger-contributions.csv'));
		await expect.poll(() => p.getByTestId('tf-states').count(), { timeout: 20_000 }).toBe(1);
		const ledgerChart = (await p.getByRole('figure').first().locator('h3').innerText()).trim();
		await addSlide(ledgerChart);
		const tray = p.getByTestId('slide-tray').locator('summary');
		await expect.poll(() => tray.innerText()).toBe('Slides (2)');

		await p.getByRole('button', { name: 'Clear imported data' }).click();
		await expect.poll(() => tray.innerText()).toBe('Slides (1)');
		expect(await p.getByTestId('import-cleared').innerText()).toBe(
			'Removed from this browser: fixture-ledger-contributions.csv. Slides drawn from it removed from the slide tray: 1.'
		);
		// The slide left is the one of the shipped data, and survives a reload.
		await p.reload();
		await expect.poll(() => tray.innerText(), { timeout: 20_000 }).toBe('Slides (1)');
		await tray.click();
		expect(await p.getByTestId('slide-tray').innerText()).toContain('States Parties over time');
		expect(await p.getByTestId('slide-tray').innerText()).not.toContain(ledgerChart);
		expect(o.pageErrors).toEqual([]);
	});
});
