/**
 * The manifest.json ingest wrote in a data folder, checked by its schema: read by the metric
 * command and by the build (prerendered pages), each saying in its own words what to do without it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { manifestSchema, type Manifest } from '../schema/manifest';

/** The manifest in `dir`; `missing(file)` is thrown when there is none. */
export function readManifest(dir: string, missing: (file: string) => Error): Manifest {
	const file = path.join(dir, 'manifest.json');
	if (!fs.existsSync(file)) throw missing(file);
	return manifestSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}
