/**
 * The as-of answer of /universalization without DuckDB: a compact form of the status periods
 * (a few kB, prerendered at /status-periods.json by the same SQL the engine runs) and a pure
 * function that gives, for one day, the view `loadAsOf` gives. It answers the as-of control while
 * the 33 MiB engine compiles (seconds on a busy machine); once the engine is ready, DuckDB answers
 * as before.
 *
 * Equal to the engine by test, not by argument: tests/integration/status-answer-every-day.test.ts
 * compares both on every day from the Convention's opening to the last day the control allows.
 * The rule is the one the SQL applies (queries/universalization.ts, ON_DAY): a State has the
 * status of the period containing the day, start inclusive, end exclusive, and is not party
 * outside every period. No DuckDB or zod here: this ships with the page's first script.
 */
import type { IsoDate } from '../domain/dates';
import type { RegionalGroup } from '../domain/regions';
import type { AsOfView } from './universalization';

/** A period's status: signatory, party not yet in force, party in force, withdrawn. */
export type PeriodCode = 's' | 'p' | 'f' | 'w';
/** [start (inclusive), end (exclusive, null: still so), status]. */
export type CompactPeriod = [IsoDate, IsoDate | null, PeriodCode];
/** [iso3, m49, name, regional group, periods in start order]. */
export type CompactState = [string, string, string, RegionalGroup | null, CompactPeriod[]];

export interface CompactStatuses {
	treaty: string;
	data_as_of: IsoDate;
	/** The first and last day this form is proven to answer (the as-of control's range). */
	from: IsoDate;
	to: IsoDate;
	/** Every State of the reference, in the order of the State list (by name, as statusByState). */
	states: CompactState[];
}

export interface PeriodRow {
	iso3: string;
	m49: string;
	name: string;
	region: RegionalGroup | null;
	status: 'party' | 'signatory' | 'withdrawn' | null;
	in_force: boolean | null;
	start_date: IsoDate | null;
	end_date: IsoDate | null;
}

const CODE_OF = { signatory: 's', withdrawn: 'w' } as const;

/** The compact form of the rows of `statusPeriodList` (State order kept, one entry per State). */
export function compactStatuses(
	rows: readonly PeriodRow[],
	range: { treaty: string; data_as_of: IsoDate; from: IsoDate; to: IsoDate }
): CompactStatuses {
	const states: CompactState[] = [];
	let last: CompactState | undefined;
	for (const r of rows) {
		if (last?.[0] !== r.iso3) states.push((last = [r.iso3, r.m49, r.name, r.region, []]));
		if (r.status === null || r.start_date === null) continue;
		const code: PeriodCode = r.status === 'party' ? (r.in_force ? 'f' : 'p') : CODE_OF[r.status];
		last[4].push([r.start_date, r.end_date, code]);
	}
	return { ...range, states };
}

const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * Whole years from one day to the same or a later one, as DuckDB's `date_sub('year', a, b)` counts them: whole
 * months first, where a month ending on the last day of a shorter month is whole (29 Feb 2012 to
 * 28 Feb 2013 is one year), then twelve months a year.
 */
export function wholeYears(from: IsoDate, to: IsoDate): number {
	const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
	const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
	let months = (y2 - y1) * 12 + (m2 - m1);
	if (months > 0 && d2 < d1 && d2 !== daysInMonth(y2, m2)) months--;
	return Math.trunc(months / 12);
}

type Region = AsOfView['regions'][number];

/** The view `loadAsOf` gives for `day`, or null for a day outside the range this form answers. */
export function answerFromPeriods(c: CompactStatuses, day: IsoDate): AsOfView | null {
	if (day < c.from || day > c.to) return null;
	const headline = { states_parties: 0, in_force: 0, signatories_not_party: 0, withdrawn: 0 };
	const statuses: AsOfView['statuses'] = [];
	const signatories: AsOfView['signatories'] = [];
	const regions = new Map<RegionalGroup | null, Region>();
	for (const [iso3, m49, name, region, periods] of c.states) {
		const p = periods.find(([start, end]) => start <= day && (end === null || day < end));
		const code = p?.[2];
		const status = code === undefined ? 'not_party' : code === 's' ? 'signatory' : code === 'w' ? 'withdrawn' : 'party';
		statuses.push({ iso3, m49, name, region, status, in_force: code === 'f' });
		let r = regions.get(region);
		if (!r) {
			r = { region, states_parties: 0, signatories: 0, withdrawn: 0, not_party: 0, states: 0 };
			regions.set(region, r);
		}
		r.states++;
		if (status === 'party') {
			headline.states_parties++;
			r.states_parties++;
			if (code === 'f') headline.in_force++;
		} else if (status === 'signatory') {
			headline.signatories_not_party++;
			r.signatories++;
			// The signatory period starts on the day of signature (domain/accession.ts, statusPeriods).
			signatories.push({ iso3, name, region, signature_date: p![0], years_waiting: wholeYears(p![0], day) });
		} else if (status === 'withdrawn') {
			headline.withdrawn++;
			r.withdrawn++;
		} else r.not_party++;
	}
	// By signature day, then name: the States are in name order already and the sort is stable.
	signatories.sort((a, b) => (a.signature_date < b.signature_date ? -1 : a.signature_date > b.signature_date ? 1 : 0));
	const byRegion = [...regions.values()].sort((a, b) =>
		a.region === b.region ? 0 : a.region === null ? 1 : b.region === null ? -1 : a.region < b.region ? -1 : 1
	);
	return { asOf: day, headline, statuses, signatories, regions: byRegion };
}
