/**
 * The loader of a page whose figures depend on one day (`as_of`): one answer per day, and after
 * each answer the day the reader will probably ask next. Stepping through days (arrow keys, a
 * dragged slider) keeps going the same way, so the next day is asked for while the reader looks at
 * this one; on opening, the control can first go back a day, so that day is asked for at once
 * (which also readies DuckDB's statements for the first real step).
 */
import type { Connector } from '../db/connector';
import { addDays, daysBetween, type IsoDate } from '../domain/dates';
import { CCM } from '../domain/treaties';
import { latestAsOf } from '../view-state/as-of-param';
import type { Loader } from './page-session.svelte';

/** Steps longer than this are jumps (a typed date), not a walk through days: nothing is prefetched. */
const WALK_DAYS = 31;

export function asOfLoader<V, S extends { as_of: IsoDate } = { as_of: IsoDate }>(
	run: (db: Connector, day: IsoDate) => Promise<V>,
	dataAsOf: IsoDate
): Loader<S, V> {
	return {
		key: (s) => s.as_of,
		run: (db, s) => run(db, s.as_of),
		prefetch(s, from) {
			const gap = from === null ? -1 : daysBetween(from.as_of, s.as_of);
			if (gap === 0 || Math.abs(gap) > WALK_DAYS) return null;
			const ahead = addDays(s.as_of, Math.sign(gap));
			if (ahead < CCM.openedForSignature || ahead > latestAsOf(dataAsOf)) return null;
			return { ...s, as_of: ahead };
		}
	};
}
