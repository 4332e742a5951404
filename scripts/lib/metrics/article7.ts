/** reporting and initial-reports: Article 7 transparency reports, with what the record does not know. */
import { initialReports, loadTransparency, statusesOn, summarise } from '../../../src/lib/controllers/transparency';
import { asOfFlag, yearFlag, type Metric } from './context';

export const reporting: Metric = {
	name: 'reporting',
	usage: 'reporting --year Y [--as-of D]        annual reports covering Y: due, on time, late, ... and coverage',
	async run(ctx) {
		const year = yearFlag(ctx.flags.year);
		const { asOf } = asOfFlag(ctx, { optional: true });
		const s = summarise(statusesOn(await loadTransparency(ctx.db), asOf, ctx.manifest.data_as_of), 'annual', year);
		return {
			year,
			due: s.due,
			on_time: s.counts.on_time,
			late: s.counts.late,
			submitted_date_unknown: s.counts.submitted_date_unknown,
			not_submitted: s.counts.not_submitted,
			unknown: s.counts.unknown,
			coverage: s.coverage === null ? null : Math.round(s.coverage * 1000) / 1000,
			as_of: asOf
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
