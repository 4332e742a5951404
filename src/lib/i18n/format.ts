/**
 * Numbers and dates through Intl for the page's locale. Dates are ISO day strings and are
 * formatted in UTC, so a deposit never shows as the day before on a machine west of Greenwich.
 * Formatters are built once per locale: constructing one costs more than formatting, and an
 * as-of step formats hundreds of dates.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatDate(iso: string | null | undefined, locale = 'en'): string {
	if (!iso) return '';
	const tag = locale === 'en' ? 'en-GB' : locale;
	let f = dateFormats.get(tag);
	if (!f) {
		f = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
		dateFormats.set(tag, f);
	}
	return f.format(new Date(`${iso}T00:00:00Z`));
}

export function formatNumber(n: number | null | undefined, locale = 'en'): string {
	if (n === null || n === undefined) return '';
	let f = numberFormats.get(locale);
	if (!f) {
		f = new Intl.NumberFormat(locale);
		numberFormats.set(locale, f);
	}
	return f.format(n);
}

const collators = new Map<string, Intl.Collator>();

/** Compares two names as a reader of the locale sorts them (Chinese by pinyin, Russian by the Cyrillic alphabet). */
export function compareNames(a: string, b: string, locale = 'en'): number {
	let c = collators.get(locale);
	if (!c) {
		c = new Intl.Collator(locale);
		collators.set(locale, c);
	}
	return c.compare(a, b);
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** A date as a record writes it, which may give only a year or a month ("2019", "2019-08"). */
export function formatPartialDate(text: string | null | undefined, locale = 'en'): string {
	if (!text) return '';
	if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDate(text, locale);
	if (!/^\d{4}-\d{2}$/.test(text)) return text;
	const tag = locale === 'en' ? 'en-GB' : locale;
	let f = monthFormats.get(tag);
	if (!f) {
		f = new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' });
		monthFormats.set(tag, f);
	}
	return f.format(new Date(`${text}-01T00:00:00Z`));
}
