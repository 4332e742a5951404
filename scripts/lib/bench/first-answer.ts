/**
 * first_answer_ms: from navigation start to the first as-of answer on /universalization when the
 * reader changes the day as soon as the control can take it (the layout marks <html
 * data-hydrated>). An init script does the reader's part inside the page, so no round trip to the
 * harness is counted: the moment the page is hydrated it types a day into the as-of field, and
 * the answer is the frame after the heading names that day. Each run in a fresh context (nothing
 * cached, the engine compiled anew). The same run, with /status-periods.json refused, times the
 * answer as it was before that file: the engine's, once DuckDB-wasm has started.
 */
import type { Browser } from 'playwright-core';
import type { RunningServer } from '../../../tests/e2e/harness';

/** A day whose figures differ from the data date's (100 States Parties, 98 in force). */
export const FIRST_ANSWER_DAY = '2016-06-01';

const probe = (day: string) => `
window.__first = {};
(function () {
	const f = window.__first;
	const look = () => {
		if (f.usable === undefined && document.documentElement.dataset.hydrated === 'true') {
			f.usable = performance.now();
			const field = document.getElementById('as-of-date');
			field.value = ${JSON.stringify(day)};
			field.dispatchEvent(new Event('input', { bubbles: true }));
		}
		const h = document.querySelector('[data-testid="figures-as-of"]');
		if (f.usable !== undefined && !f.seen && h && h.getAttribute('data-as-of') === ${JSON.stringify(day)}) {
			f.seen = true;
			requestAnimationFrame(() => {
				f.answer = performance.now();
				f.parties = document.querySelector('[data-testid="states-parties"]').textContent;
				f.engine = document.documentElement.dataset.engine;
			});
		}
	};
	new MutationObserver(look).observe(document, {
		subtree: true,
		attributes: true,
		attributeFilter: ['data-hydrated', 'data-as-of']
	});
})();
`;

interface First {
	usable: number;
	answer: number;
	parties: string;
	engine: string;
}

async function once(browser: Browser, url: string, withCompact: boolean): Promise<First> {
	const context = await browser.newContext();
	try {
		if (!withCompact) await context.route('**/status-periods.json', (r) => r.abort());
		await context.addInitScript(probe(FIRST_ANSWER_DAY));
		const page = await context.newPage();
		await page.goto(url);
		await page.waitForFunction(() => (window as unknown as { __first: First }).__first.answer !== undefined, null, {
			timeout: 120_000
		});
		return await page.evaluate(() => (window as unknown as { __first: First }).__first);
	} finally {
		await context.close();
	}
}

export async function firstAnswer(
	browser: Browser,
	server: RunningServer,
	runs: number,
	stats: (xs: number[]) => { median: number; p95: number },
	say: (s: string) => void
) {
	const url = new URL('universalization', server.url).href;
	const compact: First[] = [];
	const engine: First[] = [];
	for (let i = 0; i < runs; i++) {
		compact.push(await once(browser, url, true));
		engine.push(await once(browser, url, false));
		const [c, e] = [compact.at(-1)!, engine.at(-1)!];
		say(
			`first answer ${i + 1}/${runs}: ${c.answer.toFixed(0)} ms (control usable at ${c.usable.toFixed(0)}, engine ${c.engine}); engine's answer ${e.answer.toFixed(0)} ms`
		);
		// Both must show the same figure, or the faster one is not an answer.
		if (c.parties !== e.parties)
			throw new Error(`first answer: ${c.parties} States Parties from the compact form, ${e.parties} from DuckDB`);
	}
	return {
		first_answer_ms: stats(compact.map((f) => f.answer)),
		first_answer_usable_ms: stats(compact.map((f) => f.usable)),
		first_answer_engine_ms: stats(engine.map((f) => f.answer))
	};
}
