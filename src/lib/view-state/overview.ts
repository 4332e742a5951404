/**
 * The overview's view state: the day its figures are as of, the reference day their change is
 * counted from and the area the list of what changed is filtered to
 * (`?as_of=2024-06-30&since=2023-09-11&area=unga&v=1`). Without `since`, the reference is the
 * opening day of the last meeting before the as-of day (controllers/overview.ts).
 */
import { z } from '../schema/z';
import { checkAsOf } from '../domain/as-of';
import { OVERVIEW_AREAS, type OverviewArea } from '../domain/overview-areas';
import { CCM } from '../domain/treaties';
import { defineViewState, type ParamCheck } from './define';
import { asOfParam, checkAsOfParam, type AsOfContext } from './as-of-param';

/** A reference day: any calendar day from the Convention's opening to the data's date. */
const checkSince: ParamCheck<string, AsOfContext> = (raw, { dataAsOf }) => {
	if (raw === '') return { ok: true, value: '' };
	const check = checkAsOf(raw, dataAsOf, CCM.openedForSignature);
	if (!check.ok)
		return { ok: false, notice: { reason: check.message, code: check.code, opened: CCM.openedForSignature } };
	// A reference is a day the record describes: no projection to count a change from.
	if (check.projection)
		return {
			ok: false,
			notice: { reason: `after ${dataAsOf}, the date of the data`, code: 'after_data', latest: dataAsOf }
		};
	return { ok: true, value: check.asOf };
};

export const AREA_FILTERS = ['all', ...OVERVIEW_AREAS] as const;
export type AreaFilter = 'all' | OverviewArea;

export const overviewView = defineViewState({
	route: '/',
	schema: { as_of: asOfParam, since: z.string(), area: z.enum(AREA_FILTERS) },
	defaults: ({ dataAsOf }: AsOfContext): { as_of: string; since: string; area: AreaFilter } => ({
		as_of: dataAsOf,
		since: '',
		area: 'all'
	}),
	checks: { as_of: checkAsOfParam, since: checkSince }
});
