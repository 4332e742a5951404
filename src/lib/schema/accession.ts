/**
 * The canonical status record of one State for one treaty (data/sources/accession/<treaty>.csv),
 * as the UNTC importer writes it and ingest, the browser import and tests read it.
 */
import { z } from './z';
import { reason, type ProblemKey, type ReasonParams } from './reason';
import { ACTIONS } from '../domain/accession';
import { CCM, TREATIES } from '../domain/treaties';
import { csvBoolean, FUTURE_DATE, iso3, isoDate, optionalIsoDate, optionalText, text, today } from './fields';

export const ACCESSION_COLUMNS = [
	'treaty',
	'state',
	'iso3',
	'signature_date',
	'deposit_date',
	'action',
	'provisional_application_date',
	'withdrawal_notified',
	'withdrawal_effective',
	'withdrawal_pending',
	'footnotes',
	'source',
	'status_as_at'
] as const;

export const accessionRowSchema = z
	.object({
		treaty: z.enum(TREATIES, { message: reason('problem.oneOf') }),
		state: text,
		iso3,
		signature_date: optionalIsoDate,
		deposit_date: optionalIsoDate,
		action: z.preprocess(
			(v) => (v === '' ? null : v),
			z.enum(ACTIONS, { message: reason('problem.oneOfOrEmpty') }).nullable()
		),
		provisional_application_date: optionalIsoDate,
		withdrawal_notified: optionalIsoDate,
		withdrawal_effective: optionalIsoDate,
		withdrawal_pending: csvBoolean,
		footnotes: optionalText,
		source: text,
		// A status page describes the day it was saved or earlier, never a day to come: a status
		// date ahead would move the data's date and invent reporting obligations up to it.
		status_as_at: isoDate.refine((d) => d <= today(), { message: FUTURE_DATE })
	})
	.superRefine((r, ctx) => {
		const issue = (path: string, key: ProblemKey, params?: ReasonParams) =>
			ctx.addIssue({ code: 'custom', path: [path], message: reason(key), params });
		if ((r.deposit_date === null) !== (r.action === null)) issue('action', 'problem.actionWithDeposit');
		if (r.withdrawal_effective !== null && r.deposit_date === null)
			issue('withdrawal_effective', 'problem.withdrawalNeedsDeposit');
		if (r.withdrawal_effective !== null && r.withdrawal_notified === null)
			issue('withdrawal_notified', 'problem.withdrawalNotification');
		if (r.withdrawal_pending && r.withdrawal_notified === null)
			issue('withdrawal_notified', 'problem.pendingNeedsNotification');
		if (r.withdrawal_pending && r.withdrawal_effective !== null && r.withdrawal_effective <= r.status_as_at)
			issue('withdrawal_pending', 'problem.pendingInEffect');
		for (const c of ['signature_date', 'deposit_date', 'withdrawal_notified', 'withdrawal_effective'] as const) {
			const d = r[c];
			// A pending withdrawal's note names the day it "will take effect": that may lie ahead.
			if (c === 'withdrawal_effective' && r.withdrawal_pending) continue;
			if (d !== null && d > r.status_as_at) issue(c, 'problem.afterStatusDate', { date: r.status_as_at });
			if (d !== null && r.treaty === 'ccm' && d < CCM.openedForSignature) issue(c, 'problem.beforeOpening');
		}
		if (r.withdrawal_notified && r.deposit_date && r.withdrawal_notified < r.deposit_date)
			issue('withdrawal_notified', 'problem.notifiedBeforeDeposit');
	});

export type AccessionRow = z.infer<typeof accessionRowSchema>;
