/**
 * The page's language, read from the URL (`/fr/...`; English unprefixed), and the message and
 * formatting functions bound to it. Components import `t`, `formatDate` and `formatNumber` from
 * here, so a string or a number can only be shown in the language of the page it is on. Reading
 * `page` inside these functions keeps templates reactive to a language switch.
 */
import { page } from '$app/state';
import { base } from '$app/paths';
import {
	compareNames as compareNamesIn,
	formatDate as formatDateIn,
	formatNumber as formatNumberIn,
	formatPercent as formatPercentIn,
	formatSigned as formatSignedIn,
	formatPartialDate as formatPartialDateIn,
	formatMonthShort as formatMonthShortIn
} from './format';
import { defaultLocale, isLocale, localeInfo, type Locale } from './locales';
import { translator, type MessageKey } from './messages';
import { labelsWith } from './labels';
import { STATE_NAMES } from './state-names';
import { englishStateName } from './english-names';
import type { NameOrder } from './name-order';
import type { LinkNotice } from '../domain/link-notice';

export function currentLocale(): Locale {
	const lang = page.params?.lang;
	return lang && isLocale(lang) ? lang : defaultLocale;
}

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
	return translator(currentLocale())(key, params);
}

export function formatDate(iso: string | null | undefined): string {
	return formatDateIn(iso, localeInfo(currentLocale()).intl);
}

/** A record's date, which may be a year or a month only. */
export function formatPartialDate(text: string | null | undefined): string {
	return formatPartialDateIn(text, localeInfo(currentLocale()).intl);
}

/** A month's short name ("Apr"), for a chart's axis. */
export function formatMonthShort(month: string): string {
	return formatMonthShortIn(month, localeInfo(currentLocale()).intl);
}

/** Orders State names (already in the page's language) the way its readers sort them. */
export function compareNames(a: string, b: string): number {
	return compareNamesIn(a, b, localeInfo(currentLocale()).intl);
}

/** Phrases joined as a list in the page's language ("a, b" ; "a、b" ; "a، b"). */
export function joinList(parts: readonly string[]): string {
	return parts.join(t('punct.list'));
}

/** A vote's letter in a table cell; X (non-voting) is a mark, the same in every language. */
export function voteLetter(vote: 'Y' | 'N' | 'A' | 'X'): string {
	return vote === 'X' ? 'X' : t(`vote.letter.${vote}`);
}

export function formatNumber(n: number | null | undefined): string {
	return formatNumberIn(n, localeInfo(currentLocale()).intl);
}

/**
 * A code or name in another script kept whole inside a right-to-left sentence ("2RC (part 1)" in
 * Arabic), by first-strong isolates; as it is in a left-to-right language.
 */
export function isolate(text: string): string {
	return localeInfo(currentLocale()).dir === 'rtl' ? `\u2068${text}\u2069` : text;
}

export function formatSigned(n: number): string {
	return formatSignedIn(n, localeInfo(currentLocale()).intl);
}

export function formatPercent(share: number): string {
	return formatPercentIn(share, localeInfo(currentLocale()).intl);
}

/** A site path in a language: `/universalization` -> `/fr/universalization` (base path included). */
export function pathIn(locale: Locale, path: string): string {
	const prefix = locale === defaultLocale ? '' : `/${locale}`;
	const joined = `${prefix}${path === '/' ? '' : path}` || '/';
	return `${base}${joined}`;
}

/** A site path in the page's own language. */
export function localPath(path: string): string {
	return pathIn(currentLocale(), path);
}

/**
 * The page's path without base or language, from its route: `/(site)/[[lang=lang]]/states/[iso3]`
 * with iso3 "fra" -> `/states/fra`; the not-found page's `[...missing]` with "a/b" -> `/a/b`. The
 * route, not the URL, so the language prefix is never mistaken for part of the path.
 */
export function routePath(routeId: string | null, params: Partial<Record<string, string>>): string {
	const path = (routeId ?? '/')
		.replace(/\/\([^)]*\)/g, '')
		.replace('/[[lang=lang]]', '')
		.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, key: string) => params[key] ?? '')
		.replace(/\/+$/, '');
	return path || '/';
}

/**
 * A State's name in the page's language; English keeps the reference's (UN Treaty Collection)
 * name but for the short names the UN has since changed (english-names.ts).
 */
export function stateName(iso3: string, english: string): string {
	const locale = currentLocale();
	if (locale === 'en') return englishStateName(iso3, english);
	return STATE_NAMES[iso3]?.[locale] ?? english;
}

/** State names and their order in the page's language, for the controllers that sort tables. */
export function nameOrder(): NameOrder {
	return { name: stateName, compare: compareNames };
}

/**
 * Why the in-browser engine failed, for the notices that quote it: no WebAssembly is said in the
 * page's language; any other error is quoted as thrown. Takes the engine's state (db/engine.svelte.ts).
 */
export function engineError(engine: { failure: 'data' | 'wasm' | 'other' | null; error: string | null }): string {
	return engine.failure === 'wasm' ? t('fault.noWasm') : (engine.error ?? '');
}

/** Why a link's parameter was not used, in the page's language. */
export function noticeReason(n: LinkNotice): string {
	return linkProblemLabel(n.code, { date: formatDate(n.opened), latest: formatDate(n.latest) });
}

/**
 * The domain's values in the page's language (./labels.ts): `statusLabel('party', true)` is
 * "State Party (in force)" on /en/, "État partie (en vigueur)" on /fr/. Each reads the page's
 * language when called, like `t`.
 */
export const {
	statusLabel,
	regionLabel,
	voteLabel,
	voteVerb,
	actionLabel,
	treatyLabel,
	treatyAbbr,
	conventionLabel,
	conventionAbbr,
	rateReasonLabel,
	reportStatusLabel,
	dateKindLabel,
	factFundLabel,
	factMetricLabel,
	reportGridMark,
	linkProblemLabel,
	obligationStatusLabel,
	nationalStatusLabel,
	implEventLabel,
	datasetLabel,
	datasetBasisLabel
} = labelsWith(t);
