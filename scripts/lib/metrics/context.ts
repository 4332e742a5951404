/** What a metric command gets: its flags, the data folder's manifest and a connector over it. */
import fs from 'node:fs';
import path from 'node:path';
import { NodeConnector } from '../../../src/lib/db/node';
import { resolverFromDb } from '../../../src/lib/reference/from-db';
import { describeResolutionError } from '../../../src/lib/reference/resolver';
import { manifestSchema, type Manifest } from '../../../src/lib/schema/manifest';
import type { StateRef } from '../../../src/lib/schema/states';
import { UserDataError } from '../cli';

export interface MetricContext {
	flags: Record<string, string | boolean | undefined>;
	manifest: Manifest;
	db: NodeConnector;
}

export interface Metric {
	name: string;
	usage: string;
	run(ctx: MetricContext): Promise<unknown>;
}

export function readManifest(dir: string): Manifest {
	const file = path.join(dir, 'manifest.json');
	if (!fs.existsSync(file))
		throw new UserDataError(`no data in ${dir} (${file} is missing): run \`npm run ingest\` first`);
	return manifestSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/** Resolves --state (ISO3 or any name or alias) against the States table of the data. */
export async function resolveState(db: NodeConnector, name: string): Promise<StateRef> {
	const found = (await resolverFromDb(db)).resolve(name);
	if (!found.ok) throw new UserDataError(describeResolutionError(name, found));
	return found.state;
}

/** A whole year, or a usage error naming the flag. */
export function yearFlag(value: string | boolean | undefined, flag = '--year'): number {
	if (typeof value !== 'string' || !/^\d{4}$/.test(value)) throw new Error(`${flag} needs a year such as 2020`);
	return Number(value);
}
