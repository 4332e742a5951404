// The world map places every State of the reference: a shape from the 110m atlas or, for the small
// States it leaves out, a marker positioned from the 10m atlas.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStates } from '../../src/lib/server/load-states';
import { buildMapGeometry } from '../../src/lib/server/geo';
import { ROOT } from './cli';

const states = loadStates(path.join(ROOT, 'data/reference/states.csv'));
const geo = buildMapGeometry(states);

describe('map geometry', () => {
	it('places all 197 States, each exactly once', () => {
		expect(geo.unplaced).toEqual([]);
		const placed = [...geo.shapes.map((s) => s.iso3).filter(Boolean), ...geo.markers.map((m) => m.iso3)];
		expect(new Set(placed).size).toBe(197);
		expect(placed.length).toBe(197);
	});
	it('draws the small States as markers inside the map', () => {
		expect(geo.markers.length).toBeGreaterThanOrEqual(25);
		for (const iso3 of ['MLT', 'LIE', 'AND', 'SMR', 'VAT', 'COK', 'NIU', 'NRU', 'MCO', 'SGP'])
			expect(
				geo.markers.map((m) => m.iso3),
				iso3
			).toContain(iso3);
		for (const m of geo.markers) {
			expect(m.x).toBeGreaterThanOrEqual(0);
			expect(m.x).toBeLessThanOrEqual(geo.width);
			expect(m.y).toBeGreaterThanOrEqual(0);
			expect(m.y).toBeLessThanOrEqual(geo.height);
		}
	});
	it('leaves out Antarctica and keeps unmatched territories uncoloured', () => {
		expect(geo.shapes.some((s) => s.m49 === '010')).toBe(false);
		expect(geo.shapes.filter((s) => s.iso3 === null).length).toBeGreaterThan(0);
	});
});
