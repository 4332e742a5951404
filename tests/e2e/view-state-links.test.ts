// Links that carry view state, opened as a reader opens a shared permalink: every page with view
// state, in English and French, with each parameter valid, out of range and malformed. The page
// must show the day the link names (or say in its language why it shows another), with figures
// computed for that day, and never throw. Expected figures come from `npm run metric`, the same
// SQL the pages run, not from numbers written here. Also: the as-of field as a reader types into
// it, and links to pages that do not exist (404 in the site's frame; /states/FRA to the profile).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CCM } from '../../src/lib/domain/treaties';
import { addDays } from '../../src/lib/domain/dates';
import { PROJECTION_DAYS } from '../../src/lib/domain/as-of';
import type { LinkProblemCode } from '../../src/lib/domain/link-notice';
import { formatDate, formatNumber } from '../../src/lib/i18n/format';
import { linkProblemKey } from '../../src/lib/i18n/labels';
import { localeInfo, type Locale } from '../../src/lib/i18n/locales';
import { translator, type MessageKey } from '../../src/lib/i18n/messages';
import { browserSuite, engineReady, hydrated, openPage, type OpenedPage } from './harness';

const suite = browserSuite();
afterAll(async () => {
	for (const o of tabs.values()) await o.context.close();
});
const ROOT = suite.root;
const DATA_AS_OF: string = JSON.parse(readFileSync(join(ROOT, 'static/data/manifest.json'), 'utf8')).data_as_of;
const OPENED = CCM.openedForSignature;
const PAST = '2016-01-01';
// A projection the as-of control offers (up to a year past the data date), and one past its reach.
const AHEAD = addDays(DATA_AS_OF, 100);
const TOO_FAR = addDays(DATA_AS_OF, PROJECTION_DAYS + 1);

const run = promisify(execFile);
async function metric(...args: string[]): Promise<unknown> {
	const { stdout } = await run('npx', ['tsx', 'scripts/metric.ts', ...args, '--json'], { cwd: ROOT });
	return JSON.parse(stdout);
}
const expected = {
	parties: {} as Record<string, number>,
	ottawaNotCcm: 0,
	notYetDue: [] as string[]
};
beforeAll(async () => {
	const days = [PAST, DATA_AS_OF, AHEAD];
	const [parties, ottawa, initial] = await Promise.all([
		Promise.all(days.map((d) => metric('states-parties', '--as-of', d))),
		metric('overlap', '--with', 'ottawa', '--as-of', PAST),
		metric('initial-reports', '--as-of', PAST)
	]);
	days.forEach((d, i) => (expected.parties[d] = (parties[i] as { states_parties: number }).states_parties));
	expected.ottawaNotCcm = (ottawa as unknown[]).length;
	// Whose initial report was not yet due that day, as the metric (the same rules) says: a report
	// on record with no known date (Palau's) counts as submitted, whatever its due date.
	expected.notYetDue = (initial as { iso3: string; status: string }[])
		.filter((r) => r.status === 'not_yet_due')
		.map((r) => r.iso3)
		.sort();
}, 120_000);

const LANGS: Locale[] = ['en', 'fr'];
const prefix = (lang: Locale) => (lang === 'en' ? '' : `/${lang}`);
const date = (lang: Locale, iso: string) => formatDate(iso, localeInfo(lang).intl);
const tr = (lang: Locale, key: MessageKey, params: Record<string, string | number> = {}) =>
	translator(lang)(key, params);
/** The notice a page shows for an unusable parameter, word for word as the reader gets it. */
function invalidNotice(lang: Locale, value: string, code: LinkProblemCode, fallback: string) {
	const reason = tr(lang, linkProblemKey(code), {
		date: date(lang, OPENED),
		latest: date(lang, addDays(DATA_AS_OF, PROJECTION_DAYS))
	});
	return tr(lang, 'asOf.invalid', { value, reason, date: fallback });
}

/**
 * One tab per language, reused for every link (a fresh page load each time, as a reader opening a
 * link gets, but one browser cache, so the engine's files download once).
 */
