// Implementation deadlines at their edges (Articles 3(2), 3(5), 4(1)(a), 4(5)-(6)): original
// deadlines from entry into force, extensions from the day granted, statuses on a day, and the
// rows the rules refuse. Event rows here are fixture-* records, not the shipped data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/lib/domain/dates';
import {
	addYearsSameDay,
	eventFaults,
	eventKnownFrom,
	findMeeting,
	latestDay,
	obligationOn,
	originalDeadline,
	type EventFacts,
	type MeetingDays,
	type ObligationEvent
} from '../../src/lib/domain/implementation';
import { eventRowSchema } from '../../src/lib/schema/implementation';

const MEETINGS: MeetingDays[] = [
	{ meeting: '9MSP', start_date: '2019-09-02', end_date: '2019-09-04' },
	{ meeting: '2RC (part 1)', start_date: '2020-11-25', end_date: '2020-11-27' },
	{ meeting: '2RC (part 2)', start_date: '2021-09-20', end_date: '2021-09-21' },
	{ meeting: '12MSP', start_date: '2024-09-10', end_date: '2024-09-13' },
	{ meeting: '3RC', start_date: null, end_date: null }
];

/** A fixture event, its known-from day computed as ingest computes it. */
function ev(e: Partial<EventFacts> & Pick<EventFacts, 'event'>, extra: Partial<ObligationEvent> = {}): ObligationEvent {
	const facts: EventFacts = { deadline: null, meeting: null, completed: null, known_by: null, ...e };
	return {
		...facts,
		known_from: eventKnownFrom(facts, MEETINGS, '2026-02-03'),
		meeting_inferred: false,
		applies: null,
		source: 'fixture-source',
		...extra
	};
}

describe('original deadlines (Articles 3(2) and 4(1)(a))', () => {
	it('adds eight years for stockpiles and ten for clearance, same day and month', () => {
		expect(originalDeadline(3, '2013-03-01')).toBe('2021-03-01');
		expect(originalDeadline(4, '2011-05-01')).toBe('2021-05-01');
		expect(originalDeadline(4, '2013-09-01')).toBe('2023-09-01');
		expect(originalDeadline(3, null)).toBeNull();
	});
	it('keeps 29 February only where the later year has one', () => {
		expect(addYearsSameDay('2012-02-29', 8)).toBe('2020-02-29');
		expect(addYearsSameDay('2012-02-29', 10)).toBe('2022-02-28');
	});
});

describe('meetings named by the record', () => {
	it('reads a conference held in parts, named without its part, as its first part', () => {
		expect(findMeeting('2RC', MEETINGS)?.end_date).toBe('2020-11-27');
		expect(findMeeting('2RC (part 2)', MEETINGS)?.end_date).toBe('2021-09-21');
		expect(findMeeting('99MSP', MEETINGS)).toBeNull();
	});
	it('knows a grant from the last day of its meeting and a request from the first', () => {
		expect(
			eventKnownFrom(
				{ event: 'extension_granted', deadline: '2025-08-01', meeting: '9MSP', completed: null, known_by: null },
				MEETINGS,
				'2026-02-03'
			)
		).toBe('2019-09-04');
		expect(
			eventKnownFrom(
				{ event: 'extension_requested', deadline: null, meeting: '12MSP', completed: null, known_by: null },
				MEETINGS,
				'2026-02-03'
			)
		).toBe('2024-09-10');
		// A meeting without days, or none: the grant has no day of its own.
		expect(
			eventKnownFrom(
				{ event: 'extension_granted', deadline: '2030-01-01', meeting: '3RC', completed: null, known_by: null },
				MEETINGS,
				'2026-02-03'
			)
		).toBeNull();
	});
	it('counts a completion of a month or a year once that period has ended; undated, after its source', () => {
		const k = (completed: string | null, known_by: string | null = null) =>
			eventKnownFrom(
				{ event: 'completion', deadline: null, meeting: null, completed, known_by },
				MEETINGS,
				'2026-02-03'
			);
		expect(k('2023-12-15')).toBe('2023-12-15');
		expect(k('2023-06')).toBe('2023-07-01');
		expect(k('2012')).toBe('2013-01-01');
		expect(k(null, '2019')).toBe('2020-01-01');
		expect(k(null)).toBe('2026-02-03');
	});
});

