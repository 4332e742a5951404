/**
 * npm run -s ingest [-- --sources DIR --out DIR] [--json]
 * Validates data/ and writes static/data/ (Parquet + manifest.json); see scripts/lib/ingest.ts.
 */
import { ingest } from './lib/ingest';
import { main, parseFlags, printJson, say, UsageError } from './lib/cli';

const USAGE = 'npm run -s ingest -- [--sources DIR] [--out DIR] [--allow-empty] [--json]';

await main(async () => {
	const { values, positionals } = parseFlags(
		process.argv.slice(2),
		{
			sources: { type: 'string', default: 'data' },
			out: { type: 'string', default: 'static/data' },
			'allow-empty': { type: 'boolean' },
			json: { type: 'boolean' }
		},
		USAGE
	);
	if (positionals.length) throw new UsageError(`unexpected argument ${positionals[0]}\nusage: ${USAGE}`);
	const result = await ingest({ sources: values.sources!, out: values.out!, allowEmpty: values['allow-empty'] });
	const counts = Object.entries(result.tables)
		.map(([t, n]) => `${t} ${n}`)
		.join(', ');
	for (const c of result.checks.filter((c) => !c.ok)) say(`warning: ${c.message}`);
	const agree = result.checks.filter((c) => c.ok).length;
	say(`ingest: ${agree} of ${result.checks.length} cross-checks agree`);
	say(`ingest: wrote ${result.out} (data as of ${result.data_as_of}; rows: ${counts})`);
	if (values.json) printJson(result);
});
