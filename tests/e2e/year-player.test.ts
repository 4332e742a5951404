// The as-of control's Play (issue 24) on the built site: it goes through the years on
// /universalization, the figures and the address following each year, and stops on Pause, on
// Escape and at the data date. Without JavaScript there is no button that could not work.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import { browserSuite, expectClean, type OpenedPage } from './harness';

const suite = browserSuite({ requires: 'universalization.html' });
const DATA_AS_OF: string = JSON.parse(readFileSync(join(suite.root, 'static/data/manifest.json'), 'utf8')).data_as_of;

// Independent of the SQL under test: counts straight from the canonical CSV.
const ccm = parseCsv(readFileSync(join(suite.root, 'data/sources/accession/ccm.csv'), 'utf8'));
const col = (name: string) => ccm.header.indexOf(name);
const partiesOn = (day: string) =>
	ccm.records.filter((r) => {
		const dep = r.cells[col('deposit_date')]!;
		const wd = r.cells[col('withdrawal_effective')]!;
		return dep !== '' && dep <= day && (wd === '' || day < wd);
	}).length;

const shownDay = (o: OpenedPage) => o.page.getByTestId('figures-as-of').getAttribute('data-as-of');
const linkDay = (o: OpenedPage) => new URL(o.page.url()).searchParams.get('as_of');

describe('playing the years', () => {
	it('is not offered without JavaScript', async () => {
		const o = await suite.open('/universalization', { javaScriptEnabled: false });
		expect(await o.page.getByLabel('As of', { exact: true }).count()).toBe(1);
		expect(await o.page.getByTestId('as-of-play').count()).toBe(0);
	});

	it('goes forward year by year, stops on Pause and on Escape, and stops at the data date', async () => {
		const o = await suite.open('/universalization?as_of=2023-06-01&v=1', { until: 'engine' });
		const p = o.page;
		await expect.poll(() => shownDay(o)).toBe('2023-06-01');
		const play = p.getByRole('button', { name: 'Play years' });
		const pause = p.getByRole('button', { name: 'Pause' });

		// On a phone, from the keyboard: the first year's end at once, the next once it has been
		// shown a while. The button stays where it was, under the finger that will press Pause.
		await p.setViewportSize({ width: 390, height: 844 });
		const before = await play.boundingBox();
		await play.focus();
		await p.keyboard.press('Space');
		expect(await pause.count()).toBe(1);
		expect(await pause.boundingBox()).toEqual(before);
		expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
		await expect.poll(() => shownDay(o)).toBe('2023-12-31');
		await expect.poll(() => linkDay(o)).toBe('2023-12-31');
		await expect.poll(() => shownDay(o), { timeout: 10_000 }).toBe('2024-12-31');
		expect(await p.getByTestId('states-parties').first().innerText()).toBe(String(partiesOn('2024-12-31')));
		await expect.poll(() => linkDay(o)).toBe('2024-12-31');

		// Pause: the day stays, the button says Play again (and keeps the focus).
		await p.keyboard.press('Enter');
		expect(await play.count()).toBe(1);
		expect(await play.evaluate((b) => b === document.activeElement)).toBe(true);
		await p.waitForTimeout(2500);
		expect(await shownDay(o)).toBe('2024-12-31');
		expect(linkDay(o)).toBe('2024-12-31');

		// Escape stops it too.
		await play.click();
		await expect.poll(() => shownDay(o)).toBe('2025-12-31');
		await p.keyboard.press('Escape');
		expect(await play.count()).toBe(1);
		await p.waitForTimeout(2500);
		expect(await shownDay(o)).toBe('2025-12-31');

		// The last step is the data date, where it stops by itself.
		await play.click();
		await expect.poll(() => shownDay(o)).toBe(DATA_AS_OF);
		expect(await play.count()).toBe(1);
		expect(await p.getByTestId('states-parties').first().innerText()).toBe(String(partiesOn(DATA_AS_OF)));
		await p.waitForTimeout(2000);
		expect(await shownDay(o)).toBe(DATA_AS_OF);
		expectClean(o);
	});

	it('plays again from the opening for signature once at the data date, and a day chosen by hand stops it', async () => {
		const o = await suite.open('/universalization', { until: 'engine' });
		const p = o.page;
		await p.getByRole('button', { name: 'Play years' }).click();
		await expect.poll(() => shownDay(o)).toBe('2008-12-03');
		await expect.poll(() => shownDay(o), { timeout: 10_000 }).toBe('2008-12-31');
		await p.getByLabel('As of', { exact: true }).fill('2015-01-01');
		await expect.poll(() => shownDay(o)).toBe('2015-01-01');
		expect(await p.getByRole('button', { name: 'Play years' }).count()).toBe(1);
		await p.waitForTimeout(2500);
		expect(await shownDay(o)).toBe('2015-01-01');
		expectClean(o);
	});
});
