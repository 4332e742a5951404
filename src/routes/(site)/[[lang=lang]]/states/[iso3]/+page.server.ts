import { error } from '@sveltejs/kit';
import { loadProfile } from '$lib/controllers/profile';
import { loadImplementation, stateObligations, type ImplementationData } from '$lib/controllers/implementation';
import { loadTransparency, type TransparencyData } from '$lib/controllers/transparency';
import { runQuery } from '$lib/queries/query';
import { stateList } from '$lib/queries/universalization';
import { db, readManifest } from '$lib/server/data';
import { defaultLocale, isLocale, locales } from '$lib/i18n/locales';
import { STATE_FORMAL_NAMES } from '$lib/server/state-formal-names';

/** Every State of the reference gets a prerendered page in every language, UN members or not. */
export const entries = async () => {
	const states = await runQuery(await db(), stateList, undefined);
	return locales.flatMap((l) =>
		states.map((s) => ({ iso3: s.iso3.toLowerCase(), lang: l.code === defaultLocale ? undefined : l.code }))
	);
};

let transparency: Promise<TransparencyData> | null = null;
let implementation: Promise<ImplementationData> | null = null;

export const load = async ({ params }) => {
	const iso3 = params.iso3.toUpperCase();
	const conn = await db();
	const known = (await runQuery(conn, stateList, undefined)).find((s) => s.iso3 === iso3);
	if (!known || params.iso3 !== params.iso3.toLowerCase()) error(404, `No State ${params.iso3}`);
	const dataAsOf = readManifest().data_as_of;
	const impl = await (implementation ??= loadImplementation(conn));
	return {
		profile: await loadProfile(conn, iso3, dataAsOf, await (transparency ??= loadTransparency(conn))),
		member: known.un_member,
		obligations: stateObligations(impl, iso3, known.name, dataAsOf),
		// The UNTERM formal name under the heading, in the page's language only: the table stays on
		// the server. None where it is the heading itself or is withdrawn (Türkiye, data/reference/README.md).
		formalName: STATE_FORMAL_NAMES[iso3]?.[params.lang && isLocale(params.lang) ? params.lang : defaultLocale] ?? null
	};
};
