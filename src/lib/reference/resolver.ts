/**
 * Turns a State name as some source wrote it into one row of the States reference, or says
 * plainly why it cannot: every join in the dashboard goes through ISO3 codes, never names,
 * and a guessed match would silently put one State's record on another.
 */
import type { Reason } from '../domain/problems';
import { english } from '../i18n/reason-text';
import type { StateRef } from '../schema/states';
import { normalizeStateName } from './normalize';

export type Resolution =
	{ ok: true; state: StateRef } | { ok: false; reason: 'unknown' | 'ambiguous'; candidates: StateRef[] };

export interface ResolveOptions {
	/**
	 * The name comes from a UN record (UN Treaty Collection, UN Digital Library, UN member lists).
	 * There the Republic of the Congo is written plain "Congo", so a State's UN name wins over the
	 * ambiguity of a bare short name. Leave it off for news, Monitor profiles, spreadsheets.
	 */
	unNaming?: boolean;
}

export interface Resolver {
	resolve(name: string, options?: ResolveOptions): Resolution;
	byIso3(iso3: string): StateRef | undefined;
}

export class ResolverError extends Error {}

/**
 * Short names that everyday usage gives to more than one State. They resolve to "ambiguous"
 * (with these candidates) and may never be listed as an alias.
 */
const AMBIGUOUS_NAMES: ReadonlyMap<string, readonly string[]> = new Map([
	['congo', ['COG', 'COD']],
	['korea', ['KOR', 'PRK']]
]);

export function createResolver(states: readonly StateRef[]): Resolver {
	const byIso3 = new Map<string, StateRef>();
	const byKey = new Map<string, { state: StateRef; as: string }>();
	const byUnName = new Map<string, StateRef>();

	const add = (key: string, state: StateRef, as: string) => {
		if (key === '') throw new ResolverError(`${state.iso3}: ${as} is empty once normalised`);
		const seen = byKey.get(key);
		if (seen && seen.state.iso3 !== state.iso3) {
			throw new ResolverError(
				`${as} of ${state.iso3} and ${seen.as} of ${seen.state.iso3} are the same name once normalised ("${key}")`
			);
		}
		if (!seen) byKey.set(key, { state, as });
	};

	for (const state of states) {
		if (byIso3.has(state.iso3)) throw new ResolverError(`ISO3 code ${state.iso3} is listed twice`);
		byIso3.set(state.iso3, state);
	}
	for (const state of states) {
		add(state.iso3.toLowerCase(), state, `ISO3 code ${state.iso3}`);
		const nameKey = normalizeStateName(state.name);
		byUnName.set(nameKey, state);
		// The UN name "Congo" is looked up only with unNaming (see ResolveOptions).
		if (!AMBIGUOUS_NAMES.has(nameKey)) add(nameKey, state, `name "${state.name}"`);
		for (const alias of state.aliases) {
			const key = normalizeStateName(alias);
			if (AMBIGUOUS_NAMES.has(key)) {
				throw new ResolverError(`alias "${alias}" of ${state.iso3} is ambiguous: it names more than one State`);
			}
			add(key, state, `alias "${alias}"`);
		}
	}

	return {
		byIso3: (iso3) => byIso3.get(iso3.toUpperCase()),
		resolve(name, options = {}) {
			const key = normalizeStateName(name);
			if (options.unNaming) {
				const state = byUnName.get(key);
				if (state) return { ok: true, state };
			}
			const ambiguous = AMBIGUOUS_NAMES.get(key);
			if (ambiguous) {
				const candidates = ambiguous.flatMap((iso3) => byIso3.get(iso3) ?? []);
				return { ok: false, reason: 'ambiguous', candidates };
			}
			const hit = byKey.get(key);
			return hit ? { ok: true, state: hit.state } : { ok: false, reason: 'unknown', candidates: [] };
		}
	};
}

export interface Where {
	file: string;
	line?: number;
	column?: string;
}

/** The one-line message a user sees when a name in their file does not resolve. */
export function describeResolutionError(name: string, resolution: Resolution, where?: Where): string {
	const place = where
		? [
				where.file,
				where.line === undefined ? '' : ` line ${where.line}`,
				where.column ? `, column ${where.column}` : ''
			]
				.join('')
				.concat(': ')
		: '';
	if (resolution.ok) return `${place}"${name}" is ${resolution.state.name} (${resolution.state.iso3})`;
	return place + english(resolutionReason(name, resolution));
}

/** Why a name does not resolve, as a message key (../schema/reason.ts), for problem lists in any language. */
export function resolutionReason(name: string, resolution: Extract<Resolution, { ok: false }>): Reason {
	if (resolution.reason === 'unknown') return { key: 'problem.unknownState', params: { name } };
	const candidates = resolution.candidates.map((s) => `${s.name} (${s.iso3})`).join(', ');
	return { key: 'problem.ambiguousState', params: { name, candidates } };
}
