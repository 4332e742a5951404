// Exports from real pages in Chromium: each chart's Download menu (PNG, SVG, CSV, Add to slides),
// the slide deck, print, permalinks. Every file is downloaded through the browser's download
// manager and then checked the way a user's program would read it.
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { parseCsv } from '../../src/lib/csv';
import { browserSuite, engineReady, hydrated } from './harness';

const suite = browserSuite();

/** Opens a figure's Download menu (by the figure's accessible name) and picks an item. */
async function download(p: Page, figureName: string, item: string): Promise<{ file: Download; bytes: Buffer }> {
	const figure = p.getByRole('figure', { name: figureName, exact: true });
	await figure.getByRole('button', { name: 'Download', exact: true }).click();
	const [file] = await Promise.all([
		p.waitForEvent('download'),
		figure.getByRole('menuitem', { name: item, exact: true }).click()
	]);
	return { file, bytes: await readFile((await file.path())!) };
}

/** Decodes a PNG in the page and reports its size and how many pixels are not white. */
async function inspectPng(p: Page, png: Buffer) {
	return p.evaluate(async (b64) => {
		const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
		const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
		const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
		const ctx = canvas.getContext('2d')!;
		ctx.drawImage(bitmap, 0, 0);
		const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
		let inked = 0;
		for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) inked++;
		const corner = [...ctx.getImageData(0, 0, 1, 1).data];
		return { width: bitmap.width, height: bitmap.height, inked, corner };
	}, png.toString('base64'));
}

