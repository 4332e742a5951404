import type { MeetingMark } from './frame';
import { formatDate, t } from '../i18n/current';

/** A meeting's tooltip: its full name, dates and city ("11MSP: 11 Sept 2023 to 14 Sept 2023 (Geneva)"). */
export function meetingTitle(m: MeetingMark): string {
	const when =
		m.end_date && m.end_date !== m.start_date
			? t('meetings.dates', { from: formatDate(m.start_date ?? ''), to: formatDate(m.end_date) })
			: formatDate(m.start_date ?? '');
	return `${m.meeting}: ${when}${m.city ? ` (${m.city})` : ''}`;
}
