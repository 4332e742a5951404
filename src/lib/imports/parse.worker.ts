/**
 * The import worker: reading and validating a dropped file (100,000 rows and more) happens here,
 * off the main thread, so the page keeps answering while it runs. Same-origin module worker
 * (CSP worker-src 'self').
 */
import { runParseJob, type ParseRequest } from './parse-job';

self.onmessage = async (e: MessageEvent<ParseRequest>) => {
	try {
		self.postMessage(await runParseJob(e.data));
	} catch (err) {
		const file = e.data.file.name;
		self.postMessage({
			ok: false,
			encoding: null,
			problems: [{ file, line: 0, column: 0, message: `cannot be read: ${(err as Error).message}` }]
		});
	}
};