const tabs = new Map<Locale, OpenedPage>();
async function visit(lang: Locale, path: string): Promise<OpenedPage> {
	let o = tabs.get(lang);
	const url = new URL(`${prefix(lang)}${path}`, suite.server.url).href;
	if (!o) {
		o = await openPage(suite.browser, url);
		tabs.set(lang, o);
	} else {
		// Leaving the last page cancels its downloads (the engine's files): not this page's failures.
		await o.page.goto('about:blank');
		o.consoleErrors.length = 0;
		o.pageErrors.length = 0;
		o.failedRequests.length = 0;
		await o.page.goto(url);
	}
	await hydrated(o.page);
	return o;
}
/** No page error, no console error, nothing failed: what a reader would see as a broken page. */
async function expectClean(o: OpenedPage) {
	// Let whatever the page scheduled after hydration (the engine's start, URL writes) run first.
	await o.page.waitForTimeout(300);
	expect(o.pageErrors, 'page errors').toEqual([]);
	expect(o.consoleErrors, 'console errors').toEqual([]);
	expect(o.failedRequests, 'failed requests').toEqual([]);
	expect(o.foreignRequests, 'requests to other origins').toEqual([]);
}
const statuses = (p: Page) => p.getByRole('status').allInnerTexts();
const field = (p: Page) => p.locator('#as-of-date');
const asOfShown = (p: Page) => p.getByTestId('figures-as-of').getAttribute('data-as-of');
/** The page says, in its language, why the link's parameter is not used and that it shows the data date. */
async function expectRefused(o: OpenedPage, lang: Locale, param: string, code: LinkProblemCode) {
	await expect.poll(() => statuses(o.page)).toContain(invalidNotice(lang, param, code, date(lang, DATA_AS_OF)));
}

describe.each(LANGS)('links to /universalization (%s)', (lang) => {
	const open = (q: string) => visit(lang, `/universalization${q}`);
	const parties = (p: Page) => p.getByTestId('states-parties').innerText();

	it('opens on the day the link names, with that day’s figures', async () => {
		const o = await open(`?as_of=${PAST}&v=1`);
		await o.page.waitForSelector(`[data-testid="figures-as-of"][data-as-of="${PAST}"]`, { timeout: 90_000 });
		expect(await o.page.getByTestId('figures-as-of').innerText()).toContain(date(lang, PAST));
		expect(await parties(o.page)).toBe(formatNumber(expected.parties[PAST], localeInfo(lang).intl));
		expect(await field(o.page).inputValue()).toBe(date(lang, PAST));
		expect(await o.page.getByTestId('projection').count()).toBe(0);
		expect(new URL(o.page.url()).searchParams.get('as_of')).toBe(PAST);
		await expectClean(o);
	});

	it('says why a day before the Convention opened is not used, and shows the data date', async () => {
		const o = await open('?as_of=2008-01-01&v=1');
		await expectRefused(o, lang, 'as_of=2008-01-01', 'before_opening');
		expect(await asOfShown(o.page)).toBe(DATA_AS_OF);
		expect(await parties(o.page)).toBe(String(expected.parties[DATA_AS_OF]));
		expect(await field(o.page).inputValue()).toBe(date(lang, DATA_AS_OF));
		await expectClean(o);
	});

	it('says why an impossible date is not used', async () => {
		const o = await open('?as_of=2016-13-45');
		await expectRefused(o, lang, 'as_of=2016-13-45', 'not_a_date');
		expect(await asOfShown(o.page)).toBe(DATA_AS_OF);
		await expectClean(o);
	});

	it.runIf(lang === 'en')('labels a later day as a projection and computes it', async () => {
		const o = await open(`?as_of=${AHEAD}&v=1`);
		await o.page.waitForSelector(`[data-testid="figures-as-of"][data-as-of="${AHEAD}"]`, { timeout: 90_000 });
		expect(await parties(o.page)).toBe(String(expected.parties[AHEAD]));
		expect(await o.page.getByTestId('projection').innerText()).toContain(date(lang, AHEAD));
		expect(await field(o.page).inputValue()).toBe(date(lang, AHEAD));
		await expectClean(o);
	});

	it.runIf(lang === 'en')('says why a day past the projections’ reach is not used', async () => {
		const o = await open(`?as_of=${TOO_FAR}&v=1`);
		await expectRefused(o, lang, `as_of=${TOO_FAR}`, 'after_projection');
		expect(await asOfShown(o.page)).toBe(DATA_AS_OF);
		await expectClean(o);
	});

	it.runIf(lang === 'en')(
		'reads a link with a letters-only date, a future version and an unknown parameter',
		async () => {
			const o = await open('?as_of=abc&v=99&colour=red');
			await expectRefused(o, lang, 'as_of=abc', 'not_a_date');
			expect(await o.page.getByTestId('unknown-params').innerText()).toBe(
				tr(lang, 'params.unknown', { names: 'colour' })
			);
			expect(await asOfShown(o.page)).toBe(DATA_AS_OF);
			await expectClean(o);
		}
	);
});

