/**
 * Numbers and dates through Intl for the page's locale. Dates are ISO day strings and are
 * formatted in UTC, so a deposit never shows as the day before on a machine west of Greenwich.
 */
export function formatDate(iso: string | null | undefined, locale = 'en'): string {
	if (!iso) return '';
	return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(`${iso}T00:00:00Z`));
}

export function formatNumber(n: number | null | undefined, locale = 'en'): string {
	if (n === null || n === undefined) return '';
	return new Intl.NumberFormat(locale).format(n);
}
