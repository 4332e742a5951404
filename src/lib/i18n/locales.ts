/**
 * The six UN languages the site speaks: code (as in the URL, English unprefixed), the language's
 * own name for the switcher, writing direction for the `dir` attribute, and the Intl tag that
 * formats numbers and dates.
 */
export interface LocaleInfo {
	readonly code: 'en' | 'fr' | 'es' | 'ar' | 'zh' | 'ru';
	readonly name: string;
	readonly dir: 'ltr' | 'rtl';
	readonly intl: string;
}

export const locales = [
	// British English: day-month-year, as the Convention's own documents (and formatDate until now).
	{ code: 'en', name: 'English', dir: 'ltr', intl: 'en-GB' },
	{ code: 'fr', name: 'Français', dir: 'ltr', intl: 'fr-FR' },
	{ code: 'es', name: 'Español', dir: 'ltr', intl: 'es-ES' },
	// Latin digits (nu-latn), as UN Arabic documents write numbers ("القرار 70/54"): the messages carry
	// Latin-digit codes and years (XXVI-6, PP14, 2015), and a chart, a table and its CSV export then
	// agree digit for digit. Plain 'ar' would give Arabic-Indic digits (٣٨) beside them.
	{ code: 'ar', name: 'العربية', dir: 'rtl', intl: 'ar-u-nu-latn' },
	// Simplified Chinese, the script of the UN's Chinese texts.
	{ code: 'zh', name: '中文', dir: 'ltr', intl: 'zh-CN' },
	{ code: 'ru', name: 'Русский', dir: 'ltr', intl: 'ru-RU' }
] as const satisfies readonly LocaleInfo[];

export type Locale = (typeof locales)[number]['code'];

export const defaultLocale: Locale = 'en';

export function isLocale(value: string): value is Locale {
	return locales.some((l) => l.code === value);
}

export function localeInfo(code: Locale): LocaleInfo {
	return locales.find((l) => l.code === code) ?? locales[0];
}
