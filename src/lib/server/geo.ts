/**
 * The world map's geometry, computed once at build time: SVG paths of the 110m world-atlas
 * shapes, and a marker position for every State the 110m shapes leave out (about 30 small
 * States), taken from the finer 10m shapes so that no State is missing from the map.
 * The browser only re-colours these shapes; it never downloads or projects geometry.
 */
import { geoArea, geoCentroid, geoEqualEarth, geoPath } from 'd3';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import type { MapGeometry, MapMarker, MapShape } from '../domain/map-geometry';

export type { MapGeometry };

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;
const ANTARCTICA = '010';

const require = createRequire(import.meta.url);
const MARKER_MARGIN = 5;

/** The largest polygon of a shape: an archipelago's marker sits on its main island, not mid-ocean. */
function mainPart(f: Feature<Geometry>): Feature<Geometry> {
	if (f.geometry.type !== 'MultiPolygon') return f;
	const parts = f.geometry.coordinates.map((coordinates): Feature<Polygon> => ({
		type: 'Feature',
		properties: {},
		geometry: { type: 'Polygon', coordinates }
	}));
	return parts.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
}

const clamp = (v: number, lo: number, hi: number) => Math.round(Math.min(hi, Math.max(lo, v)) * 10) / 10;

function countries(file: string): FeatureCollection<Geometry, { name: string }> {
	const topo = JSON.parse(fs.readFileSync(require.resolve(`world-atlas/${file}`), 'utf8')) as Topology;
	return feature(topo, topo.objects.countries as GeometryCollection<{ name: string }>) as FeatureCollection<
		Geometry,
		{ name: string }
	>;
}

export function buildMapGeometry(states: readonly { iso3: string; m49: string }[]): MapGeometry {
	const coarse = countries('countries-110m.json');
	const features = coarse.features.filter((f) => String(f.id) !== ANTARCTICA);
	const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], { type: 'FeatureCollection', features });
	const path = geoPath(projection).digits(1);
	const isoByM49 = new Map(states.map((s) => [s.m49, s.iso3]));
	const shapes: MapShape[] = features
		.map((f: Feature<Geometry, { name: string }>) => ({
			m49: String(f.id ?? ''),
			iso3: isoByM49.get(String(f.id ?? '')) ?? null,
			d: path(f) ?? ''
		}))
		.filter((s) => s.d !== '');
	const drawn = new Set(shapes.map((s) => s.iso3).filter(Boolean));
	const missing = states.filter((s) => !drawn.has(s.iso3));
	const fine = new Map(countries('countries-10m.json').features.map((f) => [String(f.id), f]));
	const markers: MapMarker[] = [];
	const unplaced: string[] = [];
	for (const s of missing) {
		const f = fine.get(s.m49);
		const xy = f ? projection(geoCentroid(mainPart(f))) : null;
		if (xy)
			markers.push({
				iso3: s.iso3,
				x: clamp(xy[0], MARKER_MARGIN, MAP_WIDTH - MARKER_MARGIN),
				y: clamp(xy[1], MARKER_MARGIN, MAP_HEIGHT - MARKER_MARGIN)
			});
		else unplaced.push(s.iso3);
	}
	return { width: MAP_WIDTH, height: MAP_HEIGHT, shapes, markers, unplaced };
}

/**
 * The map's path strings (about 120 kB) are drawn into the prerendered SVG and never needed again:
 * the browser only re-colours the shapes (WorldMap leaves a `d` it was not given alone). Made
 * non-enumerable, they reach the prerender but stay out of the page's hydration data, which
 * SvelteKit serializes from own enumerable keys; the HTML then carries the geometry once, not twice.
 */
export function pathsForPrerenderOnly(geometry: MapGeometry): MapGeometry {
	return {
		...geometry,
		shapes: geometry.shapes.map(({ d, ...shape }): MapShape =>
			Object.defineProperty({ ...shape, d: '' }, 'd', { value: d, enumerable: false })
		)
	};
}
