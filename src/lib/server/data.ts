/**
 * Build-time access to the ingested data: prerendered pages run the same named queries as the
 * browser, through DuckDB in Node over static/data/ (the files the site itself serves).
 */
import path from 'node:path';
import { building } from '$app/environment';
import { NodeConnector } from './node-connector';
import { MemoConnector } from '../db/memo-connector';
import { readManifest as readManifestIn } from './read-manifest';
import { timeQuery } from './build-timing';
import type { Connector } from '../db/connector';
import type { Manifest } from '../schema/manifest';

const DATA_DIR = path.resolve(process.env.CCM_DATA_DIR ?? 'static/data');

let connector: Promise<Connector> | null = null;

/**
 * While building, the data cannot change (ingest runs before, never during, a build), and every
 * page is rendered in six languages that ask the same questions: answers are kept for the build's
 * process. `vite dev` asks DuckDB each time, so a re-ingest shows on the next load.
 */
export function db(): Promise<Connector> {
	connector ??= NodeConnector.open(DATA_DIR).then((c): Connector =>
		building ? new MemoConnector(c, timeQuery) : { query: (sql, params) => timeQuery(() => c.query(sql, params)) }
	);
	return connector;
}

let manifest: Manifest | null = null;

export function readManifest(): Manifest {
	manifest ??= readManifestIn(
		DATA_DIR,
		(file) => new Error(`${file} is missing: run \`npm run ingest\` before building`)
	);
	return manifest;
}