describe.each(LANGS)('links to /transparency (%s)', (lang) => {
	const open = (q: string) => visit(lang, `/transparency${q}`);
	const title = (p: Page) => p.locator('#initial-title').innerText();
	const notYetDue = async (p: Page) =>
		(
			await p
				.locator('[data-testid="initial-reports"] tbody tr[data-status="not_yet_due"]')
				.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-iso3')!))
		).sort();

	it('opens on the day the link names (what "Cite this page" copies) and starts the engine', async () => {
		const o = await open(`?as_of=${PAST}&v=1`);
		await expect.poll(() => title(o.page)).toBe(tr(lang, 'initial.title', { date: date(lang, PAST) }));
		// The reports not yet owed that day, not those of today (which statuses the others have is another matter).
		expect(await notYetDue(o.page)).toEqual(expected.notYetDue);
		expect(expected.notYetDue.length).toBeGreaterThan(1);
		expect(await field(o.page).inputValue()).toBe(date(lang, PAST));
		await engineReady(o.page, 90_000);
		expect(await title(o.page)).toBe(tr(lang, 'initial.title', { date: date(lang, PAST) }));
		expect(new URL(o.page.url()).searchParams.get('as_of')).toBe(PAST);
		await expectClean(o);
	});

	it('says why an out-of-range or malformed date is not used', async () => {
		for (const [value, code] of [
			['2008-12-02', 'before_opening'],
			['2016-02-30', 'not_a_date']
		] as const) {
			const o = await open(`?as_of=${value}&v=1`);
			await expectRefused(o, lang, `as_of=${value}`, code);
			expect(await title(o.page)).toBe(tr(lang, 'initial.title', { date: date(lang, DATA_AS_OF) }));
			await expectClean(o);
		}
	});
});

describe.each(LANGS)('links to /compare (%s)', (lang) => {
	const open = (q: string) => visit(lang, `/compare${q}`);

	it('opens on the day and alignment the link names', async () => {
		const o = await open(`?align=calendar&as_of=${PAST}&v=1`);
		await o.page.waitForSelector(`[data-testid="figures-as-of"][data-as-of="${PAST}"]`, { timeout: 90_000 });
		expect(await o.page.getByTestId('figures-as-of').innerText()).toContain(date(lang, PAST));
		expect(await o.page.getByTestId('curves').getAttribute('data-align')).toBe('calendar');
		// States party to the Mine Ban Convention and not to the CCM that day (column 3 marks them).
		const ottawa = await o.page
			.locator('[data-testid="short-list"] tbody tr')
			.evaluateAll((rs) => rs.filter((r) => (r.children[2]?.textContent ?? '').trim() !== '').length);
		expect(ottawa).toBe(expected.ottawaNotCcm);
		expect(await field(o.page).inputValue()).toBe(date(lang, PAST));
		await expectClean(o);
	});

	it.runIf(lang === 'en')('says why a day before the opening or an unknown alignment is not used', async () => {
		let o = await open('?as_of=2001-05-05');
		await expectRefused(o, lang, 'as_of=2001-05-05', 'before_opening');
		expect(await asOfShown(o.page)).toBe(DATA_AS_OF);
		await expectClean(o);
		o = await open('?align=sideways&v=1');
		await expectRefused(o, lang, 'align=sideways&v=1', 'unreadable');
		expect(await o.page.getByTestId('curves').getAttribute('data-align')).toBe('opening');
		await expectClean(o);
	});
});

