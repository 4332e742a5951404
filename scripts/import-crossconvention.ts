/**
 * npm run -s import:crossconvention -- DIR [--out DIR] [--json]
 * Converts the compiled reporting rules and published reporting figures of the disarmament
 * conventions (DIR: reporting_rules.csv, reporting_rates.csv, as in
 * ../shared/sources/crossconvention/) into the typed files of data/sources/crossconvention/
 * (README.md there). Nothing is written unless every row converts and validates.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DataError } from '../src/lib/validate';
import { readTextFile } from '../src/lib/server/read-text-file';
import { makeDir } from './lib/atomic-dir';
import { main, parseFlags, printJson, say, UsageError } from './lib/cli';
import { convertCrossConvention } from './lib/crossconvention';

const USAGE = 'npm run -s import:crossconvention -- DIR [--out DIR] [--json]';

await main(async () => {
	const { values, positionals } = parseFlags(
		process.argv.slice(2),
		{ out: { type: 'string', default: 'data/sources/crossconvention' }, json: { type: 'boolean' } },
		USAGE
	);
	const [dir] = positionals;
	if (!dir || positionals.length > 1) throw new UsageError(`one source folder is required\nusage: ${USAGE}`);
	const files = { rules: path.join(dir, 'reporting_rules.csv'), rates: path.join(dir, 'reporting_rates.csv') };
	for (const f of Object.values(files))
		if (!fs.existsSync(f)) throw new DataError([{ file: f, line: 0, column: 0, message: 'file not found' }]);
	const r = convertCrossConvention(
		readTextFile(files.rules, files.rules).text,
		readTextFile(files.rates, files.rates).text,
		files
	);
	if (r.problems.length) throw new DataError(r.problems);
	makeDir(values.out!);
	fs.writeFileSync(path.join(values.out!, 'reporting_rules.csv'), r.rulesCsv);
	fs.writeFileSync(path.join(values.out!, 'reporting_rates.csv'), r.ratesCsv);
	say(`import:crossconvention: wrote reporting_rules.csv ${r.rules}, reporting_rates.csv ${r.rates} to ${values.out}`);
	if (values.json)
		printJson({ out: values.out, files: { 'reporting_rules.csv': r.rules, 'reporting_rates.csv': r.rates } });
});
