/**
 * obligations, deadlines, meetings: the implementation records (Articles 3, 4 and 9, the meetings),
 * computed by the controller the /implementation page and the State profiles use.
 */
import {
	deadlinesOn,
	loadImplementation,
	meetingsList,
	stateObligations
} from '../../../src/lib/controllers/implementation';
import { UsageError } from '../cli';
import { asOfFlag, stateMetric, type Metric } from './context';

export const obligations: Metric = stateMetric(
	'obligations',
	'obligations --state S [--as-of D]     Articles 3, 4 and 9 of a State: deadlines, extensions, status on the day',
	async (ctx, state) => {
		const { asOf } = asOfFlag(ctx, { optional: true });
		return stateObligations(await loadImplementation(ctx.db), state.iso3, state.name, asOf);
	}
);

function articleFlag(v: string | boolean | undefined): 3 | 4 | undefined {
	if (v === undefined) return undefined;
	if (v === '3' || v === '4') return Number(v) as 3 | 4;
	throw new UsageError('--article needs 3 (stockpile destruction) or 4 (clearance)');
}

function withinDaysFlag(v: string | boolean | undefined): number | undefined {
	if (v === undefined) return undefined;
	if (typeof v !== 'string' || !/^\d{1,5}$/.test(v))
		throw new UsageError('--within-days needs a number of days such as 365');
	return Number(v);
}

export const deadlines: Metric = {
	name: 'deadlines',
	usage:
		'deadlines [--as-of D] [--article 3|4] [--within-days N]   obligations not completed on D, by deadline (N: deadline on or before D+N)',
	async run(ctx) {
		const article = articleFlag(ctx.flags.article);
		const withinDays = withinDaysFlag(ctx.flags['within-days']);
		const { asOf } = asOfFlag(ctx, { optional: true });
		return deadlinesOn(await loadImplementation(ctx.db), asOf, { article, withinDays });
	}
};

export const meetings: Metric = {
	name: 'meetings',
	usage:
		'meetings                            Meetings of States Parties and Review Conferences: dates, city, presiding State',
	async run(ctx) {
		return meetingsList(await loadImplementation(ctx.db));
	}
};
