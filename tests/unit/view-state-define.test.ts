// defineViewState: parsing, writing and the known parameters all come from one definition; older
// links go through the migrations before they are parsed. Fixture definitions, not the site's pages.
import { describe, expect, it } from 'vitest';
import { z } from '../../src/lib/schema/z';
import { defineViewState } from '../../src/lib/view-state/define';

const fixtureView = defineViewState({
	route: '/fixture',
	schema: { year: z.coerce.number().int(), colour: z.enum(['red', 'blue']) },
	defaults: ({ latest }: { latest: number }): { year: number; colour: 'red' | 'blue' } => ({
		year: latest,
		colour: 'red'
	}),
	checks: {
		year: (year, { latest }) =>
			year <= latest
				? { ok: true, value: year }
				: { ok: false, notice: { reason: 'no per-State votes that year', code: 'no_votes_year' } }
	}
});
const CONTEXT = { latest: 2024 };

describe('defineViewState', () => {
	it('derives the known parameters, `v` first', () => {
		expect(fixtureView.params).toEqual(['v', 'year', 'colour']);
		expect(fixtureView.version).toBe(1);
	});

	it('leaves defaults out of links, so plain links stay plain, and versions the others', () => {
		expect(fixtureView.search({ year: 2024, colour: 'red' }, CONTEXT)).toBe('');
		expect(fixtureView.search({ year: 2020, colour: 'red' }, CONTEXT)).toBe('?year=2020&v=1');
		expect(fixtureView.search({ year: 2024, colour: 'blue' }, CONTEXT)).toBe('?colour=blue&v=1');
	});

	it('round-trips every state it writes', () => {
		for (const year of [2000, 2023, 2024])
			for (const colour of ['red', 'blue'] as const) {
				const search = fixtureView.search({ year, colour }, CONTEXT);
				expect(fixtureView.parse(new URLSearchParams(search), CONTEXT)).toEqual({
					state: { year, colour },
					notice: null
				});
			}
	});

	it('falls back to the defaults with the whole link named when a value is malformed', () => {
		expect(fixtureView.parse(new URLSearchParams('colour=green&v=1'), CONTEXT)).toEqual({
			state: { year: 2024, colour: 'red' },
			notice: { value: 'colour=green&v=1', reason: 'unreadable parameters', code: 'unreadable' }
		});
		expect(fixtureView.parse(new URLSearchParams('v=abc'), CONTEXT).notice?.code).toBe('unreadable');
	});

	it('keeps what it can when a value is well-formed but unusable here, naming that value', () => {
		expect(fixtureView.parse(new URLSearchParams('year=2030&colour=blue'), CONTEXT)).toEqual({
			state: { year: 2024, colour: 'blue' },
			notice: { value: 'year=2030', reason: 'no per-State votes that year', code: 'no_votes_year' }
		});
	});

	it('reads an empty parameter as not given', () => {
		expect(fixtureView.parse(new URLSearchParams('year=&colour='), CONTEXT)).toEqual({
			state: { year: 2024, colour: 'red' },
			notice: null
		});
	});
});

describe('migrations', () => {
	// Version 2 renamed `colour` to `hue`; version 3 counts years from 2000.
	const migrated = defineViewState({
		route: '/fixture',
		schema: { year: z.coerce.number().int(), hue: z.enum(['red', 'blue']) },
		defaults: (): { year: number; hue: 'red' | 'blue' } => ({ year: 24, hue: 'red' }),
		migrations: [
			(p) => {
				const q = new URLSearchParams(p);
				if (q.has('colour')) q.set('hue', q.get('colour')!);
				q.delete('colour');
				return q;
			},
			(p) => {
				const q = new URLSearchParams(p);
				if (q.has('year')) q.set('year', String(Number(q.get('year')) - 2000));
				return q;
			}
		]
	});

	it('bring a link of any earlier version to the current one before it is parsed', () => {
		expect(migrated.version).toBe(3);
		const links = [
			'colour=blue&year=2016&v=1',
			'colour=blue&year=2016',
			'hue=blue&year=2016&v=2',
			'hue=blue&year=16&v=3'
		];
		expect(links.map((q) => migrated.parse(new URLSearchParams(q), undefined).state)).toEqual(
			links.map(() => ({ year: 16, hue: 'blue' }))
		);
		expect(migrated.search({ year: 16, hue: 'blue' }, undefined)).toBe('?year=16&hue=blue&v=3');
	});

	it('read a link from a later version as it stands', () => {
		expect(migrated.parse(new URLSearchParams('hue=blue&v=9'), undefined)).toEqual({
			state: { year: 24, hue: 'blue' },
			notice: null
		});
	});
});
