/**
 * The words for the domain's values: a status, a regional group, a vote, an action, a treaty.
 * Each key is a template-literal type over a domain union (`status.${Status}`), checked against
 * the English catalog's keys, which every other catalog must have: a value added to a union in
 * src/lib/domain fails `npm run check` here until the catalogs have its label, instead of a page
 * showing "status.new_value". No key is ever cast to `MessageKey`.
 *
 * `labelsWith(tr)` binds them to a translator: i18n/current.ts binds them to the page's language,
 * controllers and commands to `translator(locale)`.
 */
import type { Action, Status } from '../domain/accession';
import type { ImplEvent, NationalStatus, ObligationStatus } from '../domain/implementation';
import type { Dataset, DatasetDateBasis } from '../domain/datasets';
import type { FactFund, FactMetric } from '../domain/money';
import type { RegionalGroup } from '../domain/regions';
import type { DateKind, ReportStatus } from '../domain/reporting';
import { TREATIES, type Treaty } from '../domain/treaties';
import type { Convention } from '../domain/reporting-calendar';
import type { RateReason } from '../domain/rate-comparability';
import type { VoteCode } from '../domain/unga';
import type { LinkProblemCode } from '../domain/link-notice';
import type { MessageKey } from './catalogs/en';

/** Fails to compile when one of K's keys is missing from the catalogs. */
type Checked<K extends MessageKey> = K;

export type StatusKey = Checked<`status.${Status}`>;
export type RegionKey = Checked<`region.${RegionalGroup | 'none'}`>;
export type VoteKey = Checked<`vote.${VoteCode}`>;
export type VoteVerbKey = Checked<`profile.verb.${VoteCode}`>;
export type ActionKey = Checked<`action.${Action}`>;
export type TreatyKey = Checked<`cmp.treaty.${Treaty}`>;
export type TreatyAbbrKey = Checked<`cmp.abbr.${Treaty}`>;
export type ReportStatusKey = Checked<`report.${ReportStatus}`>;
export type DateKindKey = Checked<`record.dateKind.${DateKind}`>;
export type FactFundKey = Checked<`tf.fund.${FactFund}`>;
export type FactMetricKey = Checked<`tf.metric.${FactMetric}`>;
export type LinkProblemKey = Checked<`viewState.reason.${LinkProblemCode}`>;
export type ObligationStatusKey = Checked<`impl.status.${ObligationStatus}`>;
export type NationalStatusKey = Checked<`impl.national.${NationalStatus}`>;
export type ImplEventKey = Checked<`impl.event.${ImplEvent}`>;
export type DatasetKey = Checked<`dataset.${Dataset}`>;
export type DatasetBasisKey = Checked<`dataset.basis.${DatasetDateBasis}`>;
/** Instruments of the reporting rules whose membership the dashboard does not hold (named, never computed). */
export type ConventionKey = Checked<`convention.${Exclude<Convention, Treaty>}`>;
export type RateReasonKey = Checked<`rates.reason.${RateReason}`>;
const isTreaty = (c: Convention): c is Convention & Treaty => (TREATIES as readonly string[]).includes(c);

/** Marks in the reporting grid that read the same in every language; the other statuses show initials. */
const GRID_SYMBOLS = { on_time: '✓', unknown: '?', not_yet_due: '·' } as const satisfies Partial<
	Record<ReportStatus, string>
>;
type GridLetterStatus = Exclude<ReportStatus, keyof typeof GRID_SYMBOLS>;
export type GridLetterKey = Checked<`grid.code.${GridLetterStatus}`>;
const hasSymbol = (s: ReportStatus): s is keyof typeof GRID_SYMBOLS => Object.hasOwn(GRID_SYMBOLS, s);

