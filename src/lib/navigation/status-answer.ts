/**
 * The browser's side of the compact status answer (controllers/status-answer.ts): the prerendered
 * /status-periods.json, fetched as /universalization hydrates. A file for another data date (a
 * cached copy outliving a deploy) or none at all answers nothing, and the engine answers as before.
 */
import { asset } from '$app/paths';
import { browser } from '$app/environment';
import { answerFromPeriods, type CompactStatuses } from '../controllers/status-answer';
import type { AsOfView } from '../controllers/universalization';
import type { IsoDate } from '../domain/dates';

export function statusAnswer(dataAsOf: IsoDate): Promise<(day: IsoDate) => AsOfView | null> | undefined {
	if (!browser) return undefined;
	return fetch(asset('/status-periods.json'))
		.then((r) => (r.ok ? (r.json() as Promise<CompactStatuses>) : null))
		.then((c) => (day: IsoDate) => (c?.data_as_of === dataAsOf ? answerFromPeriods(c, day) : null));
}
