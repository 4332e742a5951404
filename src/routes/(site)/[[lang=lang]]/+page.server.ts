import { loadHistory } from '$lib/controllers/universalization';
import { loadMeetings } from '$lib/controllers/implementation';
import { loadOverview } from '$lib/controllers/overview';
import { db, readManifest } from '$lib/server/data';

export const load = async () => {
	const { data_as_of } = readManifest();
	const conn = await db();
	const meetings = await loadMeetings(conn);
	const view = await loadOverview(conn, { asOf: data_as_of, dataAsOf: data_as_of, meetings });
	const history = await loadHistory(conn, data_as_of);
	return { view, history, meetings };
};
