/**
 * Headless controller of /trust-fund and the trust-fund metric. With a ledger, figures are
 * derived from it; without one, the published facts are quoted as they are and nothing is
 * derived from them ("57 contributing States" is never turned into a share).
 */
import { byName, type NameOrder } from '../i18n/name-order';
import type { Connector } from '../db/connector';
import type { RegionalGroup } from '../domain/regions';
import { runQuery } from '../queries/query';
import { budgets, byState, facts, fundYears } from '../queries/trustfund';

export async function loadTrustFund(db: Connector) {
	return {
		trustFund: await runQuery(db, fundYears, { fund: 'trust_fund' }),
		sponsorship: await runQuery(db, fundYears, { fund: 'sponsorship' }),
		budgets: await runQuery(db, budgets, undefined),
		byState: await runQuery(db, byState, { fund: 'trust_fund' }),
		facts: await runQuery(db, facts, undefined)
	};
}

export type TrustFundData = Awaited<ReturnType<typeof loadTrustFund>>;

export interface TrustFundYear {
	year: number;
	contributing_states: number | null;
	total: number | null;
	currency: string | null;
	approved_budget: number | null;
	result: 'above' | 'below' | null;
	result_amount: number | null;
	basis: 'ledger' | 'facts';
	/** Ledger years: one total per currency (never added across currencies); null on the published facts. */
	totals: { currency: string; total: number }[] | null;
}

/** One year's Trust Fund figures, from the ledger when it has that year, else the published facts. */
export function trustFundYear(data: TrustFundData, year: number): TrustFundYear | null {
	const ledger = data.trustFund.filter((r) => r.year === year);
	const budget = data.budgets.find((b) => b.year === year) ?? null;
	if (ledger.length > 0) {
		// Totals in different currencies are not added up (no rate table): `total` and `currency`
		// only for a single-currency year, `totals` always.
		const single = ledger.length === 1 ? ledger[0]! : null;
		const comparable = single !== null && budget !== null && budget.currency === single.currency;
		const diff = comparable ? Math.round((single.total - budget.approved_budget) * 100) / 100 : null;
		return {
			year,
			contributing_states: ledger[0]!.year_contributing_states,
			total: single?.total ?? null,
			currency: single?.currency ?? null,
			approved_budget: budget?.approved_budget ?? null,
			result: diff === null ? null : diff >= 0 ? 'above' : 'below',
			result_amount: diff,
			basis: 'ledger',
			totals: ledger.map((r) => ({ currency: r.currency, total: r.total }))
		};
	}
	const ofYear = data.facts.filter((f) => f.year === year && f.fund === 'isu_trust_fund');
	if (ofYear.length === 0) return null;
	const states = ofYear.find((f) => f.metric === 'contributing_states');
	const vsBudget = ofYear.find((f) => f.metric === 'contributions_vs_approved_budget');
	return {
		year,
		contributing_states: states ? Number(states.value) : null,
		total: null,
		currency: null,
		approved_budget: null,
		result: vsBudget && (vsBudget.value === 'above' || vsBudget.value === 'below') ? vsBudget.value : null,
		result_amount: null,
		basis: 'facts',
		totals: null
	};
}

/** Contributions by UN regional group (per currency), from the per-State totals. */
export function byRegion(data: TrustFundData) {
	const groups = new Map<string, { region: RegionalGroup | 'none'; currency: string; states: number; total: number }>();
	for (const s of data.byState) {
		const key = `${s.region ?? 'none'}|${s.currency}`;
		const g = groups.get(key) ?? { region: s.region ?? 'none', currency: s.currency, states: 0, total: 0 };
		g.states++;
		g.total = Math.round((g.total + s.total) * 100) / 100;
		groups.set(key, g);
	}
	return [...groups.values()].sort((a, b) => b.total - a.total);
}

export function hasLedger(data: TrustFundData) {
	return data.trustFund.length > 0 || data.sponsorship.length > 0 || data.budgets.length > 0;
}

/** Contributing States in the order the reader chose: largest total, most years, or by name. */
export function sortedStates(tf: TrustFundData, sortBy: 'total' | 'name' | 'years', names: NameOrder) {
	return [...tf.byState].sort((a, b) =>
		sortBy === 'name'
			? byName(names, a, b)
			: sortBy === 'years'
				? b.years - a.years || b.total - a.total
				: b.total - a.total
	);
}

/** Each year's contributions beside the budget approved for that year in the same currency. */
export function yearsWithBudget(tf: TrustFundData) {
	return tf.trustFund.map((r) => {
		const b = tf.budgets.find((x) => x.year === r.year && x.currency === r.currency);
		return { ...r, budget: b?.approved_budget ?? null };
	});
}