describe('status of an obligation on a day', () => {
	const eif = '2013-03-01';
	const peru = [
		ev({ event: 'obligation', deadline: '2021-03-01' }),
		ev({ event: 'extension_granted', deadline: '2024-04-01', meeting: '2RC' }),
		ev({ event: 'completion', completed: '2023-12-15' })
	];
	it('follows the deadline to its day, then the extension, then the completion (Peru, Article 3)', () => {
		expect(obligationOn(3, peru, eif, '2020-11-26')).toMatchObject({ status: 'in_progress', deadline: '2021-03-01' });
		expect(obligationOn(3, peru, eif, '2020-11-27')).toMatchObject({ status: 'in_progress', deadline: '2024-04-01' });
		expect(obligationOn(3, peru, eif, '2023-12-14').status).toBe('in_progress');
		const done = obligationOn(3, peru, eif, '2023-12-15');
		expect(done.status).toBe('completed');
		expect(done.completed?.completed).toBe('2023-12-15');
		expect(done.original_deadline).toBe('2021-03-01');
	});
	it('is in progress on the deadline day and past it the day after', () => {
		const e = [ev({ event: 'obligation', deadline: '2021-03-01' })];
		expect(obligationOn(3, e, eif, '2021-03-01').status).toBe('in_progress');
		expect(obligationOn(3, e, eif, '2021-03-02').status).toBe('past_deadline');
	});
	it('replaces the deadline only from the day the extension is granted', () => {
		// Germany, Article 4: deadline 1 August 2020, extension granted at the 9MSP (ended 4 September 2019).
		const late = [ev({ event: 'extension_granted', deadline: '2030-08-01', meeting: '12MSP' })];
		expect(obligationOn(4, late, '2010-08-01', '2024-09-12').status).toBe('past_deadline');
		expect(obligationOn(4, late, '2010-08-01', '2024-09-13')).toMatchObject({
			status: 'in_progress',
			deadline: '2030-08-01'
		});
	});
	it('shows a request whose outcome is not in the record as extension_requested, never past_deadline', () => {
		const germany = [
			ev({ event: 'obligation', deadline: '2020-08-01' }),
			ev({ event: 'extension_granted', deadline: '2025-08-01', meeting: '9MSP' }),
			ev({ event: 'extension_requested', deadline: '2030-08-01', meeting: '12MSP' })
		];
		expect(obligationOn(4, germany, '2010-08-01', '2025-08-01').status).toBe('in_progress');
		const after = obligationOn(4, germany, '2010-08-01', '2025-08-02');
		expect(after.status).toBe('extension_requested');
		expect(after.pending_request?.deadline).toBe('2030-08-01');
		expect(after.deadline).toBe('2025-08-01');
	});
	it('closes a request once an extension is granted after it', () => {
		const e = [
			ev({ event: 'extension_requested', deadline: '2030-08-01', meeting: '12MSP' }),
			ev({ event: 'extension_granted', deadline: '2030-08-01', meeting: '12MSP' })
		];
		const o = obligationOn(4, e, '2010-08-01', '2024-09-13');
		expect(o.pending_request).toBeNull();
		expect(o.status).toBe('in_progress');
	});
	it('counts an extension whose granting meeting is not in the record from the deadline it replaces', () => {
		const e = [ev({ event: 'extension_granted', deadline: '2023-09-01', meeting: null })];
		expect(obligationOn(4, e, '2011-03-01', '2021-02-28').deadline).toBe('2021-03-01');
		expect(obligationOn(4, e, '2011-03-01', '2021-03-01')).toMatchObject({
			status: 'in_progress',
			deadline: '2023-09-01'
		});
		expect(obligationOn(4, e, '2011-03-01', '2021-03-02')).toMatchObject({
			status: 'in_progress',
			deadline: '2023-09-01'
		});
	});
	it('runs a month deadline to the last day of its month', () => {
		const e = [ev({ event: 'extension_granted', deadline: '2022-10', meeting: '2RC' })];
		expect(obligationOn(3, e, '2011-10-01', '2022-10-31').status).toBe('in_progress');
		expect(obligationOn(3, e, '2011-10-01', '2022-11-01').status).toBe('past_deadline');
	});
	it('counts a month or year completion once the period has ended', () => {
		const month = [ev({ event: 'completion', completed: '2023-06' })];
		expect(obligationOn(3, month, '2016-01-01', '2023-06-30').status).toBe('in_progress');
		expect(obligationOn(3, month, '2016-01-01', '2023-07-01').status).toBe('completed');
		const year = [ev({ event: 'completion', completed: '2012' })];
		expect(obligationOn(3, year, '2011-03-01', '2012-12-31').status).toBe('in_progress');
		expect(obligationOn(3, year, '2011-03-01', '2013-01-01').status).toBe('completed');
	});
	it('re-opens an obligation: no longer completed, and with a request pending, extension_requested', () => {
		const mauritania = [
			ev({ event: 'completion', completed: '2015' }),
			ev({ event: 'obligation_reopened', known_by: '2022' }),
			ev({ event: 'extension_requested', meeting: '12MSP' })
		];
		expect(obligationOn(4, mauritania, '2012-08-01', '2022-12-31').status).toBe('completed');
		expect(obligationOn(4, mauritania, '2012-08-01', '2023-01-01')).toMatchObject({
			status: 'in_progress',
			deadline: null,
			reopened: true
		});
		expect(obligationOn(4, mauritania, '2012-08-01', '2024-09-10').status).toBe('extension_requested');
	});
	it('has no status where the record does not say the obligation applies', () => {
		const silent = [ev({ event: 'status', known_by: '2018' })];
		expect(obligationOn(3, silent, '2011-01-01', '2026-02-03')).toMatchObject({ applies: null, status: null });
		const none = [
			ev({ event: 'obligation', deadline: '2019-05-01' }),
			ev({ event: 'status', known_by: '2022-05' }, { applies: false })
		];
		expect(obligationOn(3, none, '2011-05-01', '2022-05-31')).toMatchObject({ applies: true, status: 'past_deadline' });
		expect(obligationOn(3, none, '2011-05-01', '2022-06-01')).toMatchObject({ applies: false, status: null });
	});
});

