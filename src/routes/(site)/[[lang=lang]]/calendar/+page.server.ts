import { loadCalendar } from '$lib/controllers/calendar';
import { runQuery } from '$lib/queries/query';
import { stateList } from '$lib/queries/universalization';
import { db } from '$lib/server/data';

export const load = async () => {
	const conn = await db();
	const states = (await runQuery(conn, stateList, undefined)).map(({ iso3, name, region }) => ({ iso3, name, region }));
	return { calendar: await loadCalendar(conn), states };
};
