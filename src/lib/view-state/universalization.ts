/** /universalization's view state: the day its figures are as of (`?as_of=2016-01-01&v=1`). */
import { defineViewState } from './define';
import { asOfParam, checkAsOfParam, type AsOfContext } from './as-of-param';

export const universalizationView = defineViewState({
	route: '/universalization',
	schema: { as_of: asOfParam },
	defaults: ({ dataAsOf }: AsOfContext) => ({ as_of: dataAsOf }),
	checks: { as_of: checkAsOfParam }
});
