/**
 * /compare's view state: how the curves are aligned (years since each treaty opened, or calendar
 * years) and the day of the regional counts (`?align=calendar&as_of=2016-01-01&v=1`).
 */
import { z } from '../schema/z';
import { defineViewState } from './define';
import { asOfParam, checkAsOfParam, type AsOfContext } from './as-of-param';

export const ALIGNMENTS = ['opening', 'calendar'] as const;
export type Alignment = (typeof ALIGNMENTS)[number];

export const compareView = defineViewState({
	route: '/compare',
	schema: { align: z.enum(ALIGNMENTS), as_of: asOfParam },
	defaults: ({ dataAsOf }: AsOfContext): { align: Alignment; as_of: string } => ({ align: 'opening', as_of: dataAsOf }),
	checks: { as_of: checkAsOfParam }
});
