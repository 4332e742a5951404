/**
 * Build-time access to the ingested data: prerendered pages run the same named queries as the
 * browser, through DuckDB in Node over static/data/ (the files the site itself serves).
 */
import fs from 'node:fs';
import path from 'node:path';
import { NodeConnector } from '../db/node';
import { manifestSchema, type Manifest } from '../schema/manifest';

const DATA_DIR = path.resolve(process.env.CCM_DATA_DIR ?? 'static/data');

let connector: Promise<NodeConnector> | null = null;

export function db(): Promise<NodeConnector> {
	connector ??= NodeConnector.open(DATA_DIR);
	return connector;
}

let manifest: Manifest | null = null;

export function readManifest(): Manifest {
	if (!manifest) {
		const file = path.join(DATA_DIR, 'manifest.json');
		if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run ingest\` before building`);
		manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
	}
	return manifest;
}
