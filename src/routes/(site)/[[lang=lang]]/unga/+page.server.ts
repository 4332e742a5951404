import { loadUnga } from '$lib/controllers/unga';
import { db } from '$lib/server/data';

export const load = async () => ({ unga: await loadUnga(await db()) });