describe('chart exports', () => {
	it('PNG: 1920x1080 by default, white, with ink; 4:3 and square on request', async () => {
		const o = await suite.open('/universalization', { until: 'hydrated' });
		const p = o.page;
		const { file, bytes } = await download(p, 'States Parties over time', 'PNG');
		expect(file.suggestedFilename()).toMatch(/^ccm-timeline-\d{4}-\d{2}-\d{2}\.png$/);
		const img = await inspectPng(p, bytes);
		expect([img.width, img.height]).toEqual([1920, 1080]);
		expect(img.corner).toEqual([255, 255, 255, 255]);
		// Title, lines, axes and footer text: far more than a blank page, far less than a filled one.
		expect(img.inked).toBeGreaterThan(5_000);
		expect(img.inked).toBeLessThan(1920 * 1080 * 0.6);

		const figure = p.getByRole('figure', { name: 'States Parties over time', exact: true });
		await figure.getByRole('button', { name: 'Download', exact: true }).click();
		await figure.getByRole('menuitemradio', { name: /^Square/ }).click();
		// The size choice keeps the menu open, so PNG is one more click.
		const [squareFile] = await Promise.all([
			p.waitForEvent('download'),
			figure.getByRole('menuitem', { name: 'PNG', exact: true }).click()
		]);
		const square = { bytes: await readFile((await squareFile.path())!) };
		expect((await inspectPng(p, square.bytes)).width).toBe(1080);
		expect((await inspectPng(p, square.bytes)).height).toBe(1080);
		expect(o.consoleErrors).toEqual([]);
		expect(o.foreignRequests).toEqual([]);
	});

	it('SVG: a standalone document with the title, as-of date, source and permalink as text', async () => {
		const o = await suite.open('/universalization?as_of=2020-01-01&v=1', { until: 'engine' });
		const p = o.page;
		await expect.poll(() => p.getByTestId('figures-as-of').getAttribute('data-as-of')).toBe('2020-01-01');
		const { bytes } = await download(p, 'Status of each State', 'SVG');
		const text = bytes.toString('utf8');
		expect(text.startsWith('<?xml')).toBe(true);
		const parsed = await p.evaluate((svg) => {
			const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
			const root = doc.documentElement;
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				ns: root.namespaceURI,
				width: root.getAttribute('width'),
				title: doc.querySelector('title')?.textContent,
				texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
				paths: doc.querySelectorAll('path').length,
				classes: doc.querySelectorAll('[class]').length,
				links: doc.querySelectorAll('a').length
			};
		}, text);
		expect(parsed.error).toBeNull();
		expect(parsed.ns).toBe('http://www.w3.org/2000/svg');
		expect(parsed.width).toBe('1920');
		expect(parsed.title).toBe('Status of each State');
		expect(parsed.texts).toContain('Figures as of 1 Jan 2020');
		expect(parsed.texts.some((t) => t?.startsWith('Source: UN Treaty Collection'))).toBe(true);
		expect(parsed.texts.some((t) => t?.includes('/universalization?as_of=2020-01-01&v=1'))).toBe(true);
		// Styles are inline (no class refers to a sheet that does not travel), links are gone.
		expect(parsed.paths).toBeGreaterThan(150);
		expect(parsed.classes).toBe(0);
		expect(parsed.links).toBe(0);

		// Opened on its own, the file renders at its size.
		const viewer = await suite.browser.newPage();
		await viewer.setContent(`<img id="i" src="data:image/svg+xml;base64,${bytes.toString('base64')}">`);
		await viewer.waitForFunction(() => (document.getElementById('i') as HTMLImageElement).complete);
		expect(await viewer.evaluate(() => (document.getElementById('i') as HTMLImageElement).naturalWidth)).toBe(1920);
		await viewer.close();
	});

	it('CSV: BOM, the rows of the table view, source and as-of on every row', async () => {
		const o = await suite.open('/universalization?as_of=2012-06-30&v=1', { until: 'engine' });
		const p = o.page;
		await expect.poll(() => p.getByTestId('figures-as-of').getAttribute('data-as-of')).toBe('2012-06-30');
		const { bytes } = await download(p, 'Status of each State', 'CSV');
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const csv = parseCsv(bytes.toString('utf8').slice(1));
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
		// The closed table view catches up with the as-of day when opened.
		await p.locator('#map details summary').click();
		await expect.poll(() => p.locator('#map tr[data-iso3="LTU"] td').nth(1).innerText()).toBe('State Party (in force)');
		const tableRows = await p
			.locator('#map table tbody tr')
			.evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim())));
		expect(csv.records.map((r) => [r.cells[1], r.cells[2], r.cells[3]])).toEqual(tableRows);
		expect(new Set(csv.records.map((r) => r.cells[8]))).toEqual(new Set(['2012-06-30']));
		expect(csv.records[0]!.cells[7]).toMatch(/^Source: UN Treaty Collection/);
		// Dates after the map's day are left empty: Lithuania had signed and ratified by mid-2012.
		const ltu = csv.records.find((r) => r.cells[0] === 'LTU')!.cells;
		expect(ltu.slice(4, 7)).toEqual(['2008-12-03', '2011-03-24', '2011-09-01']);
		const later = csv.records.filter((r) => (r.cells[5] ?? '') > '2012-06-30');
		expect(later).toEqual([]);
		// The export counts what the headline counts.
		const parties = csv.records.filter((r) => r.cells[2]?.startsWith('State Party')).length;
		expect(String(parties)).toBe(await p.getByTestId('states-parties').innerText());
	});

	it('slides: the tray survives a reload and becomes a deck, a title slide then one slide per chart with image and notes', async () => {
		const o = await suite.open('/universalization', { until: 'hydrated' });
		const p = o.page;
		for (const name of ['States Parties over time', 'Status of each State']) {
			const figure = p.getByRole('figure', { name, exact: true });
			await figure.getByRole('button', { name: 'Download', exact: true }).click();
			await figure.getByRole('menuitem', { name: 'Add to slides', exact: true }).click();
			await expect.poll(() => figure.getByRole('status').innerText()).toContain('Added to the slides');
		}
		await p.goto(suite.url('/unga'));
		await hydrated(p);
		const unga = p.getByRole('figure').first();
		const ungaTitle = (await unga.locator('h3').innerText()).trim();
		await unga.getByRole('button', { name: 'Download', exact: true }).click();
		await unga.getByRole('menuitem', { name: 'Add to slides', exact: true }).click();
		await expect.poll(() => p.getByTestId('slide-tray').locator('summary').innerText()).toBe('Slides (3)');

		await p.reload();
		await hydrated(p);
		await expect.poll(() => p.getByTestId('slide-tray').locator('summary').innerText()).toBe('Slides (3)');
		await p.getByTestId('slide-tray').locator('summary').click();
		const [file] = await Promise.all([
			p.waitForEvent('download'),
			p.getByRole('button', { name: 'Download slides', exact: true }).click()
		]);
		expect(file.suggestedFilename()).toMatch(/\.pptx$/);
		const zip = await JSZip.loadAsync(await readFile((await file.path())!));
		const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
		expect(slides).toHaveLength(4);
		const cover = await zip.file('ppt/slides/slide1.xml')!.async('string');
		expect(cover).toContain('<a:t>Convention on Cluster Munitions: charts</a:t>');
		expect(cover).toMatch(/<a:t>Data as of \d{1,2} \w{3} \d{4}<\/a:t>/);
		expect(cover).toContain('<a:t>Language: English</a:t>');
		const titles: string[] = [];
		for (let i = 2; i <= 4; i++) {
			const xml = await zip.file(`ppt/slides/slide${i}.xml`)!.async('string');
			expect(xml).toContain('<p:pic>');
			titles.push(xml.match(/<a:t>([^<]*)<\/a:t>/)?.[1] ?? '');
			const rels = await zip.file(`ppt/slides/_rels/slide${i}.xml.rels`)!.async('string');
			const media = rels.match(/Target="\.\.\/media\/([^"]+)"/)?.[1];
			expect(media).toBeDefined();
			expect((await zip.file(`ppt/media/${media}`)!.async('uint8array')).length).toBeGreaterThan(10_000);
			const notesRel = rels.match(/Target="\.\.\/notesSlides\/([^"]+)"/)?.[1];
			const notes = await zip.file(`ppt/notesSlides/${notesRel}`)!.async('string');
			expect(notes).toContain('Source: ');
			expect(notes).toMatch(/Link: http:\/\/127\.0\.0\.1:\d+\//);
		}
		expect(titles).toEqual(['States Parties over time', 'Status of each State', ungaTitle]);

		await p.getByRole('button', { name: 'Empty the tray', exact: true }).click();
		await expect.poll(() => p.getByTestId('slide-tray').locator('summary').innerText()).toBe('Slides (0)');
		expect(o.consoleErrors).toEqual([]);
		expect(o.foreignRequests).toEqual([]);
	});

	it('the Download menu works from the keyboard', async () => {
		const o = await suite.open('/universalization', { until: 'hydrated' });
		const p = o.page;
		const figure = p.getByRole('figure', { name: 'States Parties over time', exact: true });
		const button = figure.getByRole('button', { name: 'Download', exact: true });
		await button.focus();
		await p.keyboard.press('Enter');
		await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
		expect(await p.evaluate(() => document.activeElement?.textContent)).toBe('PNG');
		await p.keyboard.press('ArrowDown');
		await p.keyboard.press('ArrowDown');
		expect(await p.evaluate(() => document.activeElement?.textContent)).toBe('CSV');
		const [file] = await Promise.all([p.waitForEvent('download'), p.keyboard.press('Enter')]);
		expect(file.suggestedFilename()).toMatch(/\.csv$/);
		await button.focus();
		await p.keyboard.press('ArrowDown');
		await p.keyboard.press('Escape');
		expect(await button.getAttribute('aria-expanded')).toBe('false');
		expect(await p.evaluate(() => document.activeElement?.textContent)).toBe('Download');
	});
});

