/**
 * /map-geometry.json: the world map's shapes (about 130 kB), prerendered as a static file for what
 * draws the map outside /universalization: the MSP deck built in the browser fetches it when asked,
 * so no page carries it in its first paint. The shapes do not depend on the day, only on the
 * States in the reference.
 */
import { json } from '@sveltejs/kit';
import { loadAsOf } from '$lib/controllers/universalization';
import { buildMapGeometry } from '$lib/server/geo';
import { db, readManifest } from '$lib/server/data';

export const prerender = true;

export const GET = async () => {
	const { data_as_of } = readManifest();
	const { statuses } = await loadAsOf(await db(), data_as_of);
	return json(buildMapGeometry(statuses));
};
