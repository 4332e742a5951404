// The overview (/) is the Coordination Committee's brief (issue 25): every figure on it equals the
// one its own page and `npm run metric` give on the same day, and its list of what changed since
// the reference accounts for the change in the counts. Checked on several days across the record.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runMetric, type Metric } from '../../scripts/lib/metrics/context';
import { initialReportsMetric } from '../../scripts/lib/metrics/article7';
import { deadlines } from '../../scripts/lib/metrics/implementation';
import { overview } from '../../scripts/lib/metrics/overview';
import { ungaTally } from '../../scripts/lib/metrics/unga';
import { statesParties } from '../../scripts/lib/metrics/universalization';
import { lastMeetingBefore } from '../../src/lib/controllers/overview';
import { addDays } from '../../src/lib/domain/dates';
import type { Manifest } from '../../src/lib/schema/manifest';
import { bundledData } from './support/bundled-data';

type Brief = {
	as_of: string;
	since: string;
	reference_meeting: string | null;
	universalization: Record<string, number> & { change: Record<string, number> };
	unga: {
		plenary: { year: number; yes: number; no: number; abstain: number } | null;
		first_committee: { year: number; yes: number } | null;
	};
	transparency: { initial_overdue: { iso3: string }[] };
	implementation: { deadlines_next_12_months: { iso3: string; article: number }[] };
	changes: { day: string; kind: string; iso3: string | null }[];
};

const DAYS = ['2011-06-30', '2015-09-07', '2019-12-31', '2022-08-15', '2024-06-30', '2026-02-03'];

describe('the overview agrees with each page and metric', async () => {
	const { db, dataAsOf } = await bundledData();
	const manifest = { data_as_of: dataAsOf } as Manifest;
	const answer = (metric: Metric, flags: Record<string, string | boolean>) =>
		runMetric(metric, { flags, manifest, db });
	const brief = async (flags: Record<string, string>) => (await answer(overview, flags)) as Brief;

	it.each(DAYS)('on %s', async (day) => {
		const b = await brief({ 'as-of': day });
		const sp = (await answer(statesParties, { 'as-of': day })) as Record<string, number>;
		for (const k of ['states_parties', 'in_force', 'signatories_not_party']) expect(b.universalization[k]).toBe(sp[k]);
		const then = (await answer(statesParties, { 'as-of': b.since })) as Record<string, number>;
		expect(b.universalization.change.states_parties).toBe(sp.states_parties! - then.states_parties!);

		if (b.unga.plenary) {
			const t = (await answer(ungaTally, { year: String(b.unga.plenary.year), body: 'plenary' })) as Record<
				string,
				unknown
			>;
			expect(b.unga.plenary).toMatchObject({ yes: t.yes, no: t.no, abstain: t.abstain });
			expect((t.date as string) <= day).toBe(true);
		}
		const initial = (await answer(initialReportsMetric, { 'as-of': day })) as { iso3: string; group: string }[];
		expect(b.transparency.initial_overdue.map((r) => r.iso3)).toEqual(
			initial.filter((r) => r.group === 'overdue').map((r) => r.iso3)
		);
		const open = (await answer(deadlines, { 'as-of': day, 'within-days': '365' })) as {
			iso3: string;
			article: number;
			deadline: string | null;
		}[];
		const ahead = open.filter((d) => d.deadline !== null && d.deadline.slice(0, 10) > day);
		expect(b.implementation.deadlines_next_12_months.map((d) => `${d.iso3}/${d.article}`)).toEqual(
			ahead.map((d) => `${d.iso3}/${d.article}`)
		);
		// Only what was true on the day: nothing in the list after it, nothing before the reference.
		for (const c of b.changes) {
			expect(c.day > b.since && c.day <= day).toBe(true);
		}
	});

	it('shows only the votes held by the day, a vote without its date after the end of its year', async () => {
		const b = await brief({ 'as-of': '2021-06-30' });
		expect(b.unga.plenary?.year).toBe(2020);
		expect(b.unga.first_committee?.year).toBeLessThanOrEqual(2020);
	});

	it('takes the last meeting that opened before the day as the reference, and --since over it', async () => {
		const b = await brief({ 'as-of': '2026-02-03' });
		expect(b.reference_meeting).toBe('13MSP');
		expect(b.since).toBe('2025-09-16');
		const c = await brief({ 'as-of': '2026-02-03', since: '2020-01-01' });
		expect(c.since).toBe('2020-01-01');
		expect(c.reference_meeting).toBeNull();
		expect(lastMeetingBefore([{ meeting: '1MSP', start_date: '2010-11-09' }], '2010-11-09')).toBeNull();
	});

	it('lists the deposits and withdrawals that make the change in States Parties, over many periods', async () => {
		await fc.assert(
			fc.asyncProperty(fc.integer({ min: 0, max: 6200 }), fc.integer({ min: 1, max: 2000 }), async (start, length) => {
				const since = addDays('2008-12-03', start);
				const asOf = addDays(since, length);
				if (asOf > dataAsOf) return;
				const b = await brief({ 'as-of': asOf, since });
				const n = (kind: string) => b.changes.filter((c) => c.kind === kind).length;
				expect(b.universalization.change.states_parties).toBe(n('deposit') - n('withdrawal'));
				expect(b.universalization.change.in_force).toBe(n('entry_into_force') - n('withdrawal'));
			}),
			{ numRuns: 40 }
		);
	});

	it('refuses a reference after the day, with exit code 2', async () => {
		await expect(brief({ 'as-of': '2020-01-01', since: '2021-01-01' })).rejects.toThrow(/after the as-of day/);
	});
});
