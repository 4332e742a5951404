/**
 * Every page and the parameters its links may carry, from the pages' view-state definitions. A link
 * carrying any other parameter still opens, with a notice naming what was ignored, so a mistyped
 * permalink is noticed rather than silently showing the default view.
 */
import { compareView } from './compare';
import { implementationView } from './implementation';
import { overviewView } from './overview';
import { calendarView } from './calendar';
import { transparencyView } from './transparency';
import { trustFundView } from './trust-fund';
import { ungaView } from './unga';
import { universalizationView } from './universalization';

const DEFINED = [
	overviewView,
	universalizationView,
	ungaView,
	transparencyView,
	trustFundView,
	compareView,
	implementationView,
	calendarView
];

/** Pages (as `pageRoute` names them) and their known parameters; pages without view state know none. */
export const PAGE_PARAMS: ReadonlyMap<string, readonly string[]> = new Map([
	['/states/[iso3]', []],
	...DEFINED.map((d) => [d.route, d.params] as const)
]);

/** Parameters the page does not know, in the order they appear; none for routes that are not pages. */
export function unknownParams(route: string, search: URLSearchParams): string[] {
	const known = PAGE_PARAMS.get(route);
	if (!known) return [];
	return [...new Set([...search.keys()].filter((k) => !known.includes(k)))];
}
