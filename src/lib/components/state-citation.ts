/**
 * The sentence "Cite this State" copies: the State, its status on the data's date, and the dates
 * behind it (deposit or signature, entry into force, withdrawal), in the page's language.
 */
import type { Profile } from '../controllers/profile';
import { actionLabel, formatDate, joinList, t } from '../i18n/current';

export function stateCitation(name: string, status: string, f: Profile['facts'], dataAsOf: string): string {
	const deposited = f.deposit_date
		? t('cite.deposited', {
				action: f.action ? actionLabel(f.action).toLowerCase() : '',
				date: formatDate(f.deposit_date)
			})
		: null;
	const details = [
		deposited ?? (f.signature_date ? t('cite.signed', { date: formatDate(f.signature_date) }) : null),
		f.entry_into_force ? t('cite.inForceFrom', { date: formatDate(f.entry_into_force) }) : null,
		f.withdrawal_effective && !f.withdrawal_pending
			? t('cite.withdrawalEffective', { date: formatDate(f.withdrawal_effective) })
			: null
	].filter((d): d is string => d !== null);
	return t('cite.state', {
		name,
		status,
		date: formatDate(dataAsOf),
		details: details.length ? t('punct.aside', { text: joinList(details) }) : '',
		dataDate: formatDate(dataAsOf)
	});
}
