/**
 * overview: the brief the overview page (/) gives, computed by its controller: each area's figures
 * on a day, their change since a reference day (by default the opening of the last meeting before
 * it) and the dated list of what changed in between.
 */
import { loadMeetings } from '../../../src/lib/controllers/implementation';
import { loadOverview } from '../../../src/lib/controllers/overview';
import { isIsoDate } from '../../../src/lib/domain/dates';
import { UsageError } from '../cli';
import { asOfFlag, type Metric } from './context';

export const overview: Metric = {
	name: 'overview',
	usage:
		'overview [--as-of D] [--since D]    the brief of /: figures, change since the last meeting (or D), what changed',
	async run(ctx) {
		const { asOf, projection } = asOfFlag(ctx, { optional: true, metric: 'overview' });
		const since = ctx.flags.since;
		if (since !== undefined && (typeof since !== 'string' || !isIsoDate(since)))
			throw new UsageError('--since needs a date written YYYY-MM-DD');
		if (typeof since === 'string' && since > asOf)
			throw new UsageError(`--since ${since} is after the as-of day ${asOf}`);
		const view = await loadOverview(ctx.db, {
			asOf,
			dataAsOf: ctx.manifest.data_as_of,
			since: typeof since === 'string' ? since : null,
			meetings: await loadMeetings(ctx.db)
		});
		return { ...view, projection, data_as_of: ctx.manifest.data_as_of };
	}
};
