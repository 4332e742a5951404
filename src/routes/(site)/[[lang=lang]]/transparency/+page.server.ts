import { loadMeetings } from '$lib/controllers/implementation';
import { loadTransparency } from '$lib/controllers/transparency';
import { db, readManifest } from '$lib/server/data';

export const load = async () => {
	readManifest();
	const conn = await db();
	return { transparency: await loadTransparency(conn), meetings: await loadMeetings(conn) };
};
