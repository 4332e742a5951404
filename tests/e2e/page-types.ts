/** One page of each type, as paths below a language prefix ('' is the overview): the phone checks open each. */
export const PAGE_TYPES = [
	'',
	'universalization',
	'unga',
	'transparency',
	'implementation',
	'calendar',
	'trust-fund',
	'compare',
	'states/fra'
] as const;
