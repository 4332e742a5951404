import { loadAccessionDates, loadAsOf, loadHistory } from '$lib/controllers/universalization';
import { loadMeetings } from '$lib/controllers/implementation';
import type { MapShape } from '$lib/charts/map-types';
import { buildMapGeometry, type MapGeometry } from '$lib/server/geo';
import { db, readManifest } from '$lib/server/data';

/**
 * The map's path strings (about 120 kB) are drawn into the prerendered SVG and never needed again:
 * the browser only re-colours the shapes (WorldMap leaves a `d` it was not given alone). Made
 * non-enumerable, they reach the prerender but stay out of the page's hydration data, which
 * SvelteKit serializes from own enumerable keys; the HTML then carries the geometry once, not twice.
 */
function pathsForPrerenderOnly(geometry: MapGeometry): MapGeometry {
	return {
		...geometry,
		shapes: geometry.shapes.map(({ d, ...shape }): MapShape =>
			Object.defineProperty({ ...shape, d: '' }, 'd', { value: d, enumerable: false })
		)
	};
}

export const load = async () => {
	const { data_as_of } = readManifest();
	const conn = await db();
	const view = await loadAsOf(conn, data_as_of);
	const history = await loadHistory(conn, data_as_of);
	const geometry = pathsForPrerenderOnly(buildMapGeometry(view.statuses));
	return { view, history, geometry, meetings: await loadMeetings(conn), dates: await loadAccessionDates(conn) };
};