describe('rows the rules refuse', () => {
	const f = (events: EventFacts[], article: 3 | 4 = 4, eif = '2013-09-01') =>
		eventFaults(article, events, eif).map((x) => [x.index, x.fault.fault]);
	const row = (e: Partial<EventFacts> & Pick<EventFacts, 'event'>): EventFacts => ({
		deadline: null,
		meeting: null,
		completed: null,
		known_by: null,
		...e
	});
	it('a deadline before entry into force', () => {
		expect(f([row({ event: 'obligation', deadline: '2013-08-31' })])).toEqual([[0, 'beforeEntryIntoForce']]);
		expect(f([row({ event: 'obligation', deadline: '2013-09-01' })])).toEqual([]);
	});
	it('an extension that shortens the deadline it replaces', () => {
		const ok = row({ event: 'extension_granted', deadline: '2024-10-01' });
		expect(f([ok, row({ event: 'extension_granted', deadline: '2024-09-30' })])).toEqual([[1, 'shortens']]);
		expect(f([ok, row({ event: 'extension_granted', deadline: '2024-10-01' })])).toEqual([]);
		expect(f([row({ event: 'extension_granted', deadline: '2023-08-31' })])).toEqual([[0, 'shortens']]);
	});
	it('a completion before the Convention was adopted (30 May 2008)', () => {
		expect(f([row({ event: 'completion', completed: '2008-05-29' })], 3, '2010-08-01')).toEqual([
			[0, 'beforeAdoption']
		]);
		expect(f([row({ event: 'completion', completed: '2008-05-30' })], 3, '2010-08-01')).toEqual([]);
		// A year that ends after adoption may hold a day after it.
		expect(f([row({ event: 'completion', completed: '2008' })], 3, '2010-08-01')).toEqual([]);
	});
	it('an event the enum does not know, in the canonical schema', () => {
		const r = eventRowSchema.safeParse({ state: 'Peru', iso3: 'PER', event: 'extension 1', source: 's' });
		expect(r.success).toBe(false);
		expect(r.error?.issues.map((i) => [i.path[0], i.message])).toContainEqual(['event', 'problem.choice']);
	});
});

describe('statuses never contradict the rules, on any day', () => {
	const days = fc.integer({ min: 0, max: 365 * 25 }).map((n) => addDays('2010-08-01', n));
	const chad = [
		ev({ event: 'obligation', deadline: '2023-09-01' }),
		ev({ event: 'extension_granted', deadline: '2024-10-01', meeting: '9MSP' }),
		ev({ event: 'extension_granted', deadline: '2026-10-01', meeting: '12MSP' })
	];
	const germany = [
		ev({ event: 'obligation', deadline: '2020-08-01' }),
		ev({ event: 'extension_granted', deadline: '2025-08-01', meeting: '9MSP' }),
		ev({ event: 'extension_requested', deadline: '2030-08-01', meeting: '12MSP' })
	];
	const bulgaria = [
		ev({ event: 'extension_granted', deadline: '2021-04-01', meeting: '9MSP' }),
		ev({ event: 'extension_granted', deadline: '2022-10', meeting: '2RC' }),
		ev({ event: 'completion', completed: '2023-06' })
	];
	const records: [string, ObligationEvent[], string][] = [
		['fixture-chad', chad, '2013-09-01'],
		['fixture-germany', germany, '2010-08-01'],
		['fixture-bulgaria', bulgaria, '2011-10-01']
	];
	it('past_deadline only after the deadline in force, and never while a request is pending', () => {
		fc.assert(
			fc.property(fc.constantFrom(...records), days, ([, events, eif], day) => {
				const o = obligationOn(4, events, eif, day);
				if (o.status === 'past_deadline') {
					expect(o.pending_request).toBeNull();
					expect(day > (latestDay(o.deadline) ?? '9999')).toBe(true);
				}
				if (o.status === 'extension_requested') expect(o.pending_request).not.toBeNull();
				if (o.status === 'in_progress' && o.deadline) expect(day <= latestDay(o.deadline)!).toBe(true);
			}),
			{ numRuns: 500 }
		);
	});
	it('once completed, completed on every later day; the deadline never moves earlier', () => {
		fc.assert(
			fc.property(fc.constantFrom(...records), days, days, ([, events, eif], a, b) => {
				const [d1, d2] = a <= b ? [a, b] : [b, a];
				const o1 = obligationOn(3, events, eif, d1);
				const o2 = obligationOn(3, events, eif, d2);
				if (o1.status === 'completed') expect(o2.status).toBe('completed');
				if (o1.deadline && o2.deadline) expect(o2.deadline >= o1.deadline.slice(0, 7)).toBe(true);
			}),
			{ numRuns: 500 }
		);
	});
});
