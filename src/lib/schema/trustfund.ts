/**
 * ISU Trust Fund and Sponsorship Programme files: the ledger the ISU keeps (contributions and
 * approved budgets; data/sources/trustfund/README.md) and the published facts. Shared by ingest
 * and the in-browser import.
 */
import { z } from './z';
import { reason } from './reason';
import { AMOUNT_PATTERN, CURRENCIES, FACT_FUNDS, FACT_METRICS, FUNDS } from '../domain/money';
import { digits, figureText, FUTURE_DATE, isoDate, optionalText, text, today } from './fields';

const year = digits(reason('problem.yearExample')).pipe(
	z
		.number()
		.min(2010, { message: reason('problem.yearFrom') })
		.max(2100, { message: reason('problem.yearBefore') })
);

const amount = z
	.string()
	.trim()
	.refine((v) => !v.startsWith('-'), { message: reason('problem.negativeAmount') })
	.refine((v) => v.startsWith('-') || AMOUNT_PATTERN.test(v), {
		message: reason('problem.amountFormat')
	})
	// The format says amounts are positive: a zero is a row that records nothing.
	.refine((v) => !AMOUNT_PATTERN.test(v) || Number(v) > 0, { message: reason('problem.negativeAmount') })
	.transform(Number);

const currency = z.enum(CURRENCIES, { message: reason('problem.currency') });

export const CONTRIBUTION_COLUMNS = ['year', 'state', 'amount', 'currency', 'date_received', 'fund', 'source'] as const;

export const contributionRowSchema = z
	.object({
		year,
		state: text,
		amount,
		currency,
		date_received: z.preprocess(
			(v) => (v === '' ? null : v),
			isoDate.refine((d) => d <= today(), { message: FUTURE_DATE }).nullable()
		),
		fund: z.enum(FUNDS, { message: reason('problem.choice') }),
		source: text
	})
	.refine((r) => r.date_received === null || Number(r.date_received.slice(0, 4)) >= r.year - 1, {
		path: ['date_received'],
		message: reason('problem.receivedTooEarly')
	});

export type ContributionRow = z.infer<typeof contributionRowSchema>;

export const BUDGET_COLUMNS = ['year', 'approved_budget', 'currency', 'source_document'] as const;

export const budgetRowSchema = z.object({ year, approved_budget: amount, currency, source_document: text });

export type BudgetRow = z.infer<typeof budgetRowSchema>;

export const FACT_COLUMNS = ['year', 'fund', 'metric', 'value', 'unit', 'quote', 'source'] as const;

export const factRowSchema = z.object({
	year,
	fund: z.enum(FACT_FUNDS, { message: reason('problem.choice') }),
	metric: z.enum(FACT_METRICS, { message: reason('problem.choice') }),
	value: figureText,
	unit: optionalText,
	quote: text,
	source: text
});

export type FactRow = z.infer<typeof factRowSchema>;