describe('permalinks, citation and print', () => {
	it('a permalink reopens the same view; unknown or unusable parameters fall back with a notice', async () => {
		const o = await suite.open('/unga?year=2019&group=region&v=1', { until: 'hydrated' });
		const p = o.page;
		const again = await suite.open(p.url());
		await hydrated(again.page);
		for (const page of [p, again.page]) {
			await expect.poll(() => page.getByLabel('Group by').inputValue()).toBe('region');
			await expect.poll(() => page.url()).toContain('year=2019');
		}

		const odd = await suite.open('/universalization?as_of=2023-02-30&colour=red&v=1');
		await expect.poll(() => odd.page.getByTestId('unknown-params').innerText()).toContain('colour');
		await expect.poll(() => odd.page.getByText('which is not usable').count()).toBe(1);
		const manifest = JSON.parse(await readFile(`${suite.root}/static/data/manifest.json`, 'utf8'));
		expect(await odd.page.getByTestId('figures-as-of').getAttribute('data-as-of')).toBe(manifest.data_as_of);
		expect(odd.pageErrors).toEqual([]);
	});

	it('"Cite this page" copies the title, the as-of date and the permalink', async () => {
		const o = await suite.open('/universalization?as_of=2016-08-01&v=1');
		const p = o.page;
		await o.context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await engineReady(p);
		await p.getByRole('button', { name: 'Cite this page', exact: true }).click();
		const text = await p.evaluate(() => navigator.clipboard.readText());
		expect(text).toContain('Universalization');
		expect(text).toContain('figures as of 1 Aug 2016');
		expect(text).toContain('/universalization?as_of=2016-08-01&v=1');
	});

	it('print: A4 landscape, charts with their sources, no controls', async () => {
		const o = await suite.open('/universalization', { until: 'hydrated' });
		const p = o.page;
		await p.emulateMedia({ media: 'print' });
		expect(await p.locator('nav.main').isVisible()).toBe(false);
		expect(await p.getByRole('button', { name: 'Download' }).first().isVisible()).toBe(false);
		expect(await p.locator('figure.chart').first().isVisible()).toBe(true);
		expect(await p.locator('figure.chart .source').first().isVisible()).toBe(true);
		const pdf = (await p.pdf({ preferCSSPageSize: true })).toString('latin1');
		const box = pdf.match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
		expect(box).not.toBeNull();
		// A4 landscape is 842 x 595 points.
		expect(Math.round(Number(box![1]))).toBe(842);
		expect(Math.round(Number(box![2]))).toBe(595);
	});
});
