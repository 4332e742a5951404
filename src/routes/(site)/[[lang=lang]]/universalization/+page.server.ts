import { loadAccessionDates, loadAsOf, loadHistory } from '$lib/controllers/universalization';
import { loadMeetings } from '$lib/controllers/implementation';
import { buildMapGeometry, pathsForPrerenderOnly } from '$lib/server/geo';
import { db, readManifest } from '$lib/server/data';

export const load = async () => {
	const { data_as_of } = readManifest();
	const conn = await db();
	const view = await loadAsOf(conn, data_as_of);
	const history = await loadHistory(conn, data_as_of);
	const geometry = pathsForPrerenderOnly(buildMapGeometry(view.statuses));
	return { view, history, geometry, meetings: await loadMeetings(conn), dates: await loadAccessionDates(conn) };
};
