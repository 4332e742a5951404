import { loadHistory } from '$lib/controllers/universalization';
import { loadMeetings } from '$lib/controllers/implementation';
import { loadOverview, loadOverviewCharts } from '$lib/controllers/overview';
import { db, readManifest } from '$lib/server/data';
import { buildMapGeometry, pathsForPrerenderOnly } from '$lib/server/geo';

export const load = async () => {
	const { data_as_of } = readManifest();
	const conn = await db();
	const meetings = await loadMeetings(conn);
	const view = await loadOverview(conn, { asOf: data_as_of, dataAsOf: data_as_of, meetings });
	const charts = await loadOverviewCharts(conn, { asOf: data_as_of, dataAsOf: data_as_of });
	const history = await loadHistory(conn, data_as_of);
	// The small status map: its outlines are in the prerendered SVG only (geo.ts).
	const geometry = pathsForPrerenderOnly(buildMapGeometry(charts.statuses));
	return { view, charts, geometry, history, meetings };
};
