/**
 * The bundled data (data/ of the repository) as a Connector, for controller tests that must not
 * depend on `npm run ingest` having run or spawn any command. The canonical files go through the
 * ingest library the command uses (scripts/lib/ingest.ts: the same validation, domain rules and
 * Parquet writer) into a temporary folder, are opened with the NodeConnector the build and the
 * metric command use, copied into in-memory tables, and the folder is removed at once: nothing is
 * left on disk and static/data is neither read nor written.
 *
 * One ingest per test file (vitest gives each file its own module graph); the promise is cached so
 * the tests of a file share it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingest } from '../../../scripts/lib/ingest';
import { NodeConnector } from '../../../src/lib/server/node-connector';
import type { IsoDate } from '../../../src/lib/domain/dates';
import { TABLES } from '../../../src/lib/schema/tables';
import { repoRoot } from './sources';

export interface BundledData {
	db: NodeConnector;
	/** The data's own date (the manifest's `data_as_of`). */
	dataAsOf: IsoDate;
	/** Milliseconds the in-process ingest and load took, for the report of test timings. */
	loadMs: number;
}

async function load(): Promise<BundledData> {
	const started = performance.now();
	const tmp = mkdtempSync(path.join(os.tmpdir(), 'ccm-bundled-'));
	try {
		const out = path.join(tmp, 'data');
		const result = await ingest({ sources: path.join(repoRoot, 'data'), out });
		const db = await NodeConnector.open(out);
		// The views read their Parquet file on every query: copy them into tables so the folder can go.
		for (const { name } of Object.values(TABLES)) {
			await db.query(`CREATE TABLE loaded_${name} AS SELECT * FROM ${name}`);
			await db.query(`DROP VIEW ${name}`);
			await db.query(`ALTER TABLE loaded_${name} RENAME TO ${name}`);
		}
		return { db, dataAsOf: result.data_as_of as IsoDate, loadMs: Math.round(performance.now() - started) };
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}

let cached: Promise<BundledData> | undefined;

/** The bundled data, ingested once per test file. */
export function bundledData(): Promise<BundledData> {
	cached ??= load();
	return cached;
}
