// Arabic on a phone (390 px): every page opens on its content. The skip link used to hide 999 px to
// the left, which a right-to-left page can scroll into: the screen showed blank space, not the page.
import { describe, expect, it } from 'vitest';
import { browserSuite } from './harness';
import { PAGE_TYPES } from './page-types';

const suite = browserSuite();
const ROUTES = [...PAGE_TYPES, 'no-such-page'];

describe('Arabic pages at 390 px', () => {
	it.each(ROUTES)('/ar/%s shows its heading on screen, with no blank area beside the page', async (route) => {
		const context = await suite.browser.newContext({ viewport: { width: 390, height: 844 } });
		try {
			const page = await context.newPage();
			await page.goto(new URL(`ar/${route}`, suite.server.url).href);
			const h1 = await page.locator('h1').first().boundingBox();
			expect(h1).not.toBeNull();
			expect(h1!.x).toBeGreaterThanOrEqual(0);
			expect(h1!.x + h1!.width).toBeLessThanOrEqual(390);
			// Hidden, the skip link stays within the page's width (above it), not beside it.
			const skip = await page.locator('.skip-link').boundingBox();
			expect(skip!.x).toBeGreaterThanOrEqual(0);
			expect(skip!.y + skip!.height).toBeLessThanOrEqual(0);
			// The languages are a compact control naming the current one, not a bulleted column.
			expect(await page.getByTestId('language-current').innerText()).toBe('العربية');
			expect(await page.locator('nav.languages ul').isVisible()).toBe(false);
		} finally {
			await context.close();
		}
	});
});
