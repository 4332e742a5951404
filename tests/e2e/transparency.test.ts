// /transparency in Chromium: the rule written next to the rates, known kept apart from unknown,
// the published figure beside the computed one, and the as-of control recomputing statuses.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import { makeXlsx } from '../fixtures/make-xlsx';
import fs from 'node:fs';
import { browserSuite, csvFile, importFile, importOutcome } from './harness';
import { json, run } from '../integration/cli';

const suite = browserSuite();
const ROOT = suite.root;

const open = suite.open;

describe('/transparency', () => {
	it('is prerendered with the definition, the statuses, coverage and the published figures', async () => {
		const o = await open('/transparency', { javaScriptEnabled: false });
		const p = o.page;
		expect(await p.getByTestId('rules').innerText()).toContain(
			'due 30 April of Y+1 from every State Party whose initial report was due on or before 31 December of Y'
		);
		expect(await p.getByRole('figure', { name: /Annual reports per covering year/ }).count()).toBe(1);
		const nam = p.locator('[data-testid="initial-reports"] tr[data-iso3="NAM"]');
		expect(await nam.getAttribute('data-status')).toBe('late');
		expect(await nam.innerText()).toContain('27');
		expect(await p.getByTestId('comparison').innerText()).toMatch(
			/Published: 4 of 4 initial reports due in 2019 submitted on time/
		);
		expect(await p.locator('[data-testid="initial-reports"] tr[data-status="unknown"]').count()).toBeGreaterThan(0);
		expect(await p.locator('[data-testid="initial-reports"] tr[data-status="not_submitted"]').count()).toBe(0);
		expect(await p.getByTestId('published-figures').locator('tbody tr').count()).toBe(38);
		// The table view is a closed <details>: its text is in the page, not on screen.
		const y2011 = await p.locator('[data-testid="annual-table"] tr[data-year="2011"] td').allTextContents();
		expect(y2011.at(-1)).toMatch(/^\d+%$/);
		expect(o.foreignRequests).toEqual([]);
	});

	it('marks the records derived from the Monitor in the grid and gives the coverage with and without them', async () => {
		const o = await open('/transparency', { javaScriptEnabled: false });
		const p = o.page;
		// Afghanistan's 2013 report rests only on the Monitor's "has provided updated annual reports since".
		const afg2013 = p.locator('[data-testid="report-grid"] tr[data-iso3="AFG"] td[data-year="2013"]');
		expect(await afg2013.getAttribute('data-basis')).toBe('derived');
		expect(await afg2013.innerText()).toContain('*');
		expect(await afg2013.getAttribute('title')).toContain('derived from the Monitor');
		// Its 2012 report has a stated record: no derived mark, though three derived records say the same.
		const afg2012 = p.locator('[data-testid="report-grid"] tr[data-iso3="AFG"] td[data-year="2012"]');
		expect(await afg2012.getAttribute('data-basis')).toBeNull();
		expect(await afg2012.innerText()).not.toContain('*');
		expect(await p.getByTestId('grid-derived-legend').innerText()).toMatch(/\*\s*after a mark: derived, not stated/);
		// 2012: 24 of 67 due known with the derived records, 5 on the stated records alone.
		const y2012 = await p.locator('[data-testid="annual-table"] tr[data-year="2012"] td').allTextContents();
		expect(y2012.slice(-3)).toEqual(['36%', '19', '7%']);
		expect(await p.locator('figure#annual text.coverage-stated').count()).toBeGreaterThan(0);
		const fr = await open('/fr/transparency', { javaScriptEnabled: false });
		expect(await fr.page.getByTestId('grid-derived-legend').innerText()).toContain('déduit, non attesté');
	});

	it('recomputes statuses for another day', async () => {
		const o = await open('/transparency', { until: 'engine' });
		await o.page.getByLabel('As of', { exact: true }).fill('2019-08-10');
		const nam = o.page.locator('[data-testid="initial-reports"] tr[data-iso3="NAM"]');
		// Before the Monitor's date of 27 Aug 2019 Namibia's report was due and not on record; the
		// record of initial reports due in 2019 is declared complete (coverage.csv), so: not submitted.
		await expect.poll(() => nam.getAttribute('data-status')).toBe('not_submitted');
		// Elsewhere, with no declaration, a report without a record stays unknown.
		expect(await o.page.locator('[data-testid="initial-reports"] tr[data-status="unknown"]').count()).toBeGreaterThan(
			0
		);
		expect(
			await o.page.locator('[data-testid="initial-reports"] tr[data-iso3="PHL"]').getAttribute('data-status')
		).toBe('not_yet_due');
		expect(new URL(o.page.url()).searchParams.get('as_of')).toBe('2019-08-10');
		expect(o.foreignRequests).toEqual([]);
		expect(o.consoleErrors).toEqual([]);
		expect(o.pageErrors).toEqual([]);
	});
});

