import { loadMeetings } from '$lib/controllers/implementation';
import { loadUnga } from '$lib/controllers/unga';
import { db } from '$lib/server/data';

export const load = async () => {
	const conn = await db();
	return { unga: await loadUnga(conn), meetings: await loadMeetings(conn) };
};
