import type { ObligationStatus } from '../domain/implementation';

/**
 * Status colours: the Okabe-Ito colour-blind-safe set, each paired with a text label in every
 * legend and table, so colour never carries meaning alone.
 */
export const STATUS_COLOURS = {
	party: '#0072B2',
	partyNotInForce: '#56B4E9',
	signatory: '#E69F00',
	withdrawn: '#CC79A7',
	not_party: '#D4D4D4',
	noStatus: '#F2F2F2'
} as const;

export const ACTION_COLOURS: Record<string, string> = {
	ratification: '#0072B2',
	accession: '#009E73',
	acceptance: '#E69F00',
	approval: '#CC79A7',
	succession: '#D55E00'
};

export const SERIES_COLOURS = { parties: '#0072B2', inForce: '#D55E00' } as const;

/** Vote colours (Okabe-Ito); cells also carry the letter, so colour is never the only cue. */
export const VOTE_COLOURS = { Y: '#009E73', N: '#D55E00', A: '#E69F00', X: '#BBBBBB' } as const;

/** Report statuses; "unknown" is a pale hatch so that it never reads as a failure to report. */
export const REPORT_COLOURS = {
	on_time: '#009E73',
	late: '#E69F00',
	submitted_date_unknown: '#56B4E9',
	not_submitted: '#D55E00',
	unknown: '#EEEEEE',
	not_yet_due: '#FFFFFF'
} as const;

/**
 * Article 3 and 4 obligation statuses: done green, running blue, a request awaiting its outcome
 * orange, a passed deadline vermilion; the legend and the tooltips name each.
 */
export const OBLIGATION_COLOURS = {
	completed: '#009E73',
	in_progress: '#0072B2',
	extension_requested: '#E69F00',
	past_deadline: '#D55E00'
} as const satisfies Record<ObligationStatus, string>;

/** A series or category as a chart draws it and its legend names it. */
export interface Swatch {
	key: string;
	label: string;
	colour: string;
}
