// The six UN languages and accessibility in Chromium: every page type prerendered in every
// language with the right lang and dir, the switcher keeping the view, numbers and dates in the
// locale, axe-core without violations (every page type x language, plus a sample of profiles), and
// the main tasks done with the keyboard only.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite, hydrated } from './harness';

const suite = browserSuite();
const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// Each language's writing direction and the start of its navigation's "Universalization", written
// here rather than read from src/lib/i18n, so that the pages are checked against what they should say.
const LANGS = (
	[
		['en', 'ltr', 'Universalization'],
		['fr', 'ltr', 'Universalisation'],
		['es', 'ltr', 'Universalización'],
		['ar', 'rtl', 'عالمية الاتفاقية'],
		['zh', 'ltr', '普遍'],
		['ru', 'ltr', 'Универсализац']
	] as const
).map(([code, dir, nav]) => ({ code, prefix: code === 'en' ? '' : `/${code}`, dir, nav }));
const PAGES = [
	'/',
	'/universalization',
	'/unga',
	'/transparency',
	'/implementation',
	'/calendar',
	'/trust-fund',
	'/compare',
	'/states/fra'
];

async function axe(p: Page) {
	await p.evaluate(await axeSource);
	return p.evaluate(async () => {
		const w = window as unknown as {
			axe: {
				run: (
					ctx: Document,
					opts: object
				) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
			};
		};
		const r = await w.axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
		});
		return r.violations.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.nodes
					.map((n) => n.target.join(' '))
					.slice(0, 3)
					.join(', ')}`
		);
	});
}

describe('languages', () => {
	it.each(LANGS)('$code: prerendered with lang, dir and the navigation in the language', async (l) => {
		const o = await suite.open(`${l.prefix}/universalization`, { javaScriptEnabled: false });
		const html = o.page.locator('html');
		expect(await html.getAttribute('lang')).toBe(l.code);
		expect(await html.getAttribute('dir')).toBe(l.dir);
		expect(await o.page.locator('nav.main [aria-current="page"]').innerText()).toContain(l.nav);
		// Links stay in the language.
		const paths = await o.page
			.locator('nav.main a')
			.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(paths).toHaveLength(8);
		for (const path of paths) expect(path === (l.prefix || '/') || path.startsWith(`${l.prefix}/`)).toBe(true);
		expect(o.foreignRequests).toEqual([]);
	});

	it('numbers and dates follow the locale; the switcher keeps the page and its view state', async () => {
		const o = await suite.open('/universalization?as_of=2019-06-30&v=1');
		const p = o.page;
		await hydrated(p);
		// The compact control names the current language and opens on the others.
		const nav = p.getByRole('navigation', { name: 'Language' });
		expect(await nav.getByTestId('language-current').innerText()).toBe('English');
		await nav.getByTestId('language-current').click();
		await nav.getByRole('link', { name: 'Français' }).click();
		await p.waitForURL(/\/fr\/universalization\?as_of=2019-06-30&v=1$/);
		await hydrated(p);
		await expect
			.poll(() => p.getByTestId('figures-as-of').getAttribute('data-as-of'), { timeout: 60_000 })
			.toBe('2019-06-30');
		expect(await p.getByTestId('figures-as-of').innerText()).toContain('30 juin 2019');
		expect(await p.locator('html').getAttribute('lang')).toBe('fr');
		const langue = p.getByRole('navigation', { name: 'Langue' });
		await langue.getByTestId('language-current').click();
		await langue.getByRole('link', { name: 'العربية' }).click();
		await p.waitForURL(/\/ar\/universalization\?as_of=2019-06-30&v=1$/);
		expect(await p.locator('html').getAttribute('dir')).toBe('rtl');
		expect(o.consoleErrors).toEqual([]);
	});

	it('the Download menu and exported CSV speak the page language', async () => {
		const o = await suite.open('/es/universalization');
		const p = o.page;
		await hydrated(p);
		const figure = p.locator('figure#timeline');
		await figure.getByRole('button', { name: 'Descargar' }).click();
		const [file] = await Promise.all([
			p.waitForEvent('download'),
			figure.getByRole('menuitem', { name: 'CSV' }).click()
		]);
		const text = (await readFile((await file.path())!, 'utf8')).slice(1);
		expect(text.split('\r\n')[0]).toContain('fuente');
	});

	it('table letters and the order of State names follow the language (prerendered /zh/)', async () => {
		const unga = await suite.open('/zh/unga', { javaScriptEnabled: false });
		const cells = await unga.page.locator('[data-testid="vote-matrix"] td.vote:not(.none)').allInnerTexts();
		expect(cells.length).toBeGreaterThan(100);
		// Yes, no and abstain are 赞, 反, 弃 on /zh/ (X, non-voting, is a mark in every language).
		expect(new Set(cells.map((c) => c.replace('*', '').trim()))).toEqual(new Set(['赞', '反', '弃', 'X']));
		const names = await unga.page.locator('[data-testid="vote-matrix"] tbody tr[data-iso3] th').allInnerTexts();
		expect(names).toEqual([...names].sort(new Intl.Collator('zh').compare));

		const grid = await suite.open('/zh/transparency', { javaScriptEnabled: false });
		const marks = await grid.page.locator('[data-testid="report-grid"] td.vote').allInnerTexts();
		expect(marks.some((m) => /[LSN]/.test(m))).toBe(false);
		expect(marks).toContain('逾');
		expect(await grid.page.locator('[data-testid="report-grid"] td.vote[title="逾期"]').count()).toBeGreaterThan(0);
	});
});

describe('accessibility (axe-core, WCAG 2.1 A and AA), console and requests', () => {
	for (const l of LANGS) {
		it(`${l.code}: every page type`, async () => {
			const found: string[] = [];
			for (const route of PAGES) {
				const o = await suite.open(`${l.prefix}${route}`);
				await hydrated(o.page);
				for (const v of await axe(o.page)) found.push(`${l.prefix}${route}: ${v}`);
				// Under the site's CSP, in every language: nothing logged as an error, nothing fetched elsewhere.
				for (const e of o.consoleErrors) found.push(`${l.prefix}${route}: console error ${e}`);
				for (const r of o.foreignRequests) found.push(`${l.prefix}${route}: request to ${r}`);
				await o.context.close();
			}
			expect(found).toEqual([]);
		}, 240_000);
	}

	it('a sample of State profiles (a party, a signatory, a non-member, a withdrawn State)', async () => {
		const found: string[] = [];
		for (const route of ['/states/lao', '/ar/states/idn', '/zh/states/vat', '/ru/states/ltu']) {
			const o = await suite.open(route);
			await hydrated(o.page);
			for (const v of await axe(o.page)) found.push(`${route}: ${v}`);
			await o.context.close();
		}
		expect(found).toEqual([]);
	}, 120_000);
});

describe('keyboard only', () => {
	it('changes the as-of date, opens a profile from the search box and downloads a chart', async () => {
		const o = await suite.open('/universalization');
		const p = o.page;
		await hydrated(p);
		// The skip link is the first stop and lands on the content.
		await p.keyboard.press('Tab');
		expect(await p.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');

		// The day-by-day slider: Home is the day the Convention opened for signature.
		await p.getByRole('slider', { name: 'As of, day by day' }).focus();
		await p.keyboard.press('Home');
		await expect
			.poll(() => p.getByTestId('figures-as-of').getAttribute('data-as-of'), { timeout: 60_000 })
			.toBe('2008-12-03');

		const chart = p.getByRole('figure', { name: 'States Parties over time', exact: true });
		await chart.getByRole('button', { name: 'Download', exact: true }).focus();
		await p.keyboard.press('Enter');
		await p.keyboard.press('ArrowDown');
		expect(await p.evaluate(() => document.activeElement?.textContent)).toBe('SVG');
		const [file] = await Promise.all([p.waitForEvent('download'), p.keyboard.press('Enter')]);
		expect(file.suggestedFilename()).toMatch(/\.svg$/);

		await p.getByLabel('Find a State').focus();
		// "Lao" also finds Palau by its French and Spanish name (Palaos): the arrow keys choose.
		await p.keyboard.type('Lao');
		await p.keyboard.press('ArrowDown');
		await p.keyboard.press('ArrowUp');
		await p.keyboard.press('Enter');
		await p.waitForURL(/\/states\/lao$/);
		expect(await p.locator('h1').innerText()).toContain('Lao');
	});
});
