/**
 * Headless controller of the universalization views: which queries answer the page, and the
 * numbers its charts and tables are drawn from. Build time (Node DuckDB) and the as-of control
 * (DuckDB-wasm) call the same functions; tests call them without a DOM.
 */
import type { Connector } from '../db/connector';
import { CCM, type TreatyInfo } from '../domain/treaties';
import type { IsoDate } from '../domain/dates';
import { runQuery } from '../queries/query';
import { latestAsOf } from '../view-state/as-of-param';
import { compactStatuses } from './status-answer';
import {
	accessionDates,
	byRegion,
	headline,
	joinsPerYear,
	signatoriesNotParty,
	statusByState,
	statusPeriodList,
	timeline,
	withdrawals
} from '../queries/universalization';

export type StateStatus = Awaited<ReturnType<typeof loadAsOf>>['statuses'][number];

/** Everything that depends on the as-of date. */
export async function loadAsOf(db: Connector, asOf: IsoDate, treaty: TreatyInfo = CCM) {
	const p = { treaty: treaty.id, asOf };
	// One connection runs one statement at a time; sequential calls keep both engines simple.
	const head = await runQuery(db, headline, p);
	const statuses = await runQuery(db, statusByState, p);
	const signatories = await runQuery(db, signatoriesNotParty, p);
	const regions = await runQuery(db, byRegion, p);
	return {
		asOf,
		headline: head[0] ?? { states_parties: 0, in_force: 0, signatories_not_party: 0, withdrawn: 0 },
		statuses,
		signatories,
		regions
	};
}

export type AsOfView = Awaited<ReturnType<typeof loadAsOf>>;

/** The history charts, fixed to the data's own range. */
export async function loadHistory(db: Connector, dataAsOf: IsoDate, treaty: TreatyInfo = CCM) {
	const steps = await runQuery(db, timeline, { treaty: treaty.id, from: treaty.openedForSignature, to: dataAsOf });
	const joins = await runQuery(db, joinsPerYear, { treaty: treaty.id, asOf: dataAsOf });
	const left = await runQuery(db, withdrawals, { treaty: treaty.id, asOf: dataAsOf });
	return { from: treaty.openedForSignature, to: dataAsOf, steps, joins, withdrawals: left };
}

export type HistoryView = Awaited<ReturnType<typeof loadHistory>>;

/** Each State's dates under the treaty, by ISO3 (the map's CSV writes those on or before its day). */
export async function loadAccessionDates(db: Connector, treaty: TreatyInfo = CCM) {
	const rows = await runQuery(db, accessionDates, { treaty: treaty.id });
	return Object.fromEntries(rows.map(({ iso3, ...dates }) => [iso3, dates]));
}

export type AccessionDates = Awaited<ReturnType<typeof loadAccessionDates>>;

/**
 * The compact form of the status periods that answers the as-of control until the engine is up
 * (status-answer.ts), for every day the control offers.
 */
export async function loadCompactStatuses(db: Connector, dataAsOf: IsoDate, treaty: TreatyInfo = CCM) {
	const rows = await runQuery(db, statusPeriodList, { treaty: treaty.id });
	return compactStatuses(rows, {
		treaty: treaty.id,
		data_as_of: dataAsOf,
		from: treaty.openedForSignature,
		to: latestAsOf(dataAsOf)
	});
}
