/**
 * npm run -s metric -- NAME [options] [--data DIR] [--json]
 * Figures for documents and scripts, computed by the same SQL the pages run, over the Parquet
 * files ingest wrote. With --json stdout holds exactly one JSON document.
 */
import { NodeConnector } from '../src/lib/server/node-connector';
import { main, parseFlags, printJson, UsageError } from './lib/cli';
import { RawText, readManifest, runMetric, type Metric } from './lib/metrics/context';
import { calendar } from './lib/metrics/calendar';
import { initialReportsMetric, reporting } from './lib/metrics/article7';
import { overlap } from './lib/metrics/compare';
import { deadlines, meetings, obligations } from './lib/metrics/implementation';
import { overview } from './lib/metrics/overview';
import { trustFund } from './lib/metrics/trustfund';
import { ungaProspects, ungaTally, ungaVotes } from './lib/metrics/unga';
import { state, statesParties } from './lib/metrics/universalization';

const METRICS: Metric[] = [
	statesParties,
	state,
	ungaTally,
	ungaVotes,
	ungaProspects,
	reporting,
	initialReportsMetric,
	trustFund,
	overlap,
	obligations,
	deadlines,
	meetings,
	calendar,
	overview
];

const USAGE = `npm run -s metric -- NAME [options] [--data DIR] [--json]\n${METRICS.map((m) => `  ${m.usage}`).join('\n')}`;

const OPTIONS = {
	'as-of': { type: 'string' },
	state: { type: 'string' },
	year: { type: 'string' },
	body: { type: 'string' },
	part: { type: 'string' },
	with: { type: 'string' },
	article: { type: 'string' },
	'within-days': { type: 'string' },
	from: { type: 'string' },
	to: { type: 'string' },
	since: { type: 'string' },
	ics: { type: 'boolean' },
	data: { type: 'string', default: 'static/data' },
	json: { type: 'boolean' },
	help: { type: 'boolean' }
} as const;

function printText(value: unknown) {
	const rows = Array.isArray(value) ? value : [value];
	for (const row of rows) {
		const line = Object.entries(row as Record<string, unknown>)
			// A nested object (overlap's last_unga_vote) as compact JSON, not "[object Object]".
			.map(([k, v]) => `${k}: ${v !== null && typeof v === 'object' ? JSON.stringify(v) : (v ?? '-')}`)
			.join(Array.isArray(value) ? ', ' : '\n');
		process.stdout.write(`${line}\n`);
	}
}

await main(async () => {
	const { values, positionals } = parseFlags(process.argv.slice(2), OPTIONS, USAGE);
	if (values.help) {
		process.stdout.write(`${USAGE}\n`);
		return;
	}
	const [name, ...extra] = positionals;
	if (!name) throw new UsageError(`which metric?\nusage: ${USAGE}`);
	if (extra.length) throw new UsageError(`unexpected argument ${extra[0]}\nusage: ${USAGE}`);
	const metric = METRICS.find((m) => m.name === name);
	if (!metric) throw new UsageError(`unknown metric ${JSON.stringify(name)}\nusage: ${USAGE}`);
	const manifest = readManifest(values.data!);
	const db = await NodeConnector.open(values.data!);
	try {
		const result = await runMetric(metric, { flags: values, manifest, db });
		if (result instanceof RawText) process.stdout.write(result.text);
		else if (values.json) printJson(result);
		else printText(result);
	} finally {
		db.close();
	}
});
