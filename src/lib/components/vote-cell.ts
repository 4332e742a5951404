/**
 * A State's vote in a year as a downloaded table writes it: the vote in words in the page's
 * language (the page shows a letter), "(provisional)" after a vote not yet in the final record,
 * empty where no vote is recorded.
 */
import type { VoteCode } from '../domain/unga';
import { t, voteLabel } from '../i18n/current';

export function voteCellText(v: { vote: VoteCode; provisional: boolean } | undefined): string {
	if (!v) return '';
	return `${voteLabel(v.vote)}${v.provisional ? t('punct.aside', { text: t('vote.provisional') }) : ''}`;
}
