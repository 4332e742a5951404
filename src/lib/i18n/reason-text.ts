/**
 * A reason (../domain/problems.ts: a code and its parameters) in words: in English as the commands
 * print it, or in a page's language. English comes from ./catalogs/en.ts alone, so a command or the
 * import worker renders it without loading the other catalogs.
 */
import type { Reason, ReasonKey, ReasonParams } from '../domain/problems';
import { en, type MessageKey } from './catalogs/en';
import { formatAlternatives } from './format';
import { fillPlaceholders } from './placeholders';

/** Fails to compile while a reason's key is missing from the catalogs. */
type Worded<K extends MessageKey> = K;
export type WordedReasonKey = Worded<ReasonKey>;

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** How a language shows its data: its Intl tag (lists) and its direction (isolating data in Arabic). */
export interface ReasonLocale {
	readonly intl: string;
	readonly dir: 'ltr' | 'rtl';
}

const ENGLISH: ReasonLocale = { intl: 'en-GB', dir: 'ltr' };

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
	const key: WordedReasonKey = r.key;
	return tr(key, paramsIn(r.params, locale));
}

/** The English text of a reason, as the commands print it. */
export function english(r: Reason): string {
	const key: WordedReasonKey = r.key;
	return fillPlaceholders(en[key], paramsIn(r.params, ENGLISH));
}
