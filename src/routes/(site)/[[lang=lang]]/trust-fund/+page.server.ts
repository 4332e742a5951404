import { loadTrustFund } from '$lib/controllers/trustfund';
import { db } from '$lib/server/data';

export const load = async () => ({ trustFund: await loadTrustFund(await db()) });
