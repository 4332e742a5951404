/**
 * A link's parameter a page could not use, as the URL parser reports it and the pages say it
 * (in their language, from `code`). Declared here, below both, so the parser (controllers) and the
 * wording (i18n) share one shape without either importing the other.
 */
import type { IsoDate } from './dates';

/** Why a parameter was not used; each code has its sentence `viewState.reason.<code>` in every catalog. */
export const LINK_PROBLEM_CODES = [
	'unreadable',
	'not_a_date',
	'before_opening',
	'after_projection',
	'after_data',
	'no_votes_year'
] as const;
export type LinkProblemCode = (typeof LINK_PROBLEM_CODES)[number];

export interface LinkNotice {
	/** The parameter as the link wrote it. */
	value: string;
	/** Why, in English, for the command line and the logs. */
	reason: string;
	code: LinkProblemCode;
	/** The day the treaty opened for signature, which a date before it is told. */
	opened?: IsoDate;
	/** The last day the pages project to, which a date after it is told. */
	latest?: IsoDate;
}
