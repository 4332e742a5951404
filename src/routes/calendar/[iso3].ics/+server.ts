/**
 * /calendar/<iso3>.ics: each State's reporting calendar as an iCalendar file, prerendered as a
 * static file so a ministry can subscribe to its address. It holds the reports due in the two
 * years from the data's date, in English (a calendar application shows one language).
 */
import { error } from '@sveltejs/kit';
import { calendarOf, loadCalendar, type CalendarData } from '$lib/controllers/calendar';
import { addDays, addMonthsSameDay } from '$lib/domain/dates';
import { calendarIcs } from '$lib/export/ics';
import { runQuery } from '$lib/queries/query';
import { stateList } from '$lib/queries/universalization';
import { db, readManifest } from '$lib/server/data';

export const prerender = true;

export const entries = async () =>
	(await runQuery(await db(), stateList, undefined)).map((s) => ({ iso3: s.iso3.toLowerCase() }));

let calendar: Promise<CalendarData> | null = null;

export const GET = async ({ params }) => {
	const conn = await db();
	const state = (await runQuery(conn, stateList, undefined)).find((s) => s.iso3.toLowerCase() === params.iso3);
	if (!state) error(404, `No State ${params.iso3}`);
	const dataAsOf = readManifest().data_as_of;
	const to = addDays(addMonthsSameDay(dataAsOf, 24), -1);
	const events = calendarOf(await (calendar ??= loadCalendar(conn)), state.iso3, dataAsOf, to);
	return new Response(calendarIcs({ iso3: state.iso3, name: state.name, events, dataAsOf }), {
		headers: { 'content-type': 'text/calendar; charset=utf-8' }
	});
};
