/**
 * npm run bench [-- --runs N] [--json]: loads the production build, served as `npm start` serves
 * it, in headless Chromium with a fresh context per run (a cold cache), and reports medians and
 * p95 of: first_paint_ms (navigation until the headline figures and the first chart's SVG are on
 * screen) and ready_ms (navigation until DuckDB-wasm has loaded the data and answers queries).
 * Timings are noisy on a 2-core machine: read medians and ratios, never single runs.
 */
import os from 'node:os';
import { launchBrowser, startServer } from '../tests/e2e/harness';
import { main, parseFlags, printJson, say } from './lib/cli';

const USAGE = 'npm run -s bench -- [--runs N] [--route PATH] [--json]';

function quantile(xs: number[], q: number) {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? NaN;
}

// Runs in the page before anything else: notes the first animation frame at which the probe
// elements exist (the frame that paints them) and the moment the engine reports ready.
const PROBE = `
window.__bench = {};
(function tick() {
	const b = window.__bench;
	if (b.firstPaint === undefined && document.querySelector('[data-testid="states-parties"]') && document.querySelector('figure svg')) {
		requestAnimationFrame(() => { b.firstPaint = performance.now(); });
		return;
	}
	requestAnimationFrame(tick);
})();
new MutationObserver(() => {
	if (document.documentElement?.dataset.engine === 'ready' && window.__bench.ready === undefined) window.__bench.ready = performance.now();
}).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-engine'] });
`;

await main(async () => {
	const { values } = parseFlags(
		process.argv.slice(2),
		{
			runs: { type: 'string', default: '5' },
			route: { type: 'string', default: 'universalization' },
			json: { type: 'boolean' }
		},
		USAGE
	);
	const runs = Number(values.runs);
	const server = await startServer('build');
	const browser = await launchBrowser();
	const firstPaint: number[] = [];
	const ready: number[] = [];
	const bytes: number[] = [];
	try {
		for (let i = 0; i < runs; i++) {
			const context = await browser.newContext();
			await context.addInitScript(PROBE);
			const page = await context.newPage();
			let transferred = 0;
			page.on('response', async (r) => {
				const size = Number((await r.allHeaders())['content-length'] ?? 0);
				transferred += size;
			});
			await page.goto(new URL(values.route!, server.url).href);
			await page.waitForFunction(
				() => (window as unknown as { __bench: { ready?: number } }).__bench.ready !== undefined,
				null,
				{
					timeout: 120_000
				}
			);
			const r = await page.evaluate(
				() => (window as unknown as { __bench: { firstPaint: number; ready: number } }).__bench
			);
			firstPaint.push(r.firstPaint);
			ready.push(r.ready);
			bytes.push(transferred);
			await context.close();
			say(`run ${i + 1}/${runs}: first paint ${r.firstPaint.toFixed(0)} ms, ready ${r.ready.toFixed(0)} ms`);
		}
	} finally {
		await browser.close();
		await server.close();
	}
	const result = {
		route: `/${values.route}`,
		runs,
		first_paint_ms: { median: Math.round(quantile(firstPaint, 0.5)), p95: Math.round(quantile(firstPaint, 0.95)) },
		ready_ms: { median: Math.round(quantile(ready, 0.5)), p95: Math.round(quantile(ready, 0.95)) },
		total_bytes: Math.round(quantile(bytes, 0.5)),
		machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', chromium: browser.version() }
	};
	if (values.json) printJson(result);
	else say(JSON.stringify(result, null, 2));
});
