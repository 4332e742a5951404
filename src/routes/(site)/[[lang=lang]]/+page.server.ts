import { loadHistory } from '$lib/controllers/universalization';
import { loadMeetings } from '$lib/controllers/implementation';
import { runQuery } from '$lib/queries/query';
import { headline } from '$lib/queries/universalization';
import { CCM } from '$lib/domain/treaties';
import { db, readManifest } from '$lib/server/data';

export const load = async () => {
	const { data_as_of } = readManifest();
	const conn = await db();
	const [head] = await runQuery(conn, headline, { treaty: CCM.id, asOf: data_as_of });
	const history = await loadHistory(conn, data_as_of);
	return { headline: head!, history, meetings: await loadMeetings(conn) };
};