describe.each(LANGS)('links to /unga (%s)', (lang) => {
	const open = (q: string) => visit(lang, `/unga${q}`);
	const heading = (p: Page) => p.locator('#prospects-title').innerText();

	it('opens on the year the link names, or says why not', async () => {
		let o = await open('?year=2016&group=region&sort=yes&v=1');
		await expect.poll(() => heading(o.page)).toBe(tr(lang, 'prospects.title', { year: 2016 }));
		await expectClean(o);
		o = await open('?year=1999&v=1');
		const defaultYear = await o.page.locator('#prospects-title').innerText();
		await expect.poll(() => statuses(o.page)).toEqual(expect.arrayContaining([expect.stringContaining('year=1999')]));
		expect(defaultYear).not.toContain('1999');
		await expectClean(o);
		o = await open('?group=sideways&v=99');
		await expect
			.poll(() => statuses(o.page))
			.toEqual(expect.arrayContaining([expect.stringContaining('group=sideways')]));
		await expectClean(o);
	});
});

describe.each(LANGS)('links to the overview (%s)', (lang) => {
	// The overview took a day and a reference day in issue 25: its links used to carry none.
	it('opens on the day the link names, with that day’s figures', async () => {
		const o = await visit(lang, `/?as_of=${PAST}&v=1`);
		await o.page.waitForSelector(`[data-testid="figures-as-of"][data-as-of="${PAST}"]`, { timeout: 90_000 });
		expect(await o.page.getByTestId('unknown-params').count()).toBe(0);
		expect(await o.page.getByTestId('states-parties').first().innerText()).toBe(
			formatNumber(expected.parties[PAST], localeInfo(lang).intl)
		);
		await expectClean(o);
	});

	it('says why a reference day after the data is not used, and counts from the last meeting', async () => {
		const o = await visit(lang, '/?since=2030-01-01&v=1');
		const reason = tr(lang, linkProblemKey('after_data'), { latest: date(lang, DATA_AS_OF) });
		await expect
			.poll(() => statuses(o.page))
			.toContain(tr(lang, 'asOf.invalid', { value: 'since=2030-01-01', reason, date: date(lang, DATA_AS_OF) }));
		expect(await asOfShown(o.page)).toBe(DATA_AS_OF);
		expect(await o.page.getByTestId('reference').inputValue()).toBe('');
		await expectClean(o);
	});
});

describe.each(LANGS)('links to pages without view state (%s)', (lang) => {
	it('ignore a date with a notice naming it', async () => {
		const o = await visit(lang, `/states/fra?as_of=${PAST}&v=1`);
		expect(await o.page.getByTestId('unknown-params').innerText()).toBe(
			tr(lang, 'params.unknown', { names: 'as_of, v' })
		);
		await expectClean(o);
	});
});

describe.each(LANGS)('links to /trust-fund (%s)', (lang) => {
	it('open on the sort the link names, and name a date it cannot use', async () => {
		let o = await visit(lang, `/trust-fund?as_of=${PAST}&v=1`);
		expect(await o.page.getByTestId('unknown-params').innerText()).toBe(tr(lang, 'params.unknown', { names: 'as_of' }));
		await expectClean(o);
		o = await visit(lang, '/trust-fund?sort=name&v=1');
		expect(await o.page.getByTestId('unknown-params').count()).toBe(0);
		await expectClean(o);
	});
});

