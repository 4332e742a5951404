/**
 * /implementation's view state: the day its statuses are as of and the timeline's filters, by article
 * and by status (`?as_of=2022-01-01&article=4&status=in_progress&v=1`).
 */
import { OBLIGATION_STATUSES, type ObligationStatus } from '../domain/implementation';
import { z } from '../schema/z';
import { defineViewState } from './define';
import { asOfParam, checkAsOfParam, type AsOfContext } from './as-of-param';

export const ARTICLE_FILTERS = ['all', '3', '4'] as const;
export type ArticleFilter = (typeof ARTICLE_FILTERS)[number];
export const STATUS_FILTERS = ['all', ...OBLIGATION_STATUSES] as const;
export type StatusFilter = 'all' | ObligationStatus;

export const implementationView = defineViewState({
	route: '/implementation',
	schema: { as_of: asOfParam, article: z.enum(ARTICLE_FILTERS), status: z.enum(STATUS_FILTERS) },
	defaults: ({ dataAsOf }: AsOfContext): { as_of: string; article: ArticleFilter; status: StatusFilter } => ({
		as_of: dataAsOf,
		article: 'all',
		status: 'all'
	}),
	checks: { as_of: checkAsOfParam }
});
