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

	it('orders the official names as the page shows them: Lao PDR among the R in French, the Kingdom of the Netherlands under H in Arabic', () => {
		const all = Object.keys(STATE_NAMES).map((iso3) => ({ iso3, name: iso3 }));
		const inOrder = (l: 'fr' | 'ar') =>
			[...all]
				.sort((a, b) =>
					byName({ name: (iso3) => STATE_NAMES[iso3]![l], compare: (x, y) => x.localeCompare(y, l) }, a, b)
				)
				.map((r) => r.iso3);
		const fr = inOrder('fr');
		// République démocratique populaire lao, after Qatar, before Roumanie; Laos would sit among the L.
		expect(fr.indexOf('QAT')).toBeLessThan(fr.indexOf('LAO'));
		expect(fr.indexOf('LAO')).toBeLessThan(fr.indexOf('ROU'));
		const ar = inOrder('ar');
		// هولندا (مملكة -) next to هنغاريا (Hungary), not under م (مملكة).
		expect(Math.abs(ar.indexOf('NLD') - ar.indexOf('HUN'))).toBeLessThan(4);
	});
});
