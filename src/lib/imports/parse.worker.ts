/**
 * The import worker: reading and validating a dropped file (100,000 rows and more) happens here,
 * off the main thread, so the page keeps answering while it runs. Same-origin module worker
 * (CSP worker-src 'self').
 */
import { runParseJob, unreadable, type ParseRequest } from './parse-job';

self.onmessage = async (e: MessageEvent<ParseRequest>) => {
	try {
		self.postMessage(await runParseJob(e.data));
	} catch (err) {
		self.postMessage({ ok: false, encoding: null, problems: [unreadable(e.data.file.name, err)] });
	}
};
