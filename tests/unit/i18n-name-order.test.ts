// How tables order States by name (src/lib/i18n/name-order.ts): by the names the reader
// sees, in the order of their language, not by the English names or the codes behind them.
import { describe, expect, it } from 'vitest';
import { byName, ENGLISH_ORDER, type NameOrder } from '../../src/lib/i18n/name-order';
import { STATE_NAMES } from '../../src/lib/i18n/state-names';

const rows = [
	{ iso3: 'HRV', name: 'Croatia' },
	{ iso3: 'CIV', name: "Côte d'Ivoire" },
	{ iso3: 'CRI', name: 'Costa Rica' },
	{ iso3: 'FRA', name: 'France' },
	{ iso3: 'CHN', name: 'China' }
];
const sorted = (order: NameOrder) => [...rows].sort((a, b) => byName(order, a, b)).map((r) => r.iso3);

describe('byName', () => {
	it('orders English names as a reader expects, an accent not sending a name to the end', () => {
		expect(sorted(ENGLISH_ORDER)).toEqual(['CHN', 'CRI', 'CIV', 'HRV', 'FRA']);
	});

	it('orders by the name the page shows, in its language', () => {
		const zh: NameOrder = {
			name: (iso3, english) => STATE_NAMES[iso3]?.zh ?? english,
			compare: (a, b) => a.localeCompare(b, 'zh')
		};
		// 法国 (Fǎguó) before 中国 (Zhōngguó), though China comes before France in English.
		const order = sorted(zh);
		expect(order.indexOf('FRA')).toBeLessThan(order.indexOf('CHN'));
	});
});
