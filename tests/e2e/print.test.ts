// Print in Chromium, A4 landscape as "Save as PDF" makes it: the long pages fit a brief's few
// sheets, the long reference tables give their address (view state included) instead of a dozen
// sheets, nothing runs past the sheet's edge, and no last sheet holds the footer alone.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite } from './harness';

const suite = browserSuite();
const dir = mkdtempSync(join(tmpdir(), 'ccm-print-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// pdftotext (poppler-utils, which .ci/run installs) reads a sheet's text; without it the sheet
// counts are still checked and the last sheet's content is not.
const hasPdftotext = (() => {
	try {
		execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
})();
if (!hasPdftotext) console.warn('pdftotext not found (apt-get install poppler-utils): last-sheet checks skipped');

/** The page as the browser's print makes it: the PDF, its number of sheets, and a sheet's text lines. */
async function printed(p: Page, name: string) {
	const pdf = await p.pdf({ preferCSSPageSize: true, printBackground: true });
	const sheets = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
	const file = join(dir, `${name}.pdf`);
	writeFileSync(file, pdf);
	const lines = (sheet: number) =>
		execFileSync('pdftotext', ['-layout', '-f', String(sheet), '-l', String(sheet), file, '-'])
			.toString()
			.split('\n')
			.filter((l) => l.trim() !== '');
	return { sheets, lines };
}

// Targets set when the print was made compact (2026-12-07, data of 3 Feb 2026): /transparency
// printed 22 sheets, /unga 18, /universalization 6 of which the last held only the footer.
const TARGETS = [
	['/universalization', 5],
	['/unga', 8],
	['/transparency', 10],
	['/ar/universalization', 5],
	['/ar/unga', 8],
	['/ar/transparency', 10]
] as const;

// The footer prints three or four lines (printed from, data date, each dataset's date): a last
// sheet with fewer lines than this holds the footer and little else.
const MIN_LAST_SHEET_LINES = 6;

describe('print', () => {
	it.each(TARGETS)('%s prints on at most %i A4 sheets, the last with more than the footer', async (route, most) => {
		const o = await suite.open(route, { until: 'hydrated' });
		const { sheets, lines } = await printed(o.page, route.replace(/\W+/g, '_'));
		expect(sheets).toBeGreaterThan(0);
		expect(sheets, `${route}: sheets printed`).toBeLessThanOrEqual(most);
		if (hasPdftotext) {
			const last = lines(sheets);
			expect(last.length, `${route}: lines on the last sheet:\n${last.join('\n')}`).toBeGreaterThanOrEqual(
				MIN_LAST_SHEET_LINES
			);
		}
	});

	it('/unga leaves the vote matrix off paper and prints its address with the view chosen', async () => {
		const o = await suite.open('/unga?group=region&v=1', { until: 'hydrated' });
		const p = o.page;
		// The grouping is changed after loading: the address printed is the one of the moment of printing.
		await p.getByLabel('Group by').selectOption('status');
		await expect.poll(() => p.url()).toContain('group=status');
		await printed(p, 'unga-status');
		await p.emulateMedia({ media: 'print' });
		expect(await p.getByTestId('vote-matrix').isVisible()).toBe(false);
		const note = p.getByTestId('print-omitted');
		expect(await note.isVisible()).toBe(true);
		const url = new URL(p.url());
		expect(await note.innerText()).toBe(`Full table online: ${url.origin}${url.pathname}${url.search}#matrix-title`);
		expect(url.search).toContain('group=status');
		// The year's control does not print, nor its label: the year is in the section's title.
		expect(await p.locator('label', { hasText: 'Year of the vote' }).isVisible()).toBe(false);
		// The summaries a brief reads stay on paper.
		expect(await p.getByTestId('tally-grid').isVisible()).toBe(true);
		expect(await p.getByTestId('prospects').isVisible()).toBe(true);
		expect(await p.getByTestId('movers').isVisible()).toBe(true);
		// On screen nothing changes: the matrix is there, the note is not.
		await p.emulateMedia({ media: 'screen' });
		expect(await p.getByTestId('vote-matrix').isVisible()).toBe(true);
		expect(await note.isVisible()).toBe(false);
	});

	it('/transparency leaves the State x year grid off paper, with its address and as-of day', async () => {
		const o = await suite.open('/ar/transparency?as_of=2020-06-30&v=1', { until: 'hydrated' });
		const p = o.page;
		await printed(p, 'ar-transparency-2020');
		await p.emulateMedia({ media: 'print' });
		expect(await p.getByTestId('report-grid').isVisible()).toBe(false);
		const note = p.getByTestId('print-omitted');
		expect(await note.isVisible()).toBe(true);
		const text = await note.innerText();
		expect(text).toContain('الجدول الكامل على الإنترنت');
		expect(text).toContain('/ar/transparency?as_of=2020-06-30');
		expect(text).toMatch(/#grid-title$/);
		expect(await p.getByTestId('initial-reports').isVisible()).toBe(true);
		expect(await p.getByTestId('published-figures').isVisible()).toBe(true);
	});

	it('nothing printed runs past the sheet’s edges, left to right or right to left', async () => {
		for (const route of ['/unga', '/transparency', '/universalization', '/ar/unga', '/ar/transparency']) {
			const o = await suite.open(route, { until: 'hydrated' });
			const p = o.page;
			// A4 landscape less 12 mm margins each side: 273 mm, 1031 CSS pixels.
			await p.setViewportSize({ width: 1031, height: 700 });
			await p.emulateMedia({ media: 'print' });
			const outside = await p.evaluate(() => {
				const width = document.documentElement.clientWidth;
				return [...document.querySelectorAll('main table, main figure svg, main p, main h1, main h2, main h3')]
					.filter((e) => (e as HTMLElement).offsetParent !== null || e instanceof SVGElement)
					.map((e) => ({ e, r: e.getBoundingClientRect() }))
					.filter(({ r }) => r.width > 0 && (r.left < -1 || r.right > width + 1))
					.map(
						({ e, r }) =>
							`${e.tagName}${e.getAttribute('data-testid') ? `[${e.getAttribute('data-testid')}]` : ''} ${Math.round(r.left)}..${Math.round(r.right)} of ${width}`
					);
			});
			expect(outside, route).toEqual([]);
		}
	});
});