describe.each(LANGS)('the as-of field as a reader types into it (%s)', (lang) => {
	const refusal = (p: Page) => p.getByTestId('as-of-refusal');
	async function type(p: Page, text: string) {
		await field(p).fill(text);
		await field(p).press('Enter');
	}

	it('shows the day in the page’s language, refuses a day it cannot show and puts the field back', async () => {
		const o = await visit(lang, '/universalization');
		const parties = o.page.getByTestId('states-parties');
		// The page's language, not the browser's (whose native date field would show 02/03/2026).
		expect(await field(o.page).inputValue()).toBe(date(lang, DATA_AS_OF));
		await engineReady(o.page, 90_000);
		const before = await parties.innerText();
		for (const [typed, key, params] of [
			['2001-01-01', 'asOf.typedBefore', { date: date(lang, OPENED) }],
			[date(lang, TOO_FAR), 'asOf.typedAfter', { date: date(lang, addDays(DATA_AS_OF, PROJECTION_DAYS)) }],
			['31/31/2016', 'asOf.typedNotADate', { value: '31/31/2016', example: date(lang, DATA_AS_OF), iso: DATA_AS_OF }]
		] as const) {
			await type(o.page, typed);
			await expect.poll(() => refusal(o.page).innerText(), { timeout: 5_000 }).toBe(tr(lang, key, params));
			expect(await field(o.page).inputValue(), typed).toBe(date(lang, DATA_AS_OF));
			expect(await asOfShown(o.page)).toBe(DATA_AS_OF);
			expect(await parties.innerText()).toBe(before);
		}
		// A day written the way the page writes it is used, and the reason goes away.
		await type(o.page, date(lang, PAST));
		await o.page.waitForSelector(`[data-testid="figures-as-of"][data-as-of="${PAST}"]`, { timeout: 30_000 });
		await expect.poll(() => parties.innerText()).toBe(formatNumber(expected.parties[PAST], localeInfo(lang).intl));
		expect(await field(o.page).inputValue()).toBe(date(lang, PAST));
		expect(await refusal(o.page).isVisible()).toBe(false);
		await expect.poll(() => new URL(o.page.url()).searchParams.get('as_of')).toBe(PAST);
		await expectClean(o);
	});
});

describe.each(LANGS)('addresses that are no page (%s)', (lang) => {
	const url = (path: string) => new URL(`${prefix(lang)}${path}`, suite.server.url).href;

	it('answer 404 with a not-found page in the site’s frame, in the page’s language', async () => {
		for (const path of ['/no-such-page', '/states/xyz', '/universalization/more/deep']) {
			const reply = await fetch(url(path), { redirect: 'manual' });
			expect(reply.status, path).toBe(404);
			const o = await visit(lang, path);
			const p = o.page;
			expect(await p.getByTestId('not-found').innerText(), path).toBe(tr(lang, 'notFound.title'));
			expect(await p.title()).toBe(`${tr(lang, 'notFound.title')} · ${tr(lang, 'site.title')}`);
			expect(await p.evaluate(() => document.documentElement.lang)).toBe(lang);
			await expect
				.poll(() => p.locator('main').innerText())
				.toContain(tr(lang, 'notFound.body', { path: `\u2066${prefix(lang)}${path}\u2069` }));
			// The site's frame, hydrated (visit waits for it: the scripts loaded from this depth), with its
			// navigation, search and languages; another language's link names the same address.
			expect(await p.locator('nav.main a').count()).toBe(8);
			expect(await p.locator('nav.main a').first().getAttribute('href')).toBe(prefix(lang) || '/');
			expect(await p.getByRole('combobox').count()).toBe(1);
			expect(await p.locator('a[hreflang="es"]').getAttribute('href')).toBe(`/es${path}`);
			expect(await p.evaluate(() => getComputedStyle(document.querySelector('header.site')!).display)).toBe('flex');
			await p.waitForTimeout(300);
			expect(o.pageErrors, path).toEqual([]);
			expect(o.failedRequests, path).toEqual([]);
			// The one error a browser logs here is the page's own 404 status.
			expect(
				o.consoleErrors.filter((e) => !/status of 404/.test(e)),
				path
			).toEqual([]);
		}
	});

	it('send an ISO3 code in capitals to the State’s profile', async () => {
		const reply = await fetch(url('/states/FRA'), { redirect: 'manual' });
		expect(reply.status).toBe(308);
		expect(reply.headers.get('location')).toBe(`${prefix(lang)}/states/fra`);
		const o = await visit(lang, '/states/FRA');
		expect(new URL(o.page.url()).pathname).toBe(`${prefix(lang)}/states/fra`);
		expect(await o.page.getByTestId('state-name').innerText()).toBe('France');
		await expectClean(o);
	});
});
