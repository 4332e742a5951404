import { loadImplementation } from '$lib/controllers/implementation';
import { db, readManifest } from '$lib/server/data';

export const load = async () => {
	readManifest();
	return { implementation: await loadImplementation(await db()) };
};
