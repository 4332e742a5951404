/**
 * Build-time access to the ingested data: prerendered pages run the same named queries as the
 * browser, through DuckDB in Node over static/data/ (the files the site itself serves).
 */
import path from 'node:path';
import { NodeConnector } from './node-connector';
import { readManifest as readManifestIn } from './read-manifest';
import type { Manifest } from '../schema/manifest';

const DATA_DIR = path.resolve(process.env.CCM_DATA_DIR ?? 'static/data');

let connector: Promise<NodeConnector> | null = null;

export function db(): Promise<NodeConnector> {
	connector ??= NodeConnector.open(DATA_DIR);
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
