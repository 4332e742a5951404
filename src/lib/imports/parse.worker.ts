/**
 * The import worker: reading and validating a dropped file (100,000 rows and more) happens here,
 * off the main thread, so the page keeps answering while it runs. Same-origin module worker
 * (CSP worker-src 'self').
 */
import { ROWS_PER_TURN } from '../next-turn';
import { runParseJob, unreadable, type ParseRequest } from './parse-job';

self.onmessage = async (e: MessageEvent<ParseRequest>) => {
	try {
		const answer = await runParseJob(e.data);
		// Rows go in parts, each its own message: the page copies 100,000 rows in one message
		// in over a second, a long freeze; in parts it stays responsive (see parse-client.ts).
		if (answer.ok)
			for (let from = 0; from < answer.rows.length; from += ROWS_PER_TURN)
				self.postMessage({ part: answer.rows.slice(from, from + ROWS_PER_TURN) });
		self.postMessage(answer.ok ? { ...answer, rows: [] } : answer);
	} catch (err) {
		self.postMessage({ ok: false, encoding: null, problems: [unreadable(e.data.file.name, err)] });
	}
};
