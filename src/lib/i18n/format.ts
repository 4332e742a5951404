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
