/**
 * Amounts in the currency a ledger states. No conversion happens without an explicit rate table
 * (none is kept), so totals are per currency and a comparison needs one currency on both sides.
 */

/** ISO 4217 codes accepted in ledgers; the ISU keeps its accounts in Swiss francs. */
export const CURRENCIES = ['CHF', 'EUR', 'USD', 'GBP', 'NOK', 'SEK', 'DKK', 'JPY', 'AUD', 'CAD', 'NZD'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** A decimal amount as written in a ledger: digits, an optional point and up to 2 decimals. */
export const AMOUNT_PATTERN = /^\d+(\.\d{1,2})?$/;

export const FUNDS = ['trust_fund', 'sponsorship'] as const;
export type Fund = (typeof FUNDS)[number];

/**
 * The funds and figures of the facts file (data/sources/trustfund/facts.csv), which names the
 * funds as the ISU's reports do; every page labels each of them, so a new one is declared here.
 */
export const FACT_FUNDS = ['isu_trust_fund', 'sponsorship_programme'] as const;
export type FactFund = (typeof FACT_FUNDS)[number];
export const FACT_METRICS = [
	'contributing_states',
	'contributions_vs_approved_budget',
	'supporting_states',
	'sponsored_delegates'
] as const;
export type FactMetric = (typeof FACT_METRICS)[number];
