import { loadTransparency } from '$lib/controllers/transparency';
import { db, readManifest } from '$lib/server/data';

export const load = async () => {
	readManifest();
	return { transparency: await loadTransparency(await db()) };
};
