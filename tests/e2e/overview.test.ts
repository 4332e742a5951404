// The overview (/) as the Coordination Committee's brief (issue 25): its figures are the ones
// `npm run metric overview` gives on the same day (prerendered for the data date, and from the
// engine for a day in a link), each area has its small chart, the list of what changed filters by
// area (kept in the address) and downloads as CSV, and the page fits a phone in Arabic.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { browserSuite, engineReady, hydrated, importFile } from './harness';

const suite = browserSuite();
const run = promisify(execFile);
type Brief = {
	as_of: string;
	universalization: { states_parties: number; in_force: number };
	unga: { plenary: { year: number; yes: number } | null };
	implementation: { deadlines_next_12_months: unknown[] };
	changes: { area: string }[];
};
const metric = async (...args: string[]) =>
	JSON.parse(
		(await run('npx', ['tsx', 'scripts/metric.ts', 'overview', ...args, '--json'], { cwd: suite.root })).stdout
	) as Brief;
let atDataDate: Brief;
let in2021: Brief;
beforeAll(async () => {
	[atDataDate, in2021] = await Promise.all([metric(), metric('--as-of', '2021-06-30')]);
}, 120_000);

describe('the overview', () => {
	it('is prerendered with the figures metric overview gives on the data date', async () => {
		const { page: p } = await suite.open('/', { javaScriptEnabled: false });
		expect(await p.getByTestId('brief-parties').innerText()).toContain(
			`States Parties: ${atDataDate.universalization.states_parties}`
		);
		expect(await p.getByTestId('brief-parties').innerText()).toContain('since 13MSP, opened 16 Sept 2025');
		const plenary = atDataDate.unga.plenary!;
		expect(await p.getByTestId('brief-plenary').innerText()).toContain(`Plenary, ${plenary.year}: ${plenary.yes} Yes`);
		expect(await p.getByTestId('brief-deadlines').innerText()).toContain(
			`next 12 months: ${atDataDate.implementation.deadlines_next_12_months.length}`
		);
		expect(await p.locator('[data-testid="changes"] tbody tr').count()).toBe(atDataDate.changes.length);
		// Without a ledger, the Trust Fund's latest published year.
		expect(await p.getByTestId('brief-tf-states').innerText()).toBe('Contributing States in 2023: 57');
		expect(await p.getByTestId('brief-tf-result').innerText()).toBe('Contributions in 2023: above the approved budget');
		expect(await p.getByTestId('brief-tf-ledger').count()).toBe(0);
	});

	it('answers a link to another day from the engine, with that day’s reference and changes', async () => {
		const { page: p } = await suite.open('/?as_of=2021-06-30&v=1', { until: 'hydrated' });
		await engineReady(p);
		await expect
			.poll(() => p.getByTestId('figures-as-of').getAttribute('data-as-of'), { timeout: 30_000 })
			.toBe('2021-06-30');
		expect(await p.getByTestId('brief-parties').innerText()).toContain(
			`States Parties: ${in2021.universalization.states_parties}`
		);
		expect(await p.locator('#changes-title').innerText()).toContain('2RC (part 1)');
		expect(await p.locator('[data-testid="changes"] tbody tr').count()).toBe(in2021.changes.length);

		await p.getByTestId('changes-area').selectOption('implementation');
		const areas = await p
			.locator('[data-testid="changes"] tbody tr')
			.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-area')));
		expect(areas.length).toBe(in2021.changes.filter((c) => c.area === 'implementation').length);
		expect(new Set(areas)).toEqual(new Set(['implementation']));
		// The filter is in the address, so a link passed on opens on the same list.
		await expect.poll(() => new URL(p.url()).searchParams.get('area')).toBe('implementation');

		await p.getByTestId('changes-download').getByRole('button').click();
		const [file] = await Promise.all([
			p.waitForEvent('download'),
			p.getByTestId('changes-download').getByRole('menuitem', { name: /CSV/ }).click()
		]);
		const csv = (await readFile((await file.path())!, 'utf8')).trim().split('\n');
		expect(csv.length).toBe(1 + areas.length);

		// Choosing a meeting as the reference puts it in the address.
		await p.getByTestId('reference').selectOption({ index: 1 });
		await expect.poll(() => new URL(p.url()).searchParams.get('since')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('opens a link on the area it names, the list filtered to it', async () => {
		const { page: p } = await suite.open('/?as_of=2021-06-30&area=unga&v=1', { until: 'hydrated' });
		await engineReady(p);
		await expect
			.poll(() => p.getByTestId('figures-as-of').getAttribute('data-as-of'), { timeout: 30_000 })
			.toBe('2021-06-30');
		expect(await p.getByTestId('changes-area').inputValue()).toBe('unga');
		const areas = await p
			.locator('[data-testid="changes"] tbody tr')
			.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-area')));
		expect(areas).toEqual(in2021.changes.filter((c) => c.area === 'unga').map(() => 'unga'));
		expect(await p.getByTestId('unknown-params').count()).toBe(0);
	});

	it('draws each area its small chart, for the day of the figures', async () => {
		const { page: p } = await suite.open('/', { javaScriptEnabled: false });
		const brief = p.getByTestId('overview-brief');
		// The map colours each State; the tallies, reports and open obligations name their last rows.
		expect(await brief.locator('[data-area="universalization"] figure svg path').count()).toBeGreaterThan(150);
		const plenary = atDataDate.unga.plenary!;
		expect(await brief.locator('[data-area="unga"] figure').innerText()).toContain(String(plenary.year));
		expect(await brief.locator('[data-area="transparency"] figure').count()).toBe(1);
		// The obligations still open: as many as `metric deadlines` lists on the day.
		const open = JSON.parse(
			(await run('npx', ['tsx', 'scripts/metric.ts', 'deadlines', '--json'], { cwd: suite.root })).stdout
		) as unknown[];
		expect(await brief.locator('[data-area="implementation"] #obligations-desc').innerText()).toMatch(
			new RegExp(`^${open.length} obligations not completed`)
		);
		expect(await brief.locator('[data-area="implementation"] [data-testid="obligations-table"] tbody tr').count()).toBe(
			open.length
		);
	});

	it('shows the published Trust Fund facts, and a ledger imported in this browser once there is one', async () => {
		const { page: p } = await suite.open('/trust-fund', { until: 'engine' });
		const tf = p.getByTestId('overview-brief');
		await importFile(p, path.join(suite.root, 'tests/fixtures/trustfund/fixture-ledger-contributions.csv'));
		await expect.poll(() => p.getByTestId('tf-states').count(), { timeout: 20_000 }).toBe(1);
		await p.goto(suite.url(''));
		// Before: the published facts' year (2023: 57 contributing States). After: the fixture ledger's
		// 2023 (Norway 125,000.50 + Switzerland 90,000 + Philippines 2,500.25 + Lithuania 5,000 CHF).
		await expect.poll(() => tf.getByTestId('brief-tf-ledger').count(), { timeout: 60_000 }).toBe(1);
		expect(await tf.getByTestId('brief-tf-ledger').innerText()).toContain('Contributions in 2023: 222,501 CHF');
		expect(await tf.getByTestId('brief-tf-states').innerText()).toBe('Contributing States in 2023: 4');
		expect(await tf.getByTestId('brief-tf-imported').innerText()).toContain('fixture-ledger-contributions.csv');
	});

	it('fits a phone in Arabic', async () => {
		const context = await suite.browser.newContext({ viewport: { width: 390, height: 844 } });
		try {
			const p = await context.newPage();
			await p.goto(suite.url('ar/'));
			await hydrated(p);
			expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
			expect(await p.getByTestId('overview-brief').locator('section').count()).toBe(5);
		} finally {
			await context.close();
		}
	});
});

describe('the MSP deck from the overview', () => {
	it('downloads one PowerPoint in the page’s language: a title slide and the six standard charts with notes', async () => {
		const JSZip = (await import('jszip')).default;
		const { page: p } = await suite.open('/fr/', { until: 'hydrated' });
		await engineReady(p);
		const [file] = await Promise.all([
			p.waitForEvent('download', { timeout: 120_000 }),
			p.getByTestId('msp-deck').click()
		]);
		expect(file.suggestedFilename()).toBe(`ccm-msp-deck-${atDataDate.as_of}.pptx`);
		const zip = await JSZip.loadAsync(await readFile((await file.path())!));
		const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
		expect(slides.length).toBe(7);
		const title = await zip.file('ppt/slides/slide1.xml')!.async('string');
		expect(title).toContain('Assemblée des États parties');
		const notes = Object.keys(zip.files).filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f));
		expect(notes.length).toBeGreaterThanOrEqual(6);
		const images = Object.keys(zip.files).filter((f) => f.startsWith('ppt/media/') && f.endsWith('.png'));
		expect(images.length).toBeGreaterThanOrEqual(5);
	});
});
