// A damaged manifest.json explains itself in words (the page shows it as a data-file fault),
// never as a zod reason key such as "problem.isoDate".
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchManifest } from '../../src/lib/db/load-tables';

afterEach(() => vi.unstubAllGlobals());

describe('fetchManifest', () => {
	it('names the field and the expectation of a manifest that does not fit', async () => {
		const fixture = { data_as_of: '2026-02-30', generated_by: 'fixture', tables: {}, checks: [], sources: [] };
		vi.stubGlobal('fetch', async () => new Response(JSON.stringify(fixture)));
		const failure = fetchManifest('https://example.invalid/data').catch((e: Error) => e);
		const e = (await failure) as Error;
		expect(e.name).toBe('DataFileError');
		expect(e.message).toMatch(/^manifest\.json: data_as_of: expected a calendar date written YYYY-MM-DD/);
		expect(e.message).not.toMatch(/problem\./);
	});
});
