/**
 * The reporting rules of the disarmament conventions and their published reporting figures
 * (data/sources/crossconvention/README.md), in the typed layout `npm run import:crossconvention`
 * writes and ingest reads.
 */
import { z } from './z';
import { reason, type ProblemKey, type ReasonParams } from './reason';
import {
	BINDING,
	CONVENTIONS,
	COVERS,
	DUE_FROM,
	DUE_UNITS,
	isMonthDay,
	REPORT_KINDS
} from '../domain/reporting-calendar';
import { csvBoolean, digits, figureText, optionalDigits, optionalText, text } from './fields';
import { parsePartialDate } from '../domain/partial-date';

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);
const choice = { message: reason('problem.choice') };
const nullableChoice = <T extends readonly [string, ...string[]]>(values: T) =>
	z.preprocess(blankToNull, z.enum(values, choice).nullable());

export const RULE_COLUMNS = [
	'convention',
	'report',
	'report_as_written',
	'due_from',
	'due_day',
	'due_offset',
	'due_unit',
	'due_rule_as_written',
	'covers',
	'period_covered_as_written',
	'binding',
	'binding_as_written',
	'computable',
	'conditional',
	'condition',
	'legal_basis',
	'legal_basis_checked',
	'submit_to',
	'public_or_restricted',
	'source',
	'quote',
	'notes',
	'source_line'
] as const;

export const ruleRowSchema = z
	.object({
		convention: z.enum(CONVENTIONS, choice),
		report: z.enum(REPORT_KINDS, choice),
		report_as_written: text,
		due_from: z.enum(DUE_FROM, choice),
		due_day: z.preprocess(
			blankToNull,
			z
				.string()
				.trim()
				.refine(isMonthDay, { message: reason('problem.monthDay') })
				.nullable()
		),
		due_offset: optionalDigits(reason('problem.wholeNumber')),
		due_unit: nullableChoice(DUE_UNITS),
		due_rule_as_written: text,
		covers: z.enum(COVERS, choice),
		period_covered_as_written: optionalText,
		binding: z.enum(BINDING, choice),
		binding_as_written: text,
		/** False on rows kept as context: no day can be computed from what the source says. */
		computable: csvBoolean,
		/** True where the obligation binds only some States Parties (`condition` says which). */
		conditional: csvBoolean,
		condition: optionalText,
		legal_basis: text,
		legal_basis_checked: optionalText,
		submit_to: optionalText,
		public_or_restricted: optionalText,
		source: text,
		quote: text,
		notes: optionalText,
		/** The line of ../shared/sources/crossconvention/reporting_rules.csv the row was read from. */
		source_line: digits(reason('problem.wholeNumber'))
	})
	.superRefine((r, ctx) => {
		const issue = (path: string, key: ProblemKey, params?: ReasonParams) =>
			ctx.addIssue({ code: 'custom', path: [path], message: reason(key), params });
		const parts = (path: string, expected: string) =>
			issue(path, 'problem.dueRuleParts', { expected, due_from: r.due_from });
		if (r.due_from === 'fixed_day') {
			if (r.due_day === null) parts('due_day', 'a day MM-DD');
			if (r.due_offset !== null) parts('due_offset', 'no offset');
			if (r.due_unit !== null) parts('due_unit', 'no unit');
		} else {
			if (r.due_day !== null) parts('due_day', 'no day');
			const counted = r.due_from !== 'none';
			if (counted !== (r.due_offset !== null)) parts('due_offset', counted ? 'a whole number' : 'no offset');
			if (counted !== (r.due_unit !== null)) parts('due_unit', counted ? DUE_UNITS.join(', ') : 'no unit');
		}
		if (r.computable !== (r.due_from !== 'none')) parts('computable', r.due_from === 'none' ? 'false' : 'true');
		if (r.conditional && r.condition === '') issue('condition', 'problem.text');
	});
export type RuleRow = z.output<typeof ruleRowSchema>;

export const RATE_COLUMNS = [
	'convention',
	'report_type',
	'period_covered',
	'as_of',
	'metric',
	'value',
	'value_number',
	'denominator',
	'unit',
	'quote',
	'source',
	'source_kind',
	'first_seen_in',
	'notes',
	'source_line'
] as const;

export const rateRowSchema = z.object({
	convention: z.enum(CONVENTIONS, choice),
	report_type: text,
	period_covered: optionalText,
	/** The day of measurement at the precision the source gives (2021-09, 2004), empty where it gives none. */
	as_of: z.preprocess(
		blankToNull,
		z
			.string()
			.trim()
			.refine((v) => parsePartialDate(v) !== null, { message: reason('problem.partialDateOrEmpty') })
			.nullable()
	),
	metric: text,
	/** As published: a number, a range (50-60) or words (more than a quarter). */
	value: figureText,
	/** The value where it is one whole number, else empty. */
	value_number: optionalDigits(reason('problem.wholeNumber')),
	denominator: optionalDigits(reason('problem.wholeNumber')),
	unit: text,
	quote: text,
	source: text,
	source_kind: text,
	first_seen_in: optionalText,
	notes: optionalText,
	source_line: digits(reason('problem.wholeNumber'))
});
export type RateRow = z.output<typeof rateRowSchema>;
