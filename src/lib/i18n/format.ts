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

/** A change, signed: "+2", "−1", "0" (the language's own minus and digits). */
export function formatSigned(n: number, locale = 'en'): string {
	return cached(`signed|${locale}`, () => new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' })).format(n);
}

/** A share from 0 to 1 as a whole percentage, in the language's way ("34 %", "٣٤٪"). */
export function formatPercent(share: number, locale = 'en'): string {
	return cached(`percent|${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent' })).format(share);
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

/** Lower case, without accents, dots or invisible direction marks: how typed month names are compared. */
function foldWord(word: string): string {
	return word
		.normalize('NFD')
		.replace(/[\p{M}\p{Cf}.]/gu, '')
		.toLowerCase();
}

/**
 * The locale's month names, every way a date of it writes them (French "févr." and "février",
 * Russian "февр.", "февраль" and "февраля"), and English ones too, which a reader of any language
 * may type. Names holding digits (Chinese "2月") are left out: their digits are read as numbers.
 */
function monthNames(tag: string): Map<string, number> {
	return cached(`months|${tag}`, () => {
		const names = new Map<string, number>();
		const styles: Intl.DateTimeFormatOptions[] = [
			{ month: 'long' },
			{ month: 'short' },
			{ day: 'numeric', month: 'long' },
			{ day: 'numeric', month: 'short', year: 'numeric' }
		];
		for (const t of tag === 'en-GB' ? [tag] : [tag, 'en-GB'])
			for (const style of styles) {
				const f = new Intl.DateTimeFormat(t, { ...style, timeZone: 'UTC' });
				for (let m = 1; m <= 12; m++) {
					const part = f.formatToParts(new Date(Date.UTC(2001, m - 1, 15))).find((p) => p.type === 'month');
					const name = part ? foldWord(part.value) : '';
					if (name && !/\d/.test(name) && !names.has(name)) names.set(name, m);
				}
			}
		return names;
	});
}

/** Whether the locale writes the day before the month in an all-numeric date (3/2/2026 in Britain). */
function dayFirst(tag: string): boolean {
	return cached(`dayFirst|${tag}`, () => {
		const parts = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'numeric', year: 'numeric' })
			.formatToParts(new Date(Date.UTC(2001, 1, 3)))
			.map((p) => p.type);
		return parts.indexOf('day') < parts.indexOf('month');
	});
}

/**
 * A day typed into a date field, read the way the page's language writes it: what formatDate
 * shows ("3 févr. 2026", "2026年2月3日"), the month's full name or any unambiguous start of it, the
 * locale's all-numeric order (3/2/2026 in French, 2026/2/3 in Chinese) and YYYY-MM-DD always.
 * Years have four digits. Null when the text is not one calendar day.
 */
export function parseDateInput(text: string, locale = 'en'): string | null {
	const tag = intlTag(locale);
	// Arabic-Indic and Persian digits read as the same numbers as Latin ones.
	const plain = text
		.normalize('NFKC')
		.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
		.replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
	const numbers = (plain.match(/\d+/g) ?? []).map((n) => ({ text: n, value: Number(n) }));
	const names = monthNames(tag);
	const months = new Set<number>();
	for (const word of plain.match(/\p{L}+/gu) ?? []) {
		const w = foldWord(word);
		const exact = names.get(w);
		if (exact !== undefined) months.add(exact);
		else if (w.length >= 3) {
			const starts = new Set([...names].filter(([n]) => n.startsWith(w)).map(([, m]) => m));
			if (starts.size === 1) months.add([...starts][0]!);
		}
	}
	if (months.size > 1) return null;
	const years = numbers.filter((n) => n.text.length === 4);
	if (years.length !== 1) return null;
	const year = years[0]!.value;
	const rest = numbers.filter((n) => n !== years[0]);
	let month: number;
	let day: number;
	if (months.size === 1) {
		if (rest.length !== 1) return null;
		month = [...months][0]!;
		day = rest[0]!.value;
	} else {
		if (rest.length !== 2 || rest.some((n) => n.text.length > 2)) return null;
		const [a, b] = [rest[0]!.value, rest[1]!.value];
		// Year first is YYYY-MM-DD (and the Chinese order) in every language.
		const yearFirst = numbers[0] === years[0];
		[day, month] = !yearFirst && dayFirst(tag) ? [a, b] : [b, a];
	}
	if (rest.some((n) => n.text.length > 2)) return null;
	const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	const t = new Date(Date.UTC(year, month - 1, day));
	return t.getUTCFullYear() === year && t.getUTCMonth() === month - 1 && t.getUTCDate() === day ? iso : null;
}

/** A month ("2026-04") by its short name alone ("Apr", "avr.", "4月"), for the axis of a chart of months. */
export function formatMonthShort(month: string, locale = 'en'): string {
	const tag = intlTag(locale);
	const f = cached(`monthShort|${tag}`, () => new Intl.DateTimeFormat(tag, { month: 'short', timeZone: 'UTC' }));
	return f.format(new Date(`${month.slice(0, 7)}-01T00:00:00Z`));
}