export const statusKey = (s: Status): StatusKey => `status.${s}`;
/** A State outside the regional groups (region null, or 'none' as a group key) is "no regional group". */
export const regionKey = (r: RegionalGroup | 'none' | null): RegionKey => `region.${r ?? 'none'}`;
export const voteKey = (v: VoteCode): VoteKey => `vote.${v}`;
export const voteVerbKey = (v: VoteCode): VoteVerbKey => `profile.verb.${v}`;
export const actionKey = (a: Action): ActionKey => `action.${a}`;
export const treatyKey = (id: Treaty): TreatyKey => `cmp.treaty.${id}`;
export const treatyAbbrKey = (id: Treaty): TreatyAbbrKey => `cmp.abbr.${id}`;
export const reportStatusKey = (s: ReportStatus): ReportStatusKey => `report.${s}`;
export const dateKindKey = (k: DateKind): DateKindKey => `record.dateKind.${k}`;
export const factFundKey = (f: FactFund): FactFundKey => `tf.fund.${f}`;
export const factMetricKey = (m: FactMetric): FactMetricKey => `tf.metric.${m}`;
export const linkProblemKey = (c: LinkProblemCode): LinkProblemKey => `viewState.reason.${c}`;
export const obligationStatusKey = (s: ObligationStatus): ObligationStatusKey => `impl.status.${s}`;
export const nationalStatusKey = (s: NationalStatus): NationalStatusKey => `impl.national.${s}`;
export const implEventKey = (e: ImplEvent): ImplEventKey => `impl.event.${e}`;
export const datasetKey = (d: Dataset): DatasetKey => `dataset.${d}`;
export const datasetBasisKey = (b: DatasetDateBasis): DatasetBasisKey => `dataset.basis.${b}`;
export const rateReasonKey = (r: RateReason): RateReasonKey => `rates.reason.${r}`;

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The labels in one language. */
export function labelsWith(tr: Translate) {
	return {
		/**
		 * A status; with `inForce` given, a State Party says whether the Convention is in force for it
		 * ("State Party (in force)"). The one place that phrase is composed.
		 */
		statusLabel(status: Status, inForce?: boolean): string {
			const base = tr(statusKey(status));
			if (status !== 'party' || inForce === undefined) return base;
			return `${base}${tr('punct.aside', { text: tr(inForce ? 'status.inForce' : 'status.notYetInForce') })}`;
		},
		regionLabel: (region: RegionalGroup | 'none' | null): string => tr(regionKey(region)),
		voteLabel: (vote: VoteCode): string => tr(voteKey(vote)),
		/** The vote as a verb in a sentence ("voted Yes"). */
		voteVerb: (vote: VoteCode): string => tr(voteVerbKey(vote)),
		actionLabel: (action: Action): string => tr(actionKey(action)),
		treatyLabel: (id: Treaty): string => tr(treatyKey(id)),
		treatyAbbr: (id: Treaty): string => tr(treatyAbbrKey(id)),
		/** A convention of the reporting rules: a treaty's name, or an instrument's the data holds no membership for. */
		conventionLabel(c: Convention): string {
			if (isTreaty(c)) return tr(treatyKey(c));
			const key: ConventionKey = `convention.${c}`;
			return tr(key);
		},
		/** The short form where there is one (a treaty's abbreviation). */
		conventionAbbr(c: Convention): string {
			if (isTreaty(c)) return tr(treatyAbbrKey(c));
			const key: ConventionKey = `convention.${c}`;
			return tr(key);
		},
		rateReasonLabel: (r: RateReason): string => tr(rateReasonKey(r)),
		reportStatusLabel: (status: ReportStatus): string => tr(reportStatusKey(status)),
		dateKindLabel: (kind: DateKind): string => tr(dateKindKey(kind)),
		factFundLabel: (fund: FactFund): string => tr(factFundKey(fund)),
		factMetricLabel: (metric: FactMetric): string => tr(factMetricKey(metric)),
		/** A report's mark in the grid: a symbol, or the status's initial in the language; empty for no report owed. */
		reportGridMark(status: ReportStatus | null): string {
			if (status === null) return '';
			if (hasSymbol(status)) return GRID_SYMBOLS[status];
			const key: GridLetterKey = `grid.code.${status}`;
			return tr(key);
		},
		linkProblemLabel: (code: LinkProblemCode, params: Record<string, string | number> = {}): string =>
			tr(linkProblemKey(code), params),
		/** An Article 3 or 4 obligation's status on a day (completed, in progress, extension requested, past deadline). */
		obligationStatusLabel: (status: ObligationStatus): string => tr(obligationStatusKey(status)),
		/** An Article 9 status as the Monitor classifies national implementation measures. */
		nationalStatusLabel: (status: NationalStatus): string => tr(nationalStatusKey(status)),
		/** What one row of the implementation record says happened (an obligation, an extension, a completion...). */
		implEventLabel: (event: ImplEvent): string => tr(implEventKey(event)),
		/** A dataset's name ("General Assembly votes") and how its date was found ("latest vote"). */
		datasetLabel: (d: Dataset): string => tr(datasetKey(d)),
		datasetBasisLabel: (b: DatasetDateBasis): string => tr(datasetBasisKey(b))
	};
}

export type Labels = ReturnType<typeof labelsWith>;
