// Every table can be downloaded with its metadata (issue 24): the table's Download menu gives the
// CSV (read back here as a spreadsheet would, one row compared with the page) and a metadata JSON
// beside it (title, as-of day, sources with addresses, a definition for every column, licence,
// citation). Charts' menus gain the same metadata item; the map's CSV carries the States' dates.
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseCsv } from '../../src/lib/csv';
import { browserSuite, importFile } from './harness';

const suite = browserSuite();

async function save(p: Page, click: () => Promise<unknown>) {
	const [file] = await Promise.all([p.waitForEvent('download'), click()]);
	return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** Opens a table's Download menu (by the files' stem) and saves the CSV and the metadata. */
async function tableFiles(p: Page, stem: string, metadataItem = 'Metadata (JSON)') {
	const box = p.getByTestId(`${stem}-download`);
	const item = async (name: string) => {
		await box.locator('button[aria-haspopup="menu"]').click();
		return save(p, () => box.getByRole('menuitem', { name, exact: true }).click());
	};
	const csvFile = await item('CSV');
	const metaFile = await item(metadataItem);
	expect([...csvFile.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const csv = parseCsv(csvFile.bytes.toString('utf8').slice(1));
	const meta = JSON.parse(metaFile.bytes.toString('utf8'));
	expect(metaFile.name).toBe(csvFile.name.replace(/\.csv$/, '.metadata.json'));
	expect(meta.csv_file).toBe(csvFile.name);
	return { csv, meta };
}

type Meta = {
	title: string;
	as_of: string;
	sources: { name: string; url: string | null }[];
	columns: { name: string; definition: string | null }[];
	licence: string;
	citation: string;
};

/** What every metadata file must say, checked against its CSV's header. */
function expectComplete(meta: Meta, header: string[], title: string) {
	expect(meta.title).toBe(title);
	expect(meta.as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	expect(meta.sources.length).toBeGreaterThan(0);
	for (const s of meta.sources) expect(s.url).toMatch(/^https:\/\//);
	expect(meta.columns.map((c) => c.name)).toEqual(header);
	expect(meta.columns.filter((c) => !c.definition?.trim()).map((c) => c.name)).toEqual([]);
	expect(meta.licence).toContain(meta.sources[0]!.name);
	expect(meta.citation).toContain(title);
	expect(meta.citation).toContain('http');
}

/** A page table's row (by data-iso3): its cells' text. */
function rowText(p: Page, testid: string, iso3: string) {
	return p
		.getByTestId(testid)
		.locator(`tr[data-iso3="${iso3}"]`)
		.first()
		.evaluate((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim()));
}

const byIso3 = (csv: ReturnType<typeof parseCsv>, iso3: string) => csv.records.find((r) => r.cells[0] === iso3)!.cells;

describe('table downloads', () => {
	it('/unga: the prospects, the movers and the 197-row vote matrix', async () => {
		const { page: p } = await suite.open('/unga', { until: 'hydrated' });
		const year = await p.locator('section[aria-labelledby="prospects-title"] select').inputValue();

		const prospects = await tableFiles(p, 'prospects');
		expectComplete(prospects.meta, prospects.csv.header, `Universalization prospects in ${year}`);
		const first = (await p.getByTestId('prospects').locator('tbody tr').first().getAttribute('data-iso3'))!;
		const shown = await rowText(p, 'prospects', first);
		const row = byIso3(prospects.csv, first);
		expect(row.slice(1, 4)).toEqual(shown.slice(0, 3));
		expect(prospects.csv.records).toHaveLength(await p.getByTestId('prospects').locator('tbody tr').count());
		// The history's letters, a year per column on the page and in the CSV, in words in the CSV.
		const words: Record<string, string> = { Y: 'Yes', N: 'No', A: 'Abstain', X: 'Non-voting', '–': '' };
		const letters = shown.slice(3).map((l) => l.replace(/\*$/, ''));
		expect(letters.length).toBe(prospects.csv.header.filter((h) => /^\d{4}$/.test(h)).length);
		expect(row.slice(4, 4 + letters.length).map((c) => (c ?? '').replace(/ \(provisional\)$/, ''))).toEqual(
			letters.map((l) => words[l])
		);
		expect(prospects.meta.sources.map((s: { url: string }) => s.url)).toContain('https://digitallibrary.un.org/');

		// Movers: the latest year that has some.
		const years = await p
			.locator('section[aria-labelledby="prospects-title"] select option')
			.evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
		for (const y of years.reverse()) {
			await p.locator('section[aria-labelledby="prospects-title"] select').selectOption(y);
			if ((await p.getByTestId('movers').count()) > 0) break;
		}
		const movers = await tableFiles(p, 'movers');
		const mover = (await p.getByTestId('movers').locator('tbody tr').first().getAttribute('data-iso3'))!;
		expect(byIso3(movers.csv, mover).slice(1, 4)).toEqual(await rowText(p, 'movers', mover));
		expectComplete(movers.meta, movers.csv.header, movers.meta.title);
		expect(movers.meta.title).toMatch(/^Movers in \d{4}$/);

		const matrix = await tableFiles(p, 'vote-matrix');
		expectComplete(matrix.meta, matrix.csv.header, 'How each State voted');
		expect(matrix.csv.records).toHaveLength(197);
		const fra = byIso3(matrix.csv, 'FRA');
		expect(fra[1]).toBe('France');
		// Each year's cell says in words what the matrix cell's title says.
		const titles = await p
			.getByTestId('vote-matrix')
			.locator('tr[data-iso3="FRA"] td')
			.evaluateAll((tds) => tds.map((td) => td.getAttribute('title') ?? ''));
		const csvYears = matrix.csv.header.slice(3, -2);
		titles.forEach((title, i) => {
			const cell = fra[3 + i] ?? '';
			if (cell) expect(title).toContain(`${csvYears[i]}: ${cell.replace(/ \(provisional\)$/, '')}`);
			else expect(title).toContain('No vote in the data');
		});
	});

	it('/transparency: the initial reports and the State x year grid', async () => {
		const { page: p } = await suite.open('/transparency', { until: 'hydrated' });
		const initial = await tableFiles(p, 'initial-reports');
		expectComplete(initial.meta, initial.csv.header, initial.meta.title);
		expect(initial.meta.title).toMatch(/^Initial reports as of /);
		const iso3 = (await p
			.getByTestId('initial-reports')
			.locator('tbody tr[data-iso3]')
			.first()
			.getAttribute('data-iso3'))!;
		const rec = initial.csv.records.find((r) => r.cells[1] === iso3)!.cells;
		const shown = await rowText(p, 'initial-reports', iso3);
		expect([rec[2], rec[4]]).toEqual([shown[0], shown[2]]);

		const grid = await tableFiles(p, 'report-grid');
		expectComplete(grid.meta, grid.csv.header, 'Annual reports by State and covering year');
		expect(grid.csv.records).toHaveLength(await p.getByTestId('report-grid').locator('tbody tr[data-iso3]').count());
		const state = (await p
			.getByTestId('report-grid')
			.locator('tbody tr[data-iso3]')
			.first()
			.getAttribute('data-iso3'))!;
		const titles = await p
			.getByTestId('report-grid')
			.locator(`tr[data-iso3="${state}"] td`)
			.evaluateAll((tds) => tds.map((td) => td.getAttribute('title') ?? ''));
		expect(byIso3(grid.csv, state).slice(3, 3 + titles.length)).toEqual(titles);
		expect(grid.meta.sources.map((s: { url: string }) => s.url)).toContain('https://www.the-monitor.org/');
	});

	it('/compare: the short list', async () => {
		const { page: p } = await suite.open('/compare', { until: 'hydrated' });
		const short = await tableFiles(p, 'short-list');
		expectComplete(short.meta, short.csv.header, 'The Presidency’s short list');
		const iso3 = (await p.getByTestId('short-list').locator('tbody tr').first().getAttribute('data-iso3'))!;
		const shown = await rowText(p, 'short-list', iso3);
		const rec = byIso3(short.csv, iso3);
		// The table's cells, the last vote's year and words split in two columns.
		expect(rec.slice(1, 7)).toEqual(shown.slice(0, 6));
		expect(shown[6]).toContain(rec[8]!);
		expect(short.csv.records).toHaveLength(await p.getByTestId('short-list').locator('tbody tr').count());
	});

	it('/trust-fund: the tables of an imported ledger', async () => {
		const o = await suite.open('/trust-fund', { until: 'engine' });
		const p = o.page;
		await importFile(p, path.join(suite.root, 'tests/fixtures/trustfund/fixture-ledger-contributions.csv'));
		await expect.poll(() => p.getByTestId('tf-states').count(), { timeout: 20_000 }).toBe(1);
		const states = await tableFiles(p, 'tf-states');
		expectComplete(states.meta, states.csv.header, 'Contributions by State');
		const nor = byIso3(states.csv, 'NOR');
		const shown = await rowText(p, 'tf-states', 'NOR');
		expect(nor[1]).toBe(shown[0]);
		expect(`${Number(nor[3]).toLocaleString('en-GB', { maximumFractionDigits: 0 })} ${nor[2]}`).toBe(shown[1]);
		for (const stem of ['tf-regions', 'tf-sponsorship']) {
			const f = await tableFiles(p, stem);
			expectComplete(f.meta, f.csv.header, f.meta.title);
			expect(f.csv.records.length).toBeGreaterThan(0);
		}
		expect(o.pageErrors).toEqual([]);
	});

	it('/universalization: the map’s CSV carries the dates, and its metadata names the depositary', async () => {
		const { page: p } = await suite.open('/universalization', { until: 'hydrated' });
		const figure = p.getByRole('figure', { name: 'Status of each State', exact: true });
		const item = async (name: string) => {
			await figure.getByRole('button', { name: 'Download', exact: true }).click();
			return save(p, () => figure.getByRole('menuitem', { name, exact: true }).click());
		};
		const csv = parseCsv((await item('CSV')).bytes.toString('utf8').slice(1));
		expect(csv.header).toEqual([
			'ISO3',
			'State',
			'Status',
			'Regional group',
			'Signed',
			'Instrument deposited',
			'Entry into force',
			'source',
			'as_of'
		]);
		// data/sources/accession/ccm.csv: Lithuania signed 2008-12-03, ratified 2011-03-24, then withdrew.
		expect(byIso3(csv, 'LTU').slice(4, 7)).toEqual(['2008-12-03', '2011-03-24', '2011-09-01']);
		expect(byIso3(csv, 'USA').slice(4, 7)).toEqual(['', '', '']);
		const meta = JSON.parse((await item('Metadata (JSON)')).bytes.toString('utf8'));
		expectComplete(meta, csv.header, 'Status of each State');
		expect(meta.sources[0].url).toBe(
			'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-6&chapter=26'
		);
		expect(meta.data_as_of).toEqual({ accession: '2026-02-03' });
	});

	it('in Arabic the metadata is Arabic, its dates and addresses as written', async () => {
		const { page: p } = await suite.open('/ar/unga', { until: 'hydrated' });
		const { meta, csv } = await tableFiles(p, 'vote-matrix', 'البيانات الوصفية (JSON)');
		expect(meta.language).toBe('ar');
		expect(meta.title).toMatch(/[\u0600-\u06FF]/);
		expect(meta.licence).toMatch(/[\u0600-\u06FF]/);
		expect(meta.columns).toHaveLength(csv.header.length);
		expect(meta.columns.every((c: { definition: string | null }) => c.definition)).toBe(true);
		expect(meta.sources[0].url).toBe('https://digitallibrary.un.org/');
	});

	it.each([
		'universalization',
		'unga',
		'transparency',
		'implementation',
		'calendar?states=fra-deu&v=1',
		'compare',
		'states/fra'
	])('/%s: every chart’s metadata defines every column of its CSV', async (route) => {
		const { page: p } = await suite.open(`/${route}`, { until: 'hydrated' });
		const figures = p.locator('figure.chart');
		const count = await figures.count();
		expect(count).toBeGreaterThan(0);
		for (let i = 0; i < count; i++) {
			const figure = figures.nth(i);
			const title = (await figure.locator('h3').first().innerText()).trim();
			const item = async (name: string) => {
				await figure.getByRole('button', { name: 'Download', exact: true }).click();
				return save(p, () => figure.getByRole('menuitem', { name, exact: true }).click());
			};
			const csv = parseCsv((await item('CSV')).bytes.toString('utf8').slice(1));
			const meta = JSON.parse((await item('Metadata (JSON)')).bytes.toString('utf8'));
			expect(meta.title, title).toBe(title);
			expect(
				meta.columns.map((c: { name: string }) => c.name),
				title
			).toEqual(csv.header);
			expect(
				meta.columns.filter((c: { definition: string | null }) => !c.definition).map((c: { name: string }) => c.name),
				title
			).toEqual([]);
			expect(meta.licence, title).toContain(meta.sources[0].name);
		}
	});
});
