/** /transparency's view state: the day whose reporting status it shows (`?as_of=2019-08-10&v=1`). */
import { defineViewState } from './define';
import { asOfParam, checkAsOfParam, type AsOfContext } from './as-of-param';

export const transparencyView = defineViewState({
	route: '/transparency',
	schema: { as_of: asOfParam },
	defaults: ({ dataAsOf }: AsOfContext) => ({ as_of: dataAsOf }),
	checks: { as_of: checkAsOfParam }
});
