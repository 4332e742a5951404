/** reporting and initial-reports: Article 7 transparency reports, with what the record does not know. */
import { initialReports, loadTransparency, statusesOn, summarise } from '../../../src/lib/controllers/transparency';
import { asOfFlag, yearFlag, type Metric } from './context';

export const reporting: Metric = {
	name: 'reporting',
	usage:
		'reporting --year Y [--as-of D]        annual reports covering Y: due, on time, late, ... and coverage with and without derived records',
	async run(ctx) {
		const year = yearFlag(ctx.flags.year);
		const { asOf } = asOfFlag(ctx, { optional: true });
		const data = await loadTransparency(ctx.db);
		const day = (derived: boolean) => statusesOn(data, asOf, ctx.manifest.data_as_of, { derived });
		const s = summarise(day(true), 'annual', year, day(false));
		const share = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);
		return {
			year,
			due: s.due,
			on_time: s.counts.on_time,
			late: s.counts.late,
			submitted_date_unknown: s.counts.submitted_date_unknown,
			not_submitted: s.counts.not_submitted,
			unknown: s.counts.unknown,
			coverage: share(s.coverage),
			as_of: asOf,
			// Added with the derived records: `coverage` counts them, as the page's first figure does.
			derived: s.derived,
			coverage_with_derived: share(s.coverage),
			coverage_stated_only: share(s.coverageStated)
		};
	}
};

export const initialReportsMetric: Metric = {
	name: 'initial-reports',
	usage:
		'initial-reports --as-of D            States that had deposited by D: initial report due, status, group, submitted, days late',
	async run(ctx) {
		const { asOf } = asOfFlag(ctx);
		return initialReports(statusesOn(await loadTransparency(ctx.db), asOf, ctx.manifest.data_as_of)).map((r) => ({
			iso3: r.iso3,
			name: r.name,
			due: r.due,
			status: r.status,
			group: r.group,
			submitted: r.submitted,
			days_late: r.daysLate
		}));
	}
};
