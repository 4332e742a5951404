// "Czechia" everywhere English names the State (issue 24): the UN short name since 2016, while the
// depositary's pages, and so data/reference/states.csv, still say "Czech Republic". The commands
// answer in English, so `npm run metric` and each State's iCalendar file say "Czechia" too; the
// reference keeps the UNTC spelling (search and the resolver still find it) and no JSON key changes.
import { describe, expect, it } from 'vitest';
import { calendarIcs } from '../../src/lib/export/ics';
import { RawText, runMetric, type Metric } from '../../scripts/lib/metrics/context';
import { calendar } from '../../scripts/lib/metrics/calendar';
import { initialReportsMetric } from '../../scripts/lib/metrics/article7';
import { obligations } from '../../scripts/lib/metrics/implementation';
import { state } from '../../scripts/lib/metrics/universalization';
import type { Manifest } from '../../src/lib/schema/manifest';
import { bundledData } from './support/bundled-data';

describe('Czechia, not "Czech Republic", in what the commands print', async () => {
	const { db, dataAsOf } = await bundledData();
	const manifest = { data_as_of: dataAsOf } as Manifest;
	const answer = (metric: Metric, flags: Record<string, string | boolean>) =>
		runMetric(metric, { flags, manifest, db });

	it('metric state and obligations --state CZE (or the old name) name it Czechia, with the same keys', async () => {
		for (const given of ['CZE', 'Czech Republic', 'Czechia']) {
			const s = (await answer(state, { state: given })) as Record<string, unknown>;
			expect(s).toMatchObject({ iso3: 'CZE', name: 'Czechia', deposit_date: '2011-09-22' });
			expect(Object.keys(s)).toEqual([
				'iso3',
				'name',
				'signature_date',
				'deposit_date',
				'action',
				'entry_into_force',
				'withdrawal_effective',
				'initial_report_due'
			]);
		}
		expect(await answer(obligations, { state: 'CZE' })).toMatchObject({ iso3: 'CZE', name: 'Czechia' });
	});

	it('metric initial-reports lists Czechia, and no State as "Czech Republic"', async () => {
		const rows = (await answer(initialReportsMetric, { 'as-of': dataAsOf })) as { iso3: string; name: string }[];
		expect(rows.find((r) => r.iso3 === 'CZE')?.name).toBe('Czechia');
		expect(JSON.stringify(rows)).not.toContain('Czech Republic');
	});

	it('the iCalendar file (metric calendar --ics and /calendar/cze.ics) is named for Czechia', async () => {
		const ics = ((await answer(calendar, { state: 'CZE', ics: true })) as RawText).text;
		expect(ics).toContain('X-WR-CALNAME:Czechia: reports due under disarmament conventions');
		expect(ics).not.toContain('Czech Republic');
		const site = calendarIcs({ iso3: 'CZE', name: 'Czech Republic', events: [], dataAsOf });
		expect(site).toContain('X-WR-CALNAME:Czechia: ');
		expect(site).not.toContain('Czech Republic');
	});
});
