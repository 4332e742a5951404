/**
 * /status-periods.json: every State's status periods under the Convention in compact form (a few
 * kB), prerendered as a static file from the SQL DuckDB-wasm runs. /universalization fetches it as
 * it hydrates and answers the as-of control from it until the engine has started
 * (controllers/status-answer.ts); pages in every language share the one file.
 */
import { json } from '@sveltejs/kit';
import { loadCompactStatuses } from '$lib/controllers/universalization';
import { db, readManifest } from '$lib/server/data';

export const prerender = true;

export const GET = async () => {
	const { data_as_of } = readManifest();
	return json(await loadCompactStatuses(await db(), data_as_of));
};
