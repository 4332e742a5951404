/**
 * How a page names and orders States. Controllers stay free of the page's language, yet a table
 * sorted "by name" must follow the names the reader sees: 中国 and France by pinyin on /zh/, not
 * by the English names behind them. Pages pass `nameOrder()` from i18n/current; tests and the
 * command line use the English order.
 */
import { compareNames } from './format';

export interface NameOrder {
	name(iso3: string, english: string): string;
	compare(a: string, b: string): number;
}

export const ENGLISH_ORDER: NameOrder = {
	name: (_iso3, english) => english,
	compare: (a, b) => compareNames(a, b, 'en')
};

export function byName(order: NameOrder, a: { iso3: string; name: string }, b: { iso3: string; name: string }) {
	return order.compare(order.name(a.iso3, a.name), order.name(b.iso3, b.name));
}
