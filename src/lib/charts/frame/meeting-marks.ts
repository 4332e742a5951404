/**
 * Meetings of States Parties and Review Conferences as marks on a time axis: which meetings fall on
 * the axis, where inside a year's band a meeting sits, and how their labels share the lanes below
 * (or above) the axis without overlapping. Pure functions, so the layout is tested without a DOM.
 */

/** A meeting as the charts mark it; the table view lists the same fields. */
export interface MeetingMark {
	/** "11MSP", "2RC (part 1)". */
	meeting: string;
	start_date: string | null;
	end_date: string | null;
	city: string | null;
}

/** A meeting with a known opening day: only those can be placed on an axis. */
export type DatedMeeting = MeetingMark & { start_date: string };

/** The meetings whose opening day lies in [from, to] (ISO days), in date order. */
export function meetingsBetween(meetings: readonly MeetingMark[], from: string, to: string): DatedMeeting[] {
	return meetings
		.filter((m): m is DatedMeeting => m.start_date !== null && m.start_date >= from && m.start_date <= to)
		.sort((a, b) => a.start_date.localeCompare(b.start_date));
}

/**
 * The label drawn on the axis: the meeting's code, a conference held in parts numbered after it
 * ("2RC (part 1)" -> "2RC·1"); the full name is in the mark's tooltip and the table view.
 */
export function shortMeetingLabel(meeting: string): string {
	return meeting.replace(/\s*\(part (\d+)\)$/, '·$1');
}

/** How far through its calendar year a day is, from 0 (1 January) to just under 1. */
export function yearFraction(day: string): number {
	const d = Date.parse(`${day}T00:00:00Z`);
	const year = Number(day.slice(0, 4));
	const start = Date.UTC(year, 0, 1);
	return (d - start) / (Date.UTC(year + 1, 0, 1) - start);
}

/** A label's width in SVG units, estimated (no DOM to measure in a prerender): Latin codes, so 0.62 em a character. */
export const labelWidth = (text: string, fontSize: number) => text.length * fontSize * 0.62;

/**
 * Puts each label (centred on x) in the first lane where it clears the previous label by `gap`.
 * When no lane is free (a chart laid out for a phone), the label is left out (null): the mark stays
 * on the axis with its tooltip, and the table view lists the meeting.
 */
export function labelLanes(items: readonly { x: number; width: number }[], lanes: number, gap = 3): (number | null)[] {
	const ends = Array.from({ length: lanes }, () => -Infinity);
	return items.map(({ x, width }) => {
		const lane = ends.findIndex((end) => end + gap <= x - width / 2);
		if (lane < 0) return null;
		ends[lane] = x + width / 2;
		return lane;
	});
}

/** The meetings held in the given years (an axis of year bands) up to a day: those a per-year chart marks. */
export function meetingsInYears(
	meetings: readonly MeetingMark[],
	years: readonly number[],
	upTo: string
): DatedMeeting[] {
	if (!years.length) return [];
	const last = `${Math.max(...years)}-12-31`;
	return meetingsBetween(meetings, `${Math.min(...years)}-01-01`, upTo < last ? upTo : last).filter((m) =>
		years.includes(Number(m.start_date.slice(0, 4)))
	);
}
