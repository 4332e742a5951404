/**
 * Every string the interface shows, by key. English is the reference; the other UN languages
 * join here (issue #10) with the same keys. Placeholders are written {name}.
 */
import { ar } from './catalogs/ar';
import { es } from './catalogs/es';
import { fr } from './catalogs/fr';
import { ru } from './catalogs/ru';
import { zh } from './catalogs/zh';

export const en = {
	'site.title': 'CCM dashboard',
	'site.subtitle': 'Convention on Cluster Munitions: status, reporting and support',
	'site.skip': 'Skip to content',
	'nav.label': 'Main',
	'nav.overview': 'Overview',
	'nav.universalization': 'Universalization',
	'nav.unga': 'UN General Assembly votes',
	'nav.transparency': 'Transparency reports',
	'nav.trustFund': 'Trust Fund',
	'footer.data': 'Data as of {date}. Status of the Convention: UN Treaty Collection (depositary), chapter XXVI-6.',
	'footer.noNetwork': 'Everything on this site is served by the site itself.',

	'asOf.label': 'As of',
	'asOf.slider': 'As of, day by day',
	'asOf.help': 'Choose a day between {from} and {to}; later days are projections.',
	'asOf.reset': 'Back to the data date',
	'asOf.projection':
		'Projection: {date} is after the data date ({dataDate}). Only facts already known on {dataDate} are counted, such as entry into force following an earlier deposit.',
	'asOf.figuresAsOf': 'Figures as of {date}',
	'asOf.invalid': 'The link asked for as_of={value}, which is not usable ({reason}); showing {date} instead.',

	'engine.loading': 'Interactive figures are starting; the figures shown are as of {date}.',
	'engine.failed': 'Interactive figures are unavailable ({error}). The figures shown remain correct as of {date}.',

	'headline.label': 'Headline figures',
	'headline.statesParties': 'States Parties',
	'headline.statesPartiesNote': 'counted from the day of deposit, less withdrawals in effect',
	'headline.inForce': 'States for which the Convention is in force',
	'headline.inForceNote': 'Article 17: first day of the sixth month after the month of deposit',
	'headline.signatories': 'Signatories that have not ratified',
	'headline.withdrawn': 'Withdrawn',
	'headline.more': 'See universalization in detail',

	'status.party': 'State Party',
	'status.signatory': 'Signatory',
	'status.not_party': 'Not party',
	'status.withdrawn': 'Withdrawn',
	'status.inForce': 'in force',
	'status.notYetInForce': 'not yet in force',
	'status.noStatus': 'Territory not counted as a State here',

	'action.ratification': 'Ratification',
	'action.accession': 'Accession',
	'action.acceptance': 'Acceptance',
	'action.approval': 'Approval',
	'action.succession': 'Succession',
	'action.consent_to_be_bound': 'Consent to be bound',
	'action.definitive_signature': 'Definitive signature',

	'region.AG': 'African Group',
	'region.APG': 'Asia-Pacific Group',
	'region.EEG': 'Eastern European Group',
	'region.GRULAC': 'Latin American and Caribbean Group',
	'region.WEOG': 'Western European and Others Group',
	'region.none': 'No regional group',

	'chart.tableView': 'Table view',
	'chart.source': 'Source: {source}',
	'chart.sourceUntc': 'UN Treaty Collection, status of the Convention on Cluster Munitions (XXVI-6), as at {date}',

	'timeline.title': 'States Parties over time',
	'timeline.desc':
		'Step chart from {from} to {to}. States Parties are counted from the day of deposit, less withdrawals in effect; the second line counts States for which the Convention is in force. On {to}: {parties} States Parties, {inForce} in force.',
	'timeline.day': 'Day',
	'timeline.parties': 'States Parties',
	'timeline.inForce': 'In force',
	'timeline.asOfMarker': 'as of',
	'timeline.withdrawalNote': '{state} withdrew: effective {date}',

	'joins.title': 'States joining per year',
	'joins.desc': 'Instruments deposited each year from {from} to {to}, by kind of instrument; {total} in all.',
	'joins.year': 'Year',
	'joins.action': 'Instrument',
	'joins.states': 'States',

	'map.title': 'Status of each State',
	'map.desc':
		'World map coloured by status as of {date}: {parties} States Parties, {signatories} signatories, {withdrawn} withdrawn, {notParty} not party. States too small for the map are drawn as circles.',
	'map.disclaimer':
		'The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.',
	'map.state': 'State',
	'map.status': 'Status',
	'map.legend': 'Legend',

	'signatories.title': 'Signatories that have not ratified',
	'signatories.desc': '{count} States signed the Convention and have not deposited an instrument as of {date}.',
	'signatories.state': 'State',
	'signatories.signed': 'Signed',
	'signatories.waiting': 'Years since signature',
	'signatories.region': 'Regional group',

	'regions.title': 'Status by UN regional group',
	'regions.desc':
		'States by UN regional group and status as of {date}. Cook Islands, Niue, the Holy See and the State of Palestine belong to no regional group.',
	'regions.region': 'Regional group',
	'regions.parties': 'States Parties',
	'regions.signatories': 'Signatories',
	'regions.notParty': 'Not party',
	'regions.withdrawn': 'Withdrawn',
	'regions.states': 'States',
	'regions.share': 'Share party',

	'overview.title': 'Overview',
	'overview.intro':
		'The Convention on Cluster Munitions was opened for signature on {opened} and entered into force on {entryIntoForce}.',
	'universalization.title': 'Universalization',
	'universalization.intro':
		'Who has joined the Convention, when, and who has signed without ratifying. Status from the depositary, the UN Secretary-General.',

	'unga.title': 'UN General Assembly votes',
	'unga.intro':
		'Each year since 2015 the General Assembly adopts the resolution "Implementation of the Convention on Cluster Munitions". A State not party that votes Yes is a universalization prospect.',
	'unga.sourceVotes':
		'UN Digital Library voting records 2015-2021; 2022 provisional (Voeten UNGA voting data, roll call 9330); published tallies as listed per vote',
	'vote.Y': 'Yes',
	'vote.N': 'No',
	'vote.A': 'Abstain',
	'vote.X': 'Non-voting',
	'vote.notMember': 'Not a voting member',
	'vote.none': 'No vote in the data',
	'vote.provisional': 'provisional',
	'body.plenary': 'Plenary',
	'body.first_committee': 'First Committee',
	'part.whole': 'whole text',
	'part.pp14': 'separate vote on PP14',
	'cell.no_tally': 'Vote held; tally not in the data',
	'cell.not_in_data': 'Not in the data',
	'cell.no_separate_vote': 'No separate paragraph vote',
	'cell.no_vote_held': 'No vote held',
	'cell.published': 'published tally',
	'cell.publishedShort': 'published',
	'cell.counted': 'counted from per-State votes',
	'tallies.title': 'Plenary votes on the resolution, per year',
	'tallies.desc':
		'Yes, No, Abstain and non-voting in the plenary vote on the whole text, {from}-{to}. Years whose tally is not in the data are marked as such; {provisional} is provisional; where only the published tally is known, non-voting is not known and left as an outline.',
	'tallies.gridTitle': 'Every recorded vote: plenary and First Committee, whole text and separate paragraph votes',
	'tallies.year': 'Year',
	'tallies.resolution': 'Resolution',
	'tallies.publishedNote': 'published; non-voting not known',
	'matrix.title': 'How each State voted',
	'matrix.desc':
		'Plenary votes on the whole text, {from}-{to}, one row per State. Y yes, N no, A abstain, X non-voting; an empty cell means no vote in the data. The Holy See, the State of Palestine, Cook Islands and Niue are not voting members of the General Assembly.',
	'matrix.search': 'Filter the table by State',
	'matrix.groupBy': 'Group by',
	'matrix.group.none': 'No grouping',
	'matrix.group.region': 'UN regional group',
	'matrix.group.status': 'CCM status at the time of the vote',
	'matrix.sortBy': 'Sort by',
	'matrix.sort.name': 'Name',
	'matrix.sort.yes': 'Most Yes votes',
	'matrix.sort.region': 'Regional group',
	'matrix.statusYear': 'Status at the {year} vote',
	'matrix.count': '{shown} of {total} States shown',
	'matrix.state': 'State',
	'matrix.group.all': 'All States',
	'status.not_member': 'Not a voting member',
	'prospects.title': 'Universalization prospects in {year}',
	'prospects.desc':
		'States not party on the day of the {year} plenary vote ({date}, deposit rule) that voted Yes: {count} States.',
	'prospects.year': 'Year of the vote',
	'prospects.noVotes':
		'There are no per-State votes for {year} in the data, so prospects cannot be listed for that year.',
	'prospects.history': 'Votes {from}-{to}',
	'prospects.status': 'CCM status then',
	'movers.title': 'Movers in {year}',
	'movers.desc': 'States whose plenary vote changed between {previous} and {year}: {count}.',
	'movers.none': 'No State changed its vote between {previous} and {year}.',
	'movers.noPrevious': 'No per-State votes for {previous} in the data: movers cannot be computed for {year}.',
	'movers.before': 'Vote in {previous}',
	'movers.after': 'Vote in {year}',
	'notice.provisional': 'Per-State votes of {year}: {note}',

	'transparency.title': 'Article 7 transparency reports',
	'transparency.intro':
		'Who owes which transparency report, who is late, and how complete the public record is. A missing record is not a missing report: unless the record is declared complete, a report without a record is "unknown", not "not submitted".',
	'transparency.rules':
		'Initial report: due 180 days after the Convention enters into force for the State. Annual report covering calendar year Y: due 30 April of Y+1 from every State Party whose initial report was due on or before 31 December of Y and which is still a State Party on 30 April of Y+1.',
	'transparency.source':
		'Landmine and Cluster Munition Monitor, clusterconvention.org and CMC/HRW statements, one source per record; due dates from the depositary record',
	'report.not_yet_due': 'Not yet due',
	'report.on_time': 'On time',
	'report.late': 'Late',
	'report.submitted_date_unknown': 'Submitted, date unknown',
	'report.not_submitted': 'Not submitted',
	'report.unknown': 'Unknown',
	'initial.title': 'Initial reports as of {date}',
	'initial.desc':
		'{count} States Parties owe or owed an initial report: {late} late, {unknown} unknown, {onTime} on time, {dateUnknown} submitted with a date that cannot decide, {notDue} not yet due.',
	'initial.state': 'State',
	'initial.due': 'Due',
	'initial.status': 'Status',
	'initial.submitted': 'Submitted',
	'initial.days': 'Days late / past due',
	'initial.records': 'Records',
	'initial.conflict': '{n} records that disagree',
	'annual.title': 'Annual reports per covering year, as of {date}',
	'annual.desc':
		'For each calendar year covered: the share of due reports on time, late, submitted with an undecidable date, declared not submitted, and unknown. Coverage (the share whose status is known) is printed beside each bar: where it is low, the record is partial, not the reporting.',
	'annual.year': 'Covering year',
	'annual.due': 'Due',
	'annual.coverage': 'Coverage',
	'grid.title': 'Annual reports by State and covering year',
	'grid.desc':
		'Status as of {date}, grouped by UN regional group. ✓ on time, L late, S submitted (date undecidable), N not submitted, ? unknown, · not yet due; empty: not owed.',
	'published.title': 'Published reporting figures',
	'published.desc':
		'Figures as published by the ISU, the Monitor, the campaigns and other conventions: quoted, never computed here.',
	'published.date': 'As of',
	'published.convention': 'Convention',
	'published.metric': 'Figure',
	'published.value': 'Value',
	'published.quote': 'Quote and source',
	'published.unknownDate': 'date not given',
	'compare.title': 'Computed from the record, beside what was published',
	'compare.published': 'Published: {value} of {denominator} initial reports due in {year} submitted on time ({date}).',
	'compare.computed': 'From the records here: {due} due in {year}; {list}.',
	'published.sourceLink': 'source',
	'import.title': 'Import the full record (stays in this browser)',
	'import.help':
		'A CSV or XLSX file with the columns state, report_type, covering_year, date, date_kind, source, quote (the format the ISU keeps; one row per record). It is checked row by row, added to the public record on this page, and kept in this browser until you clear it. Nothing is uploaded.',
	'import.choose': 'Import a record file (CSV or XLSX)',
	'import.drop': 'or drop the file here',
	'import.working': 'Reading {file}…',
	'import.errors': '{file} was not imported: {count} problems. Fix them and import again.',
	'import.more': '… and {count} more',
	'import.banner': 'Includes locally imported data: {file} ({rows} records, imported {date}).',
	'import.clear': 'Clear imported data',
	'import.needsEngine': 'Importing needs the interactive engine, which is not available: {error}',
	'tf.title': 'ISU Trust Fund and Sponsorship Programme',
	'tf.intro':
		'The Implementation Support Unit is financed by voluntary contributions to its Trust Fund, against a budget approved each year; the Sponsorship Programme funds delegates’ travel to meetings.',
	'tf.factsTitle': 'What has been published',
	'tf.factsDesc':
		'Facts as published, each with its words and source. Nothing is derived from them: "57 contributing States" may include States not party and is never turned into a share.',
	'tf.fund.isu_trust_fund': 'ISU Trust Fund',
	'tf.fund.sponsorship_programme': 'Sponsorship Programme',
	'tf.metric.contributing_states': 'Contributing States',
	'tf.metric.contributions_vs_approved_budget': 'Contributions against the approved budget',
	'tf.metric.supporting_states': 'States supporting the Programme',
	'tf.metric.sponsored_delegates': 'Sponsored delegates',
	'tf.value.above': 'above the approved budget',
	'tf.value.below': 'below the approved budget (deficit)',
	'tf.noLedger':
		'The per-State ledger of contributions is not public. The ISU loads its own ledger in one of two ways: put contributions.csv and budgets.csv in data/sources/trustfund/ and run npm start (or npm run ingest), or import the files on this page, where they stay in this browser only.',
	'tf.importTitle': 'Import the ledger (stays in this browser)',
	'tf.importHelp':
		'A contributions file (year, state, amount, currency, date_received, fund, source; fund is trust_fund or sponsorship) or a budgets file (year, approved_budget, currency, source_document), as CSV or XLSX. Amounts in the stated currency, e.g. 25000.00; no conversion is made.',
	'tf.yearsTitle': 'Contributions against the approved budget',
	'tf.yearsDesc':
		'Trust Fund contributions per year ({currency}), with the approved budget marked where it is known in the same currency.',
	'tf.year': 'Year',
	'tf.total': 'Contributions',
	'tf.budget': 'Approved budget',
	'tf.result': 'Result',
	'tf.states': 'Contributing States',
	'tf.parties': 'of them States Parties',
	'tf.share': 'Share of all States Parties',
	'tf.byStateTitle': 'Contributions by State',
	'tf.byStateDesc': 'Total Trust Fund contributions per State and currency, with the years contributed.',
	'tf.state': 'State',
	'tf.yearsContributed': 'Years',
	'tf.sortBy': 'Sort by {column}',
	'tf.regionTitle': 'Regional spread',
	'tf.sponsorshipTitle': 'Sponsorship Programme',
	'tf.sponsorshipDesc': 'Contributions to the Sponsorship Programme per year and the States supporting it.',
	'tf.source': 'ISU ledger ({files})',
	'tf.sourceShipped': 'data/sources/trustfund',
	'profile.verb.Y': 'voted Yes',
	'profile.verb.N': 'voted No',
	'profile.verb.A': 'abstained',
	'profile.verb.X': 'did not vote',
	'profile.sentence.every': '{vote} every year {years}',
	'profile.sentence.run': '{vote} in {years}',
	'profile.sentence.provisional': '{years} provisional',
	'profile.sentence.signatory': 'signatory since {date}',
	'profile.sentence.withdrawn': 'withdrew with effect from {date}',
	'profile.sentence.none': 'No vote on the resolution in the data.',
	'profile.title': '{name}',
	'profile.statusLine': 'Status on {date}',
	'profile.signature': 'Signature',
	'profile.deposit': 'Deposit of the instrument',
	'profile.action': 'Instrument',
	'profile.entryIntoForce': 'Entry into force for {name}',
	'profile.withdrawal': 'Withdrawal',
	'profile.withdrawalValue': 'notified {notified}, effective {effective}',
	'profile.withdrawalPending': 'notified {notified}, not in effect (pending)',
	'profile.none': '—',
	'profile.noRegion': 'No regional group',
	'profile.region': 'UN regional group',
	'profile.links': 'Depositary record',
	'profile.untc': 'UN Treaty Collection: status of the Convention',
	'profile.prospect': 'Prospect',
	'profile.votesTitle': 'Votes on the CCM resolution in the General Assembly',
	'profile.votesDesc': 'Plenary votes on the whole text; the group column gives how the {group} voted that year.',
	'profile.notVoting': '{name} is not a voting member of the General Assembly.',
	'profile.groupChartTitle': 'How the {group} voted, with the vote of {name}',
	'profile.groupChartDesc':
		'For each year with per-State plenary votes: the members of the {group} voting Yes, No, Abstain or not voting; each row is labelled with the vote of {name}.',
	'profile.groupColumn': '{group} (Yes–No–Abstain–non-voting)',
	'profile.year': 'Year',
	'profile.vote': 'Vote',
	'profile.reportsTitle': 'Article 7 transparency reports',
	'profile.initialDue': 'Initial report due {due}: {status}',
	'profile.noInitial': 'No initial report is owed ({name} has not deposited an instrument).',
	'profile.annualTitle': 'Annual reports',
	'profile.recordsTitle': 'Every record found, with its source',
	'profile.noRecords': 'No record in the data.',
	'profile.contributionsTitle': 'Trust Fund contributions',
	'profile.noLedger': 'No Trust Fund ledger is loaded (the per-State ledger is not public).',
	'profile.copy': 'Copy citation',
	'profile.copied': 'Copied',
	'search.label': 'Find a State',
	'search.placeholder': 'Name or code',
	'search.none': 'No State matches',
	'search.results': '{count} States match',
	'cite.statesParties':
		'As of {date}, the Convention on Cluster Munitions has {value} States Parties (counted from the day of deposit). Source: UN Treaty Collection, status of the Convention (XXVI-6), as at {dataDate}.',
	'cite.inForce':
		'As of {date}, the Convention on Cluster Munitions is in force for {value} States. Source: UN Treaty Collection, status of the Convention (XXVI-6), as at {dataDate}.',
	'cite.signatories':
		'As of {date}, {value} States have signed the Convention on Cluster Munitions without ratifying it. Source: UN Treaty Collection, status of the Convention (XXVI-6), as at {dataDate}.',
	'cite.withdrawn':
		'As of {date}, {value} State(s) have withdrawn from the Convention on Cluster Munitions. Source: UN Treaty Collection, status of the Convention (XXVI-6), as at {dataDate}.',
	'cite.state':
		'Convention on Cluster Munitions, {name}: {status} as of {date}{details}. Source: UN Treaty Collection, status of the Convention (XXVI-6), as at {dataDate}.',
	'cite.deposited': '{action} deposited {date}',
	'cite.inForceFrom': 'in force {date}',
	'cite.withdrawalEffective': 'withdrawal effective {date}',
	'cite.signed': 'signed {date}',
	'records.conflicts': 'Reports with several records',
	'records.conflictsDesc':
		'The record that counts is the earliest full date of receipt; the others stay listed with their sources.'
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

const catalogs: Record<string, Messages> = { en, fr, es, ar, zh, ru };

export function translator(locale = 'en') {
	const messages = catalogs[locale] ?? en;
	return (key: MessageKey, params: Record<string, string | number> = {}): string =>
		// A key missing at run time shows as itself rather than breaking the page; tests list them.
		(messages[key] ?? key).replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
