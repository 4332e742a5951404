/**
 * The page's side of the import worker: one short-lived worker per file, so a huge file's memory
 * goes when the answer comes. The page only receives finished rows or the list of problems.
 */
import type { ParseRequest, ParseResponse } from './parse-job';
import ParseWorker from './parse.worker.ts?worker';

export function parseInWorker(req: ParseRequest): Promise<ParseResponse> {
	const worker = new ParseWorker();
	return new Promise<ParseResponse>((resolve, reject) => {
		worker.onmessage = (e: MessageEvent<ParseResponse>) => resolve(e.data);
		worker.onerror = (e) => reject(new Error(e.message || 'the import worker failed'));
		worker.postMessage(req);
	}).finally(() => worker.terminate());
}
