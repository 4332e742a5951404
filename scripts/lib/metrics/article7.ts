/** reporting and initial-reports: Article 7 transparency reports, with what the record does not know. */
import { checkAsOf } from '../../../src/lib/domain/as-of';
import { CCM } from '../../../src/lib/domain/treaties';
import { initialReports, loadTransparency, statusesOn, summarise } from '../../../src/lib/controllers/transparency';
import { UsageError } from '../cli';
import { yearFlag, type Metric, type MetricContext } from './context';

function asOfFlag({ flags, manifest }: MetricContext, required: boolean) {
	const v = flags['as-of'];
	if (v === undefined && !required) return manifest.data_as_of;
	if (typeof v !== 'string') throw new UsageError('needs --as-of YYYY-MM-DD');
	const c = checkAsOf(v, manifest.data_as_of, CCM.openedForSignature);
	if (!c.ok) throw new UsageError(c.message);
	return c.asOf;
}

export const reporting: Metric = {
	name: 'reporting',
	usage: 'reporting --year Y [--as-of D]        annual reports covering Y: due, on time, late, ... and coverage',
	async run(ctx) {
		let year: number;
		try {
			year = yearFlag(ctx.flags.year as string | undefined);
		} catch (e) {
			throw new UsageError((e as Error).message);
		}
		const asOf = asOfFlag(ctx, false);
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
		const asOf = asOfFlag(ctx, true);
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
