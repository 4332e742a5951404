/**
 * A page's view state, defined once: the parameters its links carry, their defaults, and how older
 * links are migrated. Parsing a link, writing one, and the list of parameters the page knows are
 * all derived from the definition, so they cannot drift apart (OWID Grapher keeps its URL state the
 * same way). An unusable link never breaks a page: it falls back to the default and says why.
 *
 * Parameter names are the state's keys, so a state reads like the link that shares it.
 */
import type { LinkNotice } from '../domain/link-notice';
import { z } from '../schema/z';

/** A parameter the page could not use: its text, why in English, and why as a code a page translates. */
export type ViewStateNotice = LinkNotice;

/** A value well-formed but not usable in this context (a day past the data's reach, a year without votes). */
export type ParamCheck<T, C> = (
	value: T,
	context: C
) => { ok: true; value: T } | { ok: false; notice: Omit<ViewStateNotice, 'value'> };

/** Rewrites a link of one version into the next (renamed parameters, changed meanings). */
export type Migration = (params: URLSearchParams) => URLSearchParams;

export interface ViewStateSpec<S extends Record<string, string | number>, C> {
	/** The page's route, as `pageRoute` gives it: `/universalization`. */
	route: string;
	/** Each parameter's zod type, from the text in the link (coercing where the state is a number). */
	schema: { [K in keyof S]: z.ZodType<NoInfer<S[K]>, unknown> };
	/** The state when the link says nothing; also what is left out of links, so plain links stay plain. */
	defaults: (context: C) => S;
	checks?: { [K in keyof S]?: ParamCheck<NoInfer<S[K]>, NoInfer<C>> };
	/**
	 * migrations[i] turns a link written at version i + 1 into version i + 2; the current version is
	 * one more than their number. A link without `v` is read as version 1, as today's site wrote it.
	 */
	migrations?: readonly Migration[];
}

export interface ViewState<S extends Record<string, string | number>, C> {
	route: string;
	version: number;
	/** Every parameter the page reads, `v` included. */
	params: readonly string[];
	defaults: (context: C) => S;
	/** The state a link names, or the default with the reason the link's value was not used. */
	parse(search: URLSearchParams, context: C): { state: S; notice: ViewStateNotice | null };
	/** The query string for a state (`?as_of=…&v=1`), empty when the state is the default. */
	search(state: S, context: C): string;
}

export function defineViewState<S extends Record<string, string | number>, C>(
	spec: ViewStateSpec<S, C>
): ViewState<S, C> {
	const keys = Object.keys(spec.schema) as (keyof S & string)[];
	const migrations = spec.migrations ?? [];
	const version = migrations.length + 1;
	const shape = Object.fromEntries([
		['v', z.coerce.number().int().positive().optional()],
		...keys.map((k) => [k, (spec.schema[k] as z.ZodType).optional()])
	]);
	const schema = z.object(shape);

	function migrate(search: URLSearchParams): URLSearchParams {
		let params = new URLSearchParams(search);
		const from = Number(params.get('v') ?? 1);
		// A version this site never wrote (v=99, v=abc) is read as it stands: the schema says what it can.
		if (!Number.isInteger(from) || from < 1) return params;
		for (let v = from; v < version; v++) params = migrations[v - 1]!(params);
		return params;
	}

	function parse(search: URLSearchParams, context: C) {
		const state = spec.defaults(context);
		// An empty parameter (`as_of=`) means "not given", as a form submitted empty does.
		const given = Object.fromEntries([...migrate(search)].filter(([, value]) => value !== ''));
		const parsed = schema.safeParse(given);
		if (!parsed.success) {
			const notice: ViewStateNotice = { value: search.toString(), reason: 'unreadable parameters', code: 'unreadable' };
			return { state, notice };
		}
		let notice: ViewStateNotice | null = null;
		for (const k of keys) {
			const value = parsed.data[k] as S[typeof k] | undefined;
			if (value === undefined) continue;
			const check = spec.checks?.[k]?.(value, context) ?? { ok: true as const, value };
			if (check.ok) state[k] = check.value;
			else notice ??= { ...check.notice, value: `${k}=${given[k]}` };
		}
		return { state, notice };
	}

	function search(state: S, context: C): string {
		const defaults = spec.defaults(context);
		const params = new URLSearchParams();
		for (const k of keys) if (state[k] !== defaults[k]) params.set(k, String(state[k]));
		if (params.size === 0) return '';
		params.set('v', String(version));
		return `?${params}`;
	}

	return { route: spec.route, version, params: ['v', ...keys], defaults: spec.defaults, parse, search };
}
