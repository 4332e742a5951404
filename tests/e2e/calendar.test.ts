// /calendar in Chromium: the community view prerendered (JavaScript off), a link naming France and
// 2027 listing the checkpoints of issue 23 as `npm run metric -- calendar` does, the State chosen
// with the keyboard written into the address, and each State's iCalendar file served as a static
// file that a maintained parser (ical.js) reads.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserSuite, hydrated } from './harness';

const suite = browserSuite();
const run = promisify(execFile);
let france2027: { treaty: string; due: string; conditional: boolean }[];
beforeAll(async () => {
	const args = [
		'tsx',
		'scripts/metric.ts',
		'calendar',
		'--state',
		'France',
		'--from',
		'2027-01-01',
		'--to',
		'2027-12-31',
		'--json'
	];
	france2027 = JSON.parse((await run('npx', args, { cwd: suite.root })).stdout);
}, 120_000);

describe('/calendar', () => {
	it('is prerendered with the community view and what it does not cover (JavaScript off)', async () => {
		const o = await suite.open('/calendar', { javaScriptEnabled: false });
		const p = o.page;
		expect(await p.getByRole('heading', { level: 1 }).innerText()).toBe('Reporting calendar across the conventions');
		const rows = p.locator('[data-testid="calendar-community"] tbody tr');
		expect(await rows.count()).toBe(13);
		const april = await p.locator('[data-testid="calendar-community"] tr[data-month="2026-04"] td').allInnerTexts();
		expect(Number(april[0])).toBeGreaterThan(100);
		expect(await p.getByTestId('not-covered').innerText()).toContain('Biological Weapons Convention');
		expect(o.foreignRequests).toEqual([]);
	});

	it('lists France’s reports of 2027 from a link, as the metric does', async () => {
		const o = await suite.open('/calendar?states=fra&from=2027-01-01&to=2027-12-31&v=1', { until: 'hydrated' });
		const list = o.page.locator('[data-testid="calendar-list"] tbody tr');
		await expect.poll(() => list.count()).toBe(france2027.length);
		const shown = await list.evaluateAll((trs) =>
			trs.map((tr) => `${(tr as HTMLElement).dataset.due} ${(tr as HTMLElement).dataset.treaty}`)
		);
		expect(shown).toEqual(france2027.map((r) => `${r.due} ${r.treaty}`));
		expect(shown).toEqual(
			expect.arrayContaining(['2027-04-30 ccm', '2027-04-30 ottawa', '2027-05-31 att', '2027-03-31 ccw'])
		);
		expect(shown.some((s) => s.endsWith('tpnw'))).toBe(false);
		// The month chart: a column a month, a month of three reports or more outlined (for France in
		// 2027, March: CCW, Protocol V, CWC), counted here from the metric's answer.
		const chart = o.page.locator('#months-chart svg.bar-chart');
		expect(await chart.locator('text').allTextContents()).toEqual(expect.arrayContaining(['Mar', 'Apr', 'Dec']));
		const perMonth = new Map<string, number>();
		for (const r of france2027) perMonth.set(r.due.slice(0, 7), (perMonth.get(r.due.slice(0, 7)) ?? 0) + 1);
		const clusters = [...perMonth.values()].filter((n) => n >= 3).length;
		expect(clusters).toBe(1);
		expect(await chart.locator('rect.marked').count()).toBe(clusters);
		expect(o.consoleErrors).toEqual([]);
	});

	it('adds a State chosen with the keyboard and writes it into the address', async () => {
		const o = await suite.open('/calendar', { until: 'hydrated' });
		const p = o.page;
		await p.getByLabel('Add a State').focus();
		await p.getByLabel('Add a State').selectOption('VUT');
		await expect.poll(() => new URL(p.url()).searchParams.get('states')).toBe('vut');
		const ccm = p.locator('[data-testid="calendar-list"] tr[data-treaty="ccm"]');
		await expect.poll(() => ccm.first().getAttribute('data-due')).toBe('2026-08-28');
		await hydrated(p);
	});

	it('serves each State’s calendar as an iCalendar file a parser reads', async () => {
		const res = await fetch(suite.url('/calendar/fra.ics'));
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toContain('text/calendar');
		const events = new ICAL.Component(ICAL.parse(await res.text()))
			.getAllSubcomponents('vevent')
			.map((v) => new ICAL.Event(v));
		expect(events.length).toBeGreaterThan(10);
		expect(events.every((e) => e.startDate.isDate && e.uid.endsWith('@ccm-dashboard'))).toBe(true);
		const o = await suite.open('/states/fra', { javaScriptEnabled: false });
		expect(await o.page.getByTestId('calendar-link').locator('a[download]').getAttribute('href')).toBe(
			'/calendar/fra.ics'
		);
	});
});
