// A chart's values on hover and from the keyboard (chart-tips.ts): the box is one tab stop, the
// arrow keys step through the marks and the tooltip says the mark's value in words, in the page's
// language; hovering a bar shows the same; Escape and leaving hide it; it stays inside a phone's screen.
import { describe, expect, it } from 'vitest';
import { browserSuite } from './harness';

const suite = browserSuite();

describe('chart tooltips', () => {
	it('steps through the UNGA tallies from the keyboard, and shows a bar’s value under the pointer', async () => {
		const { page: p } = await suite.open('unga', { until: 'hydrated' });
		const box = p.locator('#tally-plenary .chart-body, figure.chart .chart-body').first();
		await expect.poll(() => box.getAttribute('tabindex')).toBe('0');
		expect(await box.getAttribute('aria-label')).toMatch(/arrow keys/);
		await box.focus();
		await p.keyboard.press('End');
		const tip = box.getByRole('status');
		// The last mark of the chart: the latest year's, named by its year.
		await expect.poll(() => tip.textContent()).toMatch(/^\d{4}: /);
		const last = await tip.textContent();
		await p.keyboard.press('ArrowLeft');
		await expect.poll(() => tip.textContent()).not.toBe(last);
		expect(await box.locator('.tip-focus').count()).toBe(1);
		await p.keyboard.press('Escape');
		await expect.poll(() => tip.count()).toBe(0);

		const bar = box.locator('rect:has(> title)').first();
		const title = (await bar.locator('title').textContent())!.trim();
		await bar.hover();
		await expect.poll(() => box.getByRole('status').textContent()).toBe(title);
		await p.mouse.move(1, 1);
		await expect.poll(() => box.getByRole('status').count()).toBe(0);
	});

	it('on a phone in Arabic, the step chart’s last count is read from the keyboard, inside the screen', async () => {
		const context = await suite.browser.newContext({ viewport: { width: 390, height: 844 } });
		try {
			const p = await context.newPage();
			await p.goto(suite.url('ar/universalization'));
			await p.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
			const box = p.locator('figure.chart:has(svg.step-chart) .chart-body');
			await box.focus();
			await p.keyboard.press('End');
			const tip = box.getByRole('status');
			await expect.poll(() => tip.textContent()).toMatch(/١١٢|112/);
			const r = (await tip.boundingBox())!;
			expect(r.x).toBeGreaterThanOrEqual(0);
			expect(r.x + r.width).toBeLessThanOrEqual(390);
			expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		} finally {
			await context.close();
		}
	});
});
