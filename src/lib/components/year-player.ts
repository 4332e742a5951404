/**
 * The days the as-of control's Play goes through: the last day of each year (31 December, the day
 * a year's figures are quoted at: "States Parties at the end of 2015"), then the data date, where
 * it stops. Playing never goes into the projections: the data date is the last day with data.
 */
import { yearOf, type IsoDate } from '../domain/dates';

/**
 * How long each year stays on screen once the page shows it. With a page that says when its
 * answer is on its way, the wait starts when the answer is shown; otherwise when the day is asked
 * for, which leaves the in-browser engine about a second to answer.
 */
export const YEAR_STEP_MS = 1200;

/** The day after `day` that Play shows, or null when `day` is the data date or later (the end). */
export function nextYearStep(day: IsoDate, dataAsOf: IsoDate): IsoDate | null {
	if (day >= dataAsOf) return null;
	const endOfYear = `${yearOf(day)}-12-31`;
	const next = day < endOfYear ? endOfYear : `${yearOf(day) + 1}-12-31`;
	return next < dataAsOf ? next : dataAsOf;
}

/**
 * The first day Play shows from the day shown: the next step, or `min` when the day shown is
 * already the data date or later (played to the end, or a projection), so pressing Play again
 * plays the years from the start. Null when there is nothing to play.
 */
export function firstYearStep(value: IsoDate, min: IsoDate, dataAsOf: IsoDate): IsoDate | null {
	if (min >= dataAsOf) return null;
	if (value >= dataAsOf || value < min) return min;
	return nextYearStep(value, dataAsOf);
}

/** Every day Play shows from the day shown, in order, the data date last. */
export function yearSteps(value: IsoDate, min: IsoDate, dataAsOf: IsoDate): IsoDate[] {
	const steps: IsoDate[] = [];
	for (let day = firstYearStep(value, min, dataAsOf); day !== null; day = nextYearStep(day, dataAsOf)) steps.push(day);
	return steps;
}
