/** What a metric command gets: its flags, the data folder's manifest and a connector over it. */
import { NodeConnector } from '../../../src/lib/server/node-connector';
import { checkAsOf } from '../../../src/lib/domain/as-of';
import type { IsoDate } from '../../../src/lib/domain/dates';
import { CCM } from '../../../src/lib/domain/treaties';
import { readManifest as readManifestIn } from '../../../src/lib/server/read-manifest';
import { withEnglishStateNames } from '../../../src/lib/i18n/english-names';
import { resolverFromDb } from '../../../src/lib/reference/from-db';
import { describeResolutionError } from '../../../src/lib/reference/resolver';
import type { Manifest } from '../../../src/lib/schema/manifest';
import type { StateRef } from '../../../src/lib/schema/states';
import { UsageError, UserDataError } from '../cli';

export interface MetricContext {
	flags: Record<string, string | boolean | undefined>;
	manifest: Manifest;
	db: NodeConnector;
}

/** A metric's answer printed as it is (an iCalendar file), not as JSON. */
export class RawText {
	constructor(readonly text: string) {}
}

export interface Metric {
	name: string;
	usage: string;
	run(ctx: MetricContext): Promise<unknown>;
}

export function readManifest(dir: string): Manifest {
	return readManifestIn(
		dir,
		(file) => new UserDataError(`no data in ${dir} (${file} is missing): run \`npm run ingest\` first`)
	);
}

/**
 * A metric about one State: --state (ISO3 or any name or alias) is resolved against the States
 * table of the data before `run` sees it; missing, the usage error `NAME needs --state S ...`.
 */
export function stateMetric(
	name: string,
	usage: string,
	run: (ctx: MetricContext, state: StateRef) => Promise<unknown>
): Metric {
	return {
		name,
		usage,
		async run(ctx) {
			const given = ctx.flags.state;
			if (typeof given !== 'string') throw new UsageError(`${name} needs --state S (ISO3 code or name)`);
			const found = (await resolverFromDb(ctx.db)).resolve(given);
			if (!found.ok) throw new UserDataError(describeResolutionError(given, found));
			return run(ctx, found.state);
		}
	};
}

/** A whole year, or a usage error naming the flag. */
export function yearFlag(value: string | boolean | undefined, flag = '--year'): number {
	if (typeof value !== 'string' || !/^\d{4}$/.test(value)) throw new UsageError(`${flag} needs a year such as 2020`);
	return Number(value);
}

/**
 * --as-of checked against the data (not a date, or before the Convention opened for signature:
 * usage errors). Without the flag: the data's date where the metric has a default (`optional`),
 * else the usage error `${metric} needs --as-of YYYY-MM-DD` (just "needs ..." without a name).
 */
export function asOfFlag(
	{ flags, manifest }: Pick<MetricContext, 'flags' | 'manifest'>,
	opts: { optional?: boolean; metric?: string } = {}
): { asOf: IsoDate; projection: boolean } {
	const v = flags['as-of'];
	if (v === undefined && opts.optional) return { asOf: manifest.data_as_of, projection: false };
	if (typeof v !== 'string') throw new UsageError(`${opts.metric ? `${opts.metric} ` : ''}needs --as-of YYYY-MM-DD`);
	const c = checkAsOf(v, manifest.data_as_of, CCM.openedForSignature);
	if (!c.ok) throw new UsageError(c.message);
	return { asOf: c.asOf, projection: c.projection };
}

/**
 * A metric's answer as the command prints it. The commands speak English, so a State the answer
 * names (an object with its `iso3` and `name`) is named as the English pages name it: "Czechia",
 * not the depositary's "Czech Republic" the data carries. Keys and everything else stay as they are.
 */
export async function runMetric(metric: Metric, ctx: MetricContext): Promise<unknown> {
	const answer = await metric.run(ctx);
	return answer instanceof RawText ? answer : withEnglishStateNames(answer);
}
