/** /trust-fund's view state: how the contributing States are sorted (`?sort=name&v=1`). */
import { z } from '../schema/z';
import { defineViewState } from './define';

export const TF_SORTS = ['total', 'name', 'years'] as const;
export type TrustFundSort = (typeof TF_SORTS)[number];

export const trustFundView = defineViewState({
	route: '/trust-fund',
	schema: { sort: z.enum(TF_SORTS) },
	defaults: (): { sort: TrustFundSort } => ({ sort: 'total' })
});