describe('/transparency in the browser equals the metric command on other days', () => {
	it('on 1 January 2016 and 10 August 2019: the same States, statuses and groups; no bar for a year not yet due', async () => {
		const o = await open('/transparency', { until: 'engine' });
		const p = o.page;
		for (const day of ['2016-01-01', '2019-08-10']) {
			const expected = json(run('metric', ['initial-reports', '--as-of', day, '--json'])) as {
				iso3: string;
				status: string;
				group: string;
			}[];
			await p.getByLabel('As of', { exact: true }).fill(day);
			const rows = p.locator('[data-testid="initial-reports"] tr[data-iso3]');
			await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(expected.length);
			const shown = await rows.evaluateAll((trs) =>
				trs.map((tr) => ({
					iso3: (tr as HTMLElement).dataset.iso3!,
					status: (tr as HTMLElement).dataset.status!,
					group: (tr.closest('tbody') as HTMLElement).dataset.group!
				}))
			);
			expect(shown, day).toEqual(expected.map((r) => ({ iso3: r.iso3, status: r.status, group: r.group })));
			const years = (await p
				.locator('[data-testid="annual-table"] tr[data-year]')
				.evaluateAll((trs) => trs.map((tr) => Number((tr as HTMLElement).dataset.year)))) as number[];
			for (const y of years) {
				const r = json(run('metric', ['reporting', '--year', String(y), '--as-of', day, '--json'])) as { due: number };
				expect(r.due, `${y} on ${day}`).toBeGreaterThan(0);
				expect(`${y + 1}-04-30` < day).toBe(true);
			}
		}
		expect(o.pageErrors).toEqual([]);
		expect(o.consoleErrors).toEqual([]);
		// One metric command per year shown (about 20 on two days): seconds each on a loaded machine.
	}, 300_000);
});

