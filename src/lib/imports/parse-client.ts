/**
 * The page's side of the import worker: one short-lived worker per file, so a huge file's memory
 * goes when the answer comes. The page only receives finished rows or the list of problems.
 */
import type { ParseRequest, ParseResponse } from './parse-job';
import ParseWorker from './parse.worker.ts?worker';

/** The worker sends the rows in parts, then the answer without them (see parse.worker.ts). */
type WorkerMessage = { part: object[] } | ParseResponse;

export function parseInWorker(req: ParseRequest): Promise<ParseResponse> {
	const worker = new ParseWorker();
	const rows: object[] = [];
	return new Promise<ParseResponse>((resolve, reject) => {
		worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
			const m = e.data;
			if ('part' in m) for (const r of m.part) rows.push(r);
			else resolve(m.ok ? { ...m, rows } : m);
		};
		worker.onerror = (e) => reject(new Error(e.message || 'the import worker failed'));
		worker.postMessage(req);
	}).finally(() => worker.terminate());
}
