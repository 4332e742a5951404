/**
 * Numbers and dates through Intl for the page's locale. Dates are ISO day strings and are
 * formatted in UTC, so a deposit never shows as the day before on a machine west of Greenwich.
 * Formatters are built once per locale: constructing one costs more than formatting, and an
 * as-of step formats hundreds of dates.
 */
import { parsePartialDate } from '../domain/partial-date';

/** One Intl object per locale and kind, built on first use. */
const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
	let v = cache.get(key) as T | undefined;
	if (v === undefined) {
		v = make();
		cache.set(key, v);
	}
	return v;
}

const intlTag = (locale: string) => (locale === 'en' ? 'en-GB' : locale);

export function formatDate(iso: string | null | undefined, locale = 'en'): string {
	if (!iso) return '';
	const tag = intlTag(locale);
	const f = cached(
		`date|${tag}`,
		() => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
	);
	return f.format(new Date(`${iso}T00:00:00Z`));
}

export function formatNumber(n: number | null | undefined, locale = 'en'): string {
	if (n === null || n === undefined) return '';
	return cached(`number|${locale}`, () => new Intl.NumberFormat(locale)).format(n);
}

/** Compares two names as a reader of the locale sorts them (Chinese by pinyin, Russian by the Cyrillic alphabet). */
export function compareNames(a: string, b: string, locale = 'en'): number {
	return cached(`collator|${locale}`, () => new Intl.Collator(locale)).compare(a, b);
}

/** "a, b or c" in the locale's words. */
export function formatAlternatives(items: readonly string[], locale = 'en'): string {
	return cached(`or|${locale}`, () => new Intl.ListFormat(locale, { type: 'disjunction' })).format(items);
}

/** A date as a record writes it, which may give only a year or a month ("2019", "2019-08"). */
export function formatPartialDate(text: string | null | undefined, locale = 'en'): string {
	const d = text ? parsePartialDate(text) : null;
	if (!d) return text ?? '';
	if (d.precision === 'day') return formatDate(d.text, locale);
	if (d.precision === 'year') return d.text;
	const tag = intlTag(locale);
	const f = cached(
		`month|${tag}`,
		() => new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' })
	);
	return f.format(new Date(`${d.earliest}T00:00:00Z`));
}
