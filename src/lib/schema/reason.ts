/**
 * Why a cell, a row or a file is wrong, said once and shown in any language.
 *
 * A reason is a code of ../domain/problems.ts (`problem.<code>`) and its parameters; schemas name
 * codes and never words, so this layer knows no language. Zod schemas give the key as their
 * message (`{ message: reason('problem.isoDate') }`), and `reasonFromIssue` takes the parameters
 * from the issue: an enum's allowed values, a bound, or a refinement's `params`. Code outside zod
 * (CSV syntax, decoding, duplicate rows) builds a Reason directly. i18n/reason-text.ts says it:
 * in English as the commands print it (`english`), in the page's language in the browser panel
 * (`renderReason`).
 *
 * A new reason: add its code to PROBLEM_CODES (../domain/problems.ts), then `problem.<code>` to the
 * `problem.*` block of every catalog (`npm run check` fails until each has it), then write
 * `{ message: reason('problem.x') }`. A zod message is thus a key, not a sentence: read issues
 * through `issueProblem` (../validate.ts), never `issue.message` directly.
 */
import type { z } from 'zod';
import { PROBLEM_CODES, type ProblemKey, type Reason, type ReasonParams } from '../domain/problems';

export type { ProblemKey, Reason, ReasonParams };

/** A message key where zod wants a message: type-checked, so a schema cannot name a missing key. */
export const reason = (key: ProblemKey): string => key;

const isKey = (k: string): k is ProblemKey =>
	k.startsWith('problem.') && (PROBLEM_CODES as readonly string[]).includes(k.slice('problem.'.length));

/**
 * The reason a zod issue gives: its message is a key (see `reason`). An enum's allowed values
 * come as `choices` (a list: "a, b or c") and `values` (as written, comma-separated); an empty
 * value ("may be empty") is left out, the message says so in words. Null when the message is no key.
 */
export function reasonFromIssue(issue: z.core.$ZodIssue): Reason | null {
	if (!isKey(issue.message)) return null;
	const params: ReasonParams = {};
	if (issue.code === 'invalid_value') {
		const choices = issue.values.map(String).filter((v) => v !== '');
		params.choices = choices;
		params.values = choices.join(', ');
	}
	if (issue.code === 'too_small') params.minimum = Number(issue.minimum);
	if (issue.code === 'too_big') params.maximum = Number(issue.maximum);
	if (issue.code === 'custom' && issue.params) Object.assign(params, issue.params);
	return { key: issue.message, params };
}
