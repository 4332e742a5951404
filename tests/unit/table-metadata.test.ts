// The metadata file beside every downloaded CSV (export/metadata.ts): what a reader needs to use the
// table away from the page — title, as-of day, sources with addresses, a definition per column,
// licence and citation — and, rendered on the server as the prerender does, the scrolling box and
// the Download menu every table now has.
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it, vi } from 'vitest';
import { DATASETS } from '$lib/domain/datasets';
import { DATASET_SOURCES, SOURCE_URLS, metadataJson, sourcesOf, tableMetadata } from '$lib/export/metadata';

vi.mock('$app/state', () => ({
	page: { params: {}, data: { dataAsOf: '2026-01-01' }, url: new URL('http://localhost/') }
}));
vi.mock('$app/paths', () => ({ base: '', assets: '' }));

const fixtureInput = {
	title: 'Fixture table',
	description: 'Two fixture rows',
	asOf: '2024-09-01',
	dataAsOf: { accession: '2026-02-03' },
	sourceLine: 'Source: fixture',
	sources: [{ name: 'Fixture source', url: 'https://example.org/fixture' }],
	columns: [
		{ key: 'iso3', label: 'ISO3' },
		{ key: 'deposit_date', label: 'Deposited', definition: 'Fixture definition of the deposit' },
		{ key: 'odd', label: 'Odd' }
	],
	trailing: [
		{ name: 'source', key: 'source', definition: 'Fixture: where it comes from' },
		{ name: 'as_of', key: 'as_of', definition: 'Fixture: the day' }
	],
	common: { iso3: 'Fixture ISO code' },
	licence: 'Fixture licence',
	citation: 'Fixture table. Fixture dashboard, figures as of 1 September 2024. https://example.org/p',
	permalink: 'https://example.org/p',
	language: 'en',
	csvFile: 'ccm-fixture-2024-09-01.csv'
};

describe('tableMetadata', () => {
	it('carries the keys a reader looks for, one column entry per CSV column in the CSV order', () => {
		const m = tableMetadata(fixtureInput);
		expect(Object.keys(m)).toEqual([
			'title',
			'description',
			'as_of',
			'data_as_of',
			'source_line',
			'sources',
			'columns',
			'licence',
			'citation',
			'permalink',
			'language',
			'csv_file'
		]);
		expect(m.as_of).toBe('2024-09-01');
		expect(m.sources).toEqual([{ name: 'Fixture source', url: 'https://example.org/fixture' }]);
		expect(m.columns.map((c) => c.name)).toEqual(['ISO3', 'Deposited', 'Odd', 'source', 'as_of']);
	});

	it('takes a column’s own definition first, then the shared one by key, and says null rather than invent one', () => {
		const m = tableMetadata(fixtureInput);
		expect(m.columns.map((c) => c.definition)).toEqual([
			'Fixture ISO code',
			'Fixture definition of the deposit',
			null,
			'Fixture: where it comes from',
			'Fixture: the day'
		]);
	});

	it('names the source line when no source is named, and never writes an address that is not http(s)', () => {
		const none = tableMetadata({ ...fixtureInput, sources: [] });
		expect(none.sources).toEqual([{ name: 'Source: fixture', url: null }]);
		const bad = tableMetadata({ ...fixtureInput, sources: [{ name: 'Fixture', url: 'javascript:alert(1)' }] });
		expect(bad.sources).toEqual([{ name: 'Fixture', url: null }]);
	});

	it('is written as indented JSON that reads back the same, non-Latin text as written', () => {
		const m = tableMetadata({ ...fixtureInput, title: 'جدول تجريبي 表格' });
		const text = metadataJson(m);
		expect(text).toContain('جدول تجريبي 表格');
		expect(text.endsWith('\n')).toBe(true);
		expect(JSON.parse(text)).toEqual(m);
	});
});

describe('the sources of each dataset', () => {
	it('names at least one source with a public https address for every dataset', () => {
		for (const d of DATASETS) {
			expect(DATASET_SOURCES[d].length, d).toBeGreaterThan(0);
			for (const s of DATASET_SOURCES[d]) expect(SOURCE_URLS[s]).toMatch(/^https:\/\//);
		}
	});

	it('lists each source once, in the order first met', () => {
		expect(sourcesOf(['article7', 'implementation', 'accession'])).toEqual([
			'monitor',
			'ccm',
			'mineActionReview',
			'untc'
		]);
		expect(SOURCE_URLS.untc).toBe(
			'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-6&chapter=26'
		);
	});
});

describe('tables on the page', () => {
	it('a DataTable sits in a focusable, named region that scrolls, the table itself left a table', async () => {
		const { default: DataTable } = await import('$lib/components/DataTable.svelte');
		const { createRawSnippet } = await import('svelte');
		const row = createRawSnippet((r: () => { id: string }) => ({ render: () => `<tr><td>${r().id}</td></tr>` }));
		// The generic component typed for the fixture's rows.
		const { body } = render(DataTable as unknown as Component<Record<string, unknown>>, {
			props: {
				label: 'Fixture table',
				columns: ['Id'],
				rows: [{ id: 'fixture-a' }],
				key: (r: { id: string }) => r.id,
				row
			}
		});
		expect(body).toMatch(
			/<div class="table-scroll" role="region" aria-label="Fixture table" tabindex="0">\s*(<!--[^>]*-->)?\s*<table/
		);
		expect(body).toContain('fixture-a');
	});

	it('a table’s Download menu offers the CSV and its metadata, no picture', async () => {
		const { default: TableDownload } = await import('$lib/components/TableDownload.svelte');
		const { body } = render(TableDownload, {
			props: {
				name: 'fixture',
				label: 'Fixture table',
				source: 'Fixture source',
				asOf: '2024-09-01',
				data: { columns: [{ key: 'iso3', label: 'ISO3' }], rows: [{ iso3: 'FRA' }] }
			}
		});
		const items = [...body.matchAll(/role="menuitem[^"]*"[^>]*>([^<]*)</g)].map((m) => m[1]);
		expect(items).toEqual(['CSV', 'Metadata (JSON)']);
		expect(body).toContain('aria-label="Download Fixture table"');
	});
});
