// Reading the UN Digital Library voting data: both column layouts, vote codes, States, and errors.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import { normaliseVote } from '../../src/lib/domain/unga';
import { loadStates } from '../../src/lib/server/load-states';
import { createResolver } from '../../src/lib/reference/resolver';
import { mapUndlRecord, undlLayout, type UndlLayout } from '../../scripts/lib/parsers/undl';

const ROOT = path.resolve(import.meta.dirname, '../..');
const resolver = createResolver(loadStates(path.join(ROOT, 'data/reference/states.csv')));

function layoutOf(header: string[]) {
	const l = undlLayout(header, 'f.csv');
	if (Array.isArray(l)) throw new Error(JSON.stringify(l));
	return l;
}

describe('vote codes', () => {
	it('stores NV (older files) as X and rejects anything else', () => {
		expect(normaliseVote('NV')).toBe('X');
		expect(normaliseVote(' y ')).toBe('Y');
		expect(normaliseVote('A')).toBe('A');
		expect(normaliseVote('Abstain')).toBeNull();
		expect(normaliseVote('')).toBeNull();
	});
});

describe('layouts', () => {
	it('recognises the current and the older layout', () => {
		expect(layoutOf(['undl_id', 'ms_code', 'ms_name', 'ms_vote', 'date', 'resolution', 'title']).name).toBe('current');
		expect(layoutOf(['ms_codes', 'ms_names', 'ms_votes', 'resolutions', 'date', 'title']).name).toBe('older');
	});
	it('names a missing column', () => {
		const l = undlLayout(['ms_code', 'ms_vote', 'date', 'title'], 'votes.csv');
		expect(l).toEqual([
			{ file: 'votes.csv', line: 1, column: 'resolution', message: expect.stringContaining('missing') }
		]);
	});
	it('names a missing column as the older layout spells it, the name the user will look for', () => {
		const l = undlLayout(['ms_codes', 'ms_names', 'resolutions', 'date', 'title'], 'votes.csv');
		expect(l).toEqual([
			{ file: 'votes.csv', line: 1, column: 'ms_votes', message: expect.stringContaining('missing') }
		]);
	});
});

describe('mapping rows', () => {
	const fixture = parseCsv(
		'ms_codes,ms_names,ms_votes,resolutions,date,title,vote_note\n' +
			'SWZ,SWAZILAND,NV,A/RES/74/1,2019-12-12,T,\n' +
			'CZE,CZECH REPUBLIC,Y,A/RES/74/1,2019-12-12,T,provisional: fixture\n' +
			'XXX,ATLANTIS,Y,A/RES/74/1,2019-12-12,T,\n' +
			'FRA,FRANCE,maybe,A/RES/74/1,2019-02-30,T,\n'
	);
	const layout: UndlLayout = layoutOf(fixture.header);
	const map = (i: number) => mapUndlRecord(fixture.records[i]!, layout, resolver, 'f.csv');
	it('maps a row to the canonical columns (older layout, NV as X, the year and session from the date)', () => {
		expect(map(0)).toEqual({
			row: expect.objectContaining({
				iso3: 'SWZ',
				vote: 'X',
				year: '2019',
				session: '74',
				body: 'plenary',
				part: 'whole',
				provisional: 'false'
			})
		});
		expect(map(1)).toEqual({ row: expect.objectContaining({ iso3: 'CZE', vote: 'Y', provisional: 'true' }) });
	});
	it('reports an unknown State and a bad vote code and date with line and column', () => {
		expect(map(2)).toEqual({
			problems: [
				{
					file: 'f.csv',
					line: 4,
					column: 'ms_codes',
					value: 'XXX',
					message: 'not a State in data/reference/states.csv'
				}
			]
		});
		const p = map(3);
		expect('problems' in p && p.problems.map((x) => [x.line, x.column, x.value])).toEqual([
			[5, 'ms_votes', 'maybe'],
			[5, 'date', '2019-02-30']
		]);
	});
	it('resolves a State by name when the file has no code column', () => {
		const t = parseCsv(
			'ms_name,ms_vote,date,resolution,title\nCONGO,Y,2019-12-12,A/RES/74/1,T\nTürkiye,A,2019-12-12,A/RES/74/1,T\n'
		);
		const l = layoutOf(t.header);
		expect(mapUndlRecord(t.records[0]!, l, resolver, 'f.csv')).toEqual({
			row: expect.objectContaining({ iso3: 'COG' })
		});
		expect(mapUndlRecord(t.records[1]!, l, resolver, 'f.csv')).toEqual({
			row: expect.objectContaining({ iso3: 'TUR' })
		});
	});
});
