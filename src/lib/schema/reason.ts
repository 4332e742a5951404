/**
 * Why a cell, a row or a file is wrong, said once and shown in any language.
 *
 * A reason is a message key (`problem.*` in src/lib/i18n/messages.ts, translated in every catalog)
 * and its parameters; its English wording lives only there. Zod schemas give the key as their
 * message (`{ message: reason('problem.isoDate') }`), and `reasonFromIssue` takes the parameters
 * from the issue: an enum's allowed values, a bound, or a refinement's `params`. Code outside zod
 * (CSV syntax, decoding, duplicate rows) builds a Reason directly. The commands print it in
 * English (`english`); the browser panel renders it in the page's language (`renderReason`).
 *
 * Parameters stay as written in the file (values, column names, codes); only the words around
 * them are translated. A list parameter (string[]) reads "a, b or c" in the page's language.
 *
 * A new reason: add `problem.x` to the `problem.*` block at the end of `en` and of each catalog,
 * then write `{ message: reason('problem.x') }`. A zod message is thus a key, not a sentence:
 * read issues through `issueProblem` (./validate.ts), never `issue.message` directly.
 */
import type { z } from 'zod';
import { en, fillPlaceholders, type MessageKey } from '../i18n/messages';
import { formatAlternatives } from '../i18n/format';

export type ProblemKey = Extract<MessageKey, `problem.${string}`>;
export type ReasonParams = Record<string, string | number | readonly string[]>;

export interface Reason {
	/** A `problem.*` key; the page's own faults (engine missing, import failed) use their keys too. */
	key: MessageKey;
	params?: ReasonParams;
}

/** A message key where zod wants a message: type-checked, so a schema cannot name a missing key. */
export const reason = (key: ProblemKey): string => key;

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** How a language shows its data: its Intl tag (lists) and its direction (isolating data in Arabic). */
export interface ReasonLocale {
	readonly intl: string;
	readonly dir: 'ltr' | 'rtl';
}

const ENGLISH: ReasonLocale = { intl: 'en-GB', dir: 'ltr' };

const isKey = (k: string): k is MessageKey => Object.hasOwn(en, k);

/**
 * The reason a zod issue gives: its message is a key (see `reason`). An enum's allowed values
 * come as `choices` (a list: "a, b or c") and `values` (as written, comma-separated); an empty
 * value ("may be empty") is left out, the message says so in words. Null when the message is no key.
 */
export function reasonFromIssue(issue: z.core.$ZodIssue): Reason | null {
	if (!isKey(issue.message)) return null;
	const params: ReasonParams = {};
	if (issue.code === 'invalid_value') {
		const choices = issue.values.map(String).filter((v) => v !== '');
		params.choices = choices;
		params.values = choices.join(', ');
	}
	if (issue.code === 'too_small') params.minimum = Number(issue.minimum);
	if (issue.code === 'too_big') params.maximum = Number(issue.maximum);
	if (issue.code === 'custom' && issue.params) Object.assign(params, issue.params);
	return { key: issue.message, params };
}

/** First-strong isolates keep a Latin file name, column or value whole inside right-to-left text. */
const isolate = (s: string, locale: ReasonLocale) => (locale.dir === 'rtl' ? `\u2068${s}\u2069` : s);

/** The parameters as text for `tr`: lists joined in the language, data isolated in Arabic. */
export function paramsIn(params: ReasonParams | undefined, locale: ReasonLocale): Record<string, string | number> {
	const out: Record<string, string | number> = {};
	for (const [k, v] of Object.entries(params ?? {}))
		out[k] =
			typeof v === 'number' ? v : isolate(typeof v === 'string' ? v : formatAlternatives(v, locale.intl), locale);
	return out;
}

export function renderReason(r: Reason, tr: Translate, locale: ReasonLocale): string {
	return tr(r.key, paramsIn(r.params, locale));
}

/** The English text of a reason, as the commands print it (no catalog needed: the import worker stays small). */
export function english(r: Reason): string {
	return fillPlaceholders(en[r.key], paramsIn(r.params, ENGLISH));
}