describe('/transparency import (stays in the browser)', () => {
	const FIX = path.join(ROOT, 'tests/fixtures/article7');

	it('imports a CSV record, updates every view, keeps it across visits, and clears it', async () => {
		const o = await open('/transparency', { until: 'engine' });
		const p = o.page;
		const nam = p.locator('[data-testid="initial-reports"] tr[data-iso3="NAM"]');
		expect(await nam.getAttribute('data-status')).toBe('late');
		const uploads: string[] = [];
		p.on('request', (r) => {
			if (r.method() !== 'GET') uploads.push(`${r.method()} ${r.url()}`);
		});
		await importFile(p, path.join(FIX, 'fixture-isu-record.csv'));
		expect(await importOutcome(p, 'imported-banner')).toContain(
			'Includes locally imported data: fixture-isu-record.csv (3 records'
		);
		// The earliest full date of receipt now counts: 30 July 2019, on time.
		await expect.poll(() => nam.getAttribute('data-status')).toBe('on_time');
		expect(await p.locator('figure#annual .source').innerText()).toContain('fixture-isu-record.csv');
		expect(uploads).toEqual([]);

		// A second visit in the same browser restores it from IndexedDB.
		const again = await o.context.newPage();
		await again.goto(suite.url('/transparency'));
		await expect.poll(() => again.getByTestId('imported-banner').count(), { timeout: 60_000 }).toBe(1);
		await again.getByRole('button', { name: 'Clear imported data' }).click();
		await expect.poll(() => again.getByTestId('imported-banner').count()).toBe(0);
		await expect
			.poll(() => again.locator('[data-testid="initial-reports"] tr[data-iso3="NAM"]').getAttribute('data-status'))
			.toBe('late');
		expect(o.foreignRequests).toEqual([]);
		expect(o.pageErrors).toEqual([]);
	});

	it('takes a coverage declaration beside the record: a missing report in a declared-complete year is not submitted', async () => {
		const o = await open('/transparency', { until: 'engine' });
		const p = o.page;
		// The day the fixture's declaration is complete up to (set in the field: links carrying as_of are
		// another part of issue 18).
		await p.getByLabel('As of', { exact: true }).fill('2021-06-01');
		// Albania has no record of its reports covering 2018 and 2019.
		const cell = (y: number) => p.locator(`[data-testid="report-grid"] tr[data-iso3="ALB"] td[data-year="${y}"]`);
		await expect.poll(() => cell(2019).getAttribute('title'), { timeout: 20_000 }).toBe('Unknown');
		await importFile(p, path.join(FIX, 'fixture-isu-record.csv'));
		await importOutcome(p, 'imported-banner');
		await importFile(p, path.join(FIX, 'fixture-isu-coverage.csv'));
		await expect
			.poll(() => p.getByTestId('imported-banner').innerText(), { timeout: 20_000 })
			.toContain('fixture-isu-coverage.csv');
		expect(await p.getByTestId('imported-banner').innerText()).toContain('fixture-isu-record.csv');
		await expect.poll(() => cell(2019).getAttribute('title')).toBe('Not submitted');
		expect(await cell(2018).getAttribute('title')).toBe('Not submitted');
		expect(await cell(2019).innerText()).toBe('N');
		// A year outside the declaration keeps "unknown".
		expect(await cell(2017).getAttribute('title')).toBe('Unknown');
		expect(await p.locator('[data-testid="annual-table"] tr[data-year="2019"] td').nth(5).innerText()).not.toBe('0');
		expect(o.consoleErrors).toEqual([]);
		expect(o.pageErrors).toEqual([]);
	}, 120_000);

	it('refuses a coverage declaration the canonical schema refuses, by row and column', async () => {
		const o = await open('/transparency', { until: 'engine' });
		const p = o.page;
		await importFile(
			p,
			csvFile(
				'fixture-bad-coverage.csv',
				'report_type,covering_year,complete,as_of,source\nannual,2019-12,true,2021-06-01,FIXTURE\nannual,2020-2018,true,2021-06-01,FIXTURE\n'
			)
		);
		const text = await importOutcome(p, 'import-errors');
		expect(text).toContain('fixture-bad-coverage.csv line 2, column covering_year: value "2019-12"');
		expect(text).toContain('fixture-bad-coverage.csv line 3, column covering_year: value "2020-2018"');
		expect(await p.getByTestId('imported-banner').count()).toBe(0);
	});

	it('puts an imported record on the State profile, labelled as imported', async () => {
		const o = await open('/transparency', { until: 'engine' });
		const p = o.page;
		await importFile(p, path.join(FIX, 'fixture-isu-record-france.csv'));
		await importOutcome(p, 'imported-banner');
		const profile = await o.context.newPage();
		await profile.goto(suite.url('/states/fra'));
		const initial = profile.getByTestId('initial');
		expect(await initial.innerText()).toContain('Unknown');
		await expect.poll(() => initial.getAttribute('data-status'), { timeout: 60_000 }).toBe('on_time');
		expect(await initial.innerText()).not.toContain('Unknown');
		expect(await profile.getByTestId('reports-imported').innerText()).toContain('fixture-isu-record-france.csv');
		const mine = profile.locator('[data-testid="records"] li[data-imported="true"]');
		expect(await mine.count()).toBe(1);
		expect(await mine.innerText()).toContain('FIXTURE: made-up record for tests');
		expect(await mine.innerText()).toContain('imported from fixture-isu-record-france.csv');
	}, 120_000);

	it('rejects a broken file with its problems by row and column, importing nothing', async () => {
		const o = await open('/transparency', { until: 'engine' });
		const p = o.page;
		await importFile(p, path.join(FIX, 'fixture-broken-record.csv'));
		const text = await importOutcome(p, 'import-errors');
		expect(text).toContain(
			'fixture-broken-record.csv line 4, column report_type: value "yearly": expected initial or annual'
		);
		expect(text).toContain('fixture-broken-record.csv line 5, column date: value "2020-02-30"');
		expect(text).toContain('fixture-broken-record.csv line 3, column state: value "Atlantis": unknown State');
		expect(await p.getByTestId('imported-banner').count()).toBe(0);
		expect(await p.locator('[data-testid="initial-reports"] tr[data-iso3="NAM"]').getAttribute('data-status')).toBe(
			'late'
		);
	});

	it('lists the problems of a broken file in French on /fr/transparency, by row and column', async () => {
		const o = await open('/fr/transparency', { until: 'engine' });
		const p = o.page;
		await importFile(p, path.join(FIX, 'fixture-broken-record.csv'), 'Importer un fichier de relevés (CSV ou XLSX)');
		const text = await importOutcome(p, 'import-errors');
		expect(text).toContain('fixture-broken-record.csv n’a pas été importé\u00a0: 3 problèmes.');
		expect(text).toContain(
			'fixture-broken-record.csv, ligne 4, colonne report_type\u00a0: valeur "yearly"\u00a0: valeur attendue\u00a0: initial ou annual'
		);
		expect(text).toContain(
			'fixture-broken-record.csv, ligne 5, colonne date\u00a0: valeur "2020-02-30"\u00a0: date attendue au format AAAA, AAAA-MM ou AAAA-MM-JJ, ou vide'
		);
		expect(text).toContain(
			'fixture-broken-record.csv, ligne 3, colonne state\u00a0: valeur "Atlantis"\u00a0: État inconnu «\u00a0Atlantis\u00a0»'
		);
		// Nothing of the English wording is left.
		expect(text).not.toMatch(/\b(line|column|value|expected|unknown)\b/);
		expect(await p.getByTestId('imported-banner').count()).toBe(0);
		expect(o.pageErrors).toEqual([]);
	});

	it('imports the same record from an XLSX workbook', async () => {
		const csv = parseCsv(fs.readFileSync(path.join(FIX, 'fixture-isu-record.csv'), 'utf8'));
		const buffer = Buffer.from(makeXlsx([csv.header, ...csv.records.map((r) => r.cells)]));
		const o = await open('/transparency', { until: 'engine' });
		const p = o.page;
		await importFile(p, {
			name: 'fixture-isu-record.xlsx',
			mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			buffer
		});
		expect(await importOutcome(p, 'imported-banner')).toContain('fixture-isu-record.xlsx (3 records');
		await expect
			.poll(() => p.locator('[data-testid="initial-reports"] tr[data-iso3="NAM"]').getAttribute('data-status'))
			.toBe('on_time');
		expect(o.foreignRequests).toEqual([]);
		expect(o.consoleErrors).toEqual([]);
	});
});
