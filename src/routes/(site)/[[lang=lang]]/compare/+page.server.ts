import { loadCompareAsOf, loadCompareFixed, loadComparedRates } from '$lib/controllers/compare';
import { db, readManifest } from '$lib/server/data';

export const load = async () => {
	const { data_as_of } = readManifest();
	const conn = await db();
	const fixed = await loadCompareFixed(conn, data_as_of);
	const view = await loadCompareAsOf(conn, data_as_of);
	const rates = await loadComparedRates(conn, data_as_of);
	return { fixed, view, rates };
};
