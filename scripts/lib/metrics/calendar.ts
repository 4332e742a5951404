/**
 * calendar: the reports a State owes under the conventions it is party to, computed by the
 * controller the /calendar page uses; with --ics, the same as an iCalendar file.
 */
import { calendarOf, defaultPeriod, loadCalendar } from '../../../src/lib/controllers/calendar';
import { isIsoDate } from '../../../src/lib/domain/dates';
import { calendarIcs } from '../../../src/lib/export/ics';
import { UsageError } from '../cli';
import { RawText, stateMetric, type Metric } from './context';

function dayFlag(v: string | boolean | undefined, flag: string): string | undefined {
	if (v === undefined) return undefined;
	if (typeof v !== 'string' || !isIsoDate(v)) throw new UsageError(`${flag} needs a date written YYYY-MM-DD`);
	return v;
}

export const calendar: Metric = stateMetric(
	'calendar',
	'calendar --state S [--from D] [--to D] [--ics]   reports due under every convention the State is party to (default: 12 months from the data date)',
	async (ctx, state) => {
		const period = defaultPeriod(ctx.manifest.data_as_of);
		const from = dayFlag(ctx.flags.from, '--from') ?? period.from;
		const to = dayFlag(ctx.flags.to, '--to') ?? (ctx.flags.from === undefined ? period.to : defaultPeriod(from).to);
		if (to < from) throw new UsageError(`--to (${to}) is before --from (${from})`);
		const rows = calendarOf(await loadCalendar(ctx.db), state.iso3, from, to);
		if (ctx.flags.ics)
			return new RawText(
				calendarIcs({ iso3: state.iso3, name: state.name, events: rows, dataAsOf: ctx.manifest.data_as_of })
			);
		return rows.map(({ treaty, report, covering, due, binding, conditional, basis, source }) => ({
			treaty,
			report,
			covering,
			due,
			binding,
			conditional,
			basis,
			source
		}));
	}
);
