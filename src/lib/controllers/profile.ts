/**
 * Headless controller of /states/<iso3>: everything about one State, and the one-sentence
 * "prospect" summary of a State not party, generated from the data (never written per State).
 */
import type { Connector } from '../db/connector';
import type { IsoDate } from '../domain/dates';
import type { VoteCode } from '../domain/unga';
import { CCM } from '../domain/treaties';
import { formatDate } from '../i18n/format';
import { labelsWith } from '../i18n/labels';
import { translator } from '../i18n/messages';
import { recordsOfState } from '../queries/article7';
import { contributionsOfState, groupVotes, statusOnDay } from '../queries/profile';
import { runQuery } from '../queries/query';
import { sponsors, votesOfState } from '../queries/unga';
import { stateFacts } from '../queries/universalization';
import { initialReports, loadTransparency, statusesOn, type TransparencyData } from './transparency';

export async function loadProfile(db: Connector, iso3: string, dataAsOf: IsoDate, transparency?: TransparencyData) {
	const [facts] = await runQuery(db, stateFacts, { treaty: CCM.id, iso3 });
	if (!facts) throw new Error(`no State ${iso3}`);
	const [status] = await runQuery(db, statusOnDay, { treaty: CCM.id, iso3, asOf: dataAsOf });
	const votes = await runQuery(db, votesOfState, { topic: 'ccm', iso3 });
	const group = facts.region ? await runQuery(db, groupVotes, { topic: 'ccm', region: facts.region }) : [];
	const records = await runQuery(db, recordsOfState, { iso3 });
	// A build renders 197 profiles: the caller may load the reporting data once for all of them.
	const reports = statusesOn(transparency ?? (await loadTransparency(db)), dataAsOf, dataAsOf).filter(
		(r) => r.iso3 === iso3
	);
	const contributions = await runQuery(db, contributionsOfState, { iso3 });
	// The years it was a main sponsor of the General Assembly resolution (recorded for 2024 and 2025).
	const sponsored = [
		...new Set((await runQuery(db, sponsors, undefined)).filter((s) => s.iso3 === iso3).map((s) => s.year))
	];
	return {
		facts,
		status: status ?? { status: 'not_party' as const, in_force: false },
		votes,
		group,
		records,
		initial: initialReports(reports)[0] ?? null,
		annual: reports.filter((r) => r.report_type === 'annual'),
		contributions,
		sponsored
	};
}

export type Profile = Awaited<ReturnType<typeof loadProfile>>;

/** Consecutive years with the same vote: [{vote:'Y', from:2015, to:2022}, ...]. */
export function voteRuns(votes: readonly { year: number; vote: VoteCode }[]) {
	const runs: { vote: VoteCode; from: number; to: number }[] = [];
	for (const v of [...votes].sort((a, b) => a.year - b.year)) {
		const last = runs.at(-1);
		if (last && last.vote === v.vote && last.to === v.year - 1) last.to = v.year;
		else runs.push({ vote: v.vote, from: v.year, to: v.year });
	}
	return runs;
}

/** "Voted Yes every year 2015-2022; signatory since 3 Dec 2008." — from the data, in the UI language. */
export function prospectSentence(
	p: Pick<Profile, 'facts' | 'status' | 'votes'>,
	locale = 'en',
	intl = 'en-GB'
): string | null {
	if (p.status.status === 'party') return null;
	const t = translator(locale);
	const { voteVerb } = labelsWith(t);
	const plenary = p.votes.filter((v) => v.body === 'plenary' && v.part === 'whole');
	const parts: string[] = [];
	const runs = voteRuns(plenary);
	const span = (r: { from: number; to: number }) => (r.from === r.to ? String(r.from) : `${r.from}–${r.to}`);
	if (runs.length === 1 && plenary.length > 1)
		parts.push(t('profile.sentence.every', { vote: voteVerb(runs[0]!.vote), years: span(runs[0]!) }));
	else if (runs.length > 0)
		parts.push(
			runs.map((r) => t('profile.sentence.run', { vote: voteVerb(r.vote), years: span(r) })).join(t('punct.list'))
		);
	const provisional = plenary.filter((v) => v.provisional).map((v) => v.year);
	if (provisional.length)
		parts[parts.length - 1] += t('punct.aside', {
			text: t('profile.sentence.provisional', { years: provisional.join(t('punct.list')) })
		});
	if (p.status.status === 'signatory' && p.facts.signature_date)
		parts.push(t('profile.sentence.signatory', { date: formatDate(p.facts.signature_date, intl) }));
	if (p.status.status === 'withdrawn' && p.facts.withdrawal_effective)
		parts.push(t('profile.sentence.withdrawn', { date: formatDate(p.facts.withdrawal_effective, intl) }));
	if (parts.length === 0) return t('profile.sentence.none');
	const s = parts.join(t('punct.clauses'));
	return `${s.charAt(0).toUpperCase()}${s.slice(1)}${t('punct.end')}`;
}

/**
 * The State's regional group's plenary votes per year (Yes, No, Abstain, non-voting), each with
 * this State's own vote that year, for the chart beside its votes.
 */
export function groupVoteRows(p: Profile) {
	const plenary = p.votes.filter((v) => v.body === 'plenary' && v.part === 'whole');
	const years = [...new Set(p.votes.map((v) => v.year))].sort();
	return years
		.filter((y) => p.group.some((g) => g.year === y))
		.map((y) => {
			const n = (v: string) => p.group.find((g) => g.year === y && g.vote === v)?.states ?? 0;
			const own = plenary.find((v) => v.year === y);
			return {
				year: y,
				yes: n('Y'),
				no: n('N'),
				abstain: n('A'),
				non_voting: n('X'),
				provisional: own?.provisional ?? false,
				own: own?.vote ?? null
			};
		});
}
