/**
 * A State's reporting calendar as an iCalendar file (RFC 5545): one all-day event per report due,
 * with the rule, legal basis and source in its description. UIDs are made of the State, treaty,
 * report and covering year (or due day), so a calendar that re-imports the file updates its events
 * instead of adding them twice. DTSTAMP is the data's date, never the machine's clock: the same
 * data gives the same file.
 */
import type { DueReport } from '../domain/reporting-calendar';
import { englishStateName } from '../i18n/english-names';

type CalendarRow = DueReport;

export interface IcsInput {
	iso3: string;
	/** The State's name in the data, for the calendar's name (shown in English, as english-names.ts says). */
	name: string;
	events: readonly CalendarRow[];
	/** The data's date (ISO), written as every event's DTSTAMP. */
	dataAsOf: string;
	/** The address the file is published at, named in the calendar's description. */
	url?: string;
}

/** TEXT values escape backslash, semicolon, comma and line ends (RFC 5545, 3.3.11). */
export function icsText(v: string): string {
	return v.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded: CRLF and one space, never inside a UTF-8 character (3.1). */
export function foldLine(line: string): string {
	const out: string[] = [];
	let current = '';
	let octets = 0;
	for (const ch of line) {
		const size = new TextEncoder().encode(ch).length;
		// The first line holds 75 octets; the continuation lines 74 after their leading space.
		if (octets + size > (out.length ? 74 : 75)) {
			out.push(current);
			current = '';
			octets = 0;
		}
		current += ch;
		octets += size;
	}
	out.push(current);
	return out.join('\r\n ');
}

const compact = (day: string) => day.replaceAll('-', '');
const nextDay = (day: string) => {
	const d = new Date(`${day}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + 1);
	return d.toISOString().slice(0, 10);
};

const TREATY_NAMES: Record<CalendarRow['treaty'], string> = {
	ccm: 'Convention on Cluster Munitions',
	ottawa: 'Mine Ban Convention',
	att: 'Arms Trade Treaty',
	ccw: 'Convention on Certain Conventional Weapons',
	ccw_p5: 'CCW Protocol V',
	cwc: 'Chemical Weapons Convention',
	tpnw: 'Treaty on the Prohibition of Nuclear Weapons'
};

export function calendarIcs({ iso3, name: given, events, dataAsOf, url }: IcsInput): string {
	const name = englishStateName(iso3, given);
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//CCM analytics dashboard//Reporting calendar//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${icsText(`${name}: reports due under disarmament conventions`)}`,
		`X-WR-CALDESC:${icsText(
			`Reports ${name} owes under the conventions it is party to, computed from each convention's reporting rule and the depositary's record as of ${dataAsOf}.${url ? ` Published at ${url}.` : ''}`
		)}`
	];
	for (const e of events) {
		const what = `${TREATY_NAMES[e.treaty]}: ${e.report_as_written}`;
		const description = [
			e.covering ? `Covering: ${e.covering}` : null,
			`Legal basis: ${e.basis}`,
			`Binding: ${e.binding.replace('_', ' ')}`,
			e.conditional ? 'Conditional: owed only by the States the obligation applies to' : null,
			`Source: ${e.source}`
		]
			.filter((l): l is string => l !== null)
			.join('\n');
		lines.push(
			'BEGIN:VEVENT',
			`UID:${[iso3, e.treaty, e.report, e.covering ?? e.due].join('-').toLowerCase()}@ccm-dashboard`,
			`DTSTAMP:${compact(dataAsOf)}T000000Z`,
			`DTSTART;VALUE=DATE:${compact(e.due)}`,
			`DTEND;VALUE=DATE:${compact(nextDay(e.due))}`,
			`SUMMARY:${icsText(`${what}${e.conditional ? ' (conditional)' : ''}`)}`,
			`DESCRIPTION:${icsText(description)}`,
			'TRANSP:TRANSPARENT',
			'END:VEVENT'
		);
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
