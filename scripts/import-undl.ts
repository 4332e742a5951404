/**
 * npm run -s import:undl -- FILE --out CSV [--title TEXT] [--all] [--json]
 * Streams the UN Digital Library "UN General Assembly Voting Data" CSV (either column layout)
 * into the canonical votes CSV, keeping the rows whose title contains TEXT (default: the CCM
 * resolution) or, with --all, every row. The file is never held whole: a 950,000-row file is read
 * in 1 MiB chunks. The output is replaced only when every kept row is valid.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkWidth, csvLine, type CsvRecord } from '../src/lib/csv';
import { CCM_RESOLUTION_TITLE } from '../src/lib/domain/unga';
import { loadStates } from '../src/lib/server/load-states';
import { createResolver } from '../src/lib/reference/resolver';
import { VOTE_COLUMNS } from '../src/lib/schema/unga';
import { DataError, type Problem } from '../src/lib/validate';
import { SeenVotes } from './lib/parsers/seen-votes';
import { mapUndlRecord, undlLayout, type UndlLayout } from './lib/parsers/undl';
import { makeDir } from './lib/atomic-dir';
import { main, parseFlags, printJson, say, UsageError } from './lib/cli';
import { streamCsvInto, StreamedFile } from './lib/streamed-file';

const USAGE = 'npm run -s import:undl -- FILE --out CSV [--title TEXT] [--all] [--json]';
const MAX_PROBLEMS = 50;

await main(async () => {
	const { values, positionals } = parseFlags(
		process.argv.slice(2),
		{
			out: { type: 'string' },
			title: { type: 'string', default: CCM_RESOLUTION_TITLE },
			all: { type: 'boolean' },
			states: { type: 'string', default: 'data/reference/states.csv' },
			json: { type: 'boolean' }
		},
		USAGE
	);
	const [file, ...extra] = positionals;
	if (!file || !values.out) throw new UsageError(`FILE and --out are required\nusage: ${USAGE}`);
	if (extra.length) throw new UsageError(`one FILE only\nusage: ${USAGE}`);
	if (!fs.existsSync(file)) throw new DataError([{ file, line: 0, column: 0, message: 'file not found' }]);

	const started = performance.now();
	let peakRss = process.memoryUsage().rss;
	const states = loadStates(values.states!);
	const resolver = createResolver(states);
	const needle = values.title!.toLowerCase();
	const out = path.resolve(values.out);
	makeDir(path.dirname(out));
	const writer = new StreamedFile(out, values.out);
	writer.add(VOTE_COLUMNS.join(','));

	let header: string[] | null = null;
	let layout: UndlLayout | null = null;
	let read = 0;
	let kept = 0;
	const problems: Problem[] = [];
	const seen = new SeenVotes(states.map((st) => st.iso3));

	const onRecord = (rec: CsvRecord) => {
		if (!header) {
			header = rec.cells;
			const l = undlLayout(header, file);
			if (Array.isArray(l)) throw new DataError(l);
			layout = l;
			return;
		}
		read++;
		checkWidth(header, rec);
		const titleAt = layout!.index.title!;
		if (!values.all && !(rec.cells[titleAt] ?? '').toLowerCase().includes(needle)) return;
		const mapped = mapUndlRecord(rec, layout!, resolver, file);
		if ('problems' in mapped) {
			problems.push(...mapped.problems);
			if (problems.length >= MAX_PROBLEMS) throw new DataError(problems);
			return;
		}
		const r = mapped.row;
		const vote = `${r.resolution} ${r.vote_date} ${r.part}`;
		if (!seen.add(vote, r.iso3))
			problems.push({
				file,
				line: rec.line,
				column: layout!.name === 'older' ? 'ms_codes' : 'ms_code',
				value: r.iso3,
				message: `a second vote of ${r.iso3} in ${vote}`
			});
		kept++;
		writer.add(csvLine(VOTE_COLUMNS.map((c) => r[c])));
	};

	await streamCsvInto(file, writer, onRecord, {
		hasHeader: () => header !== null,
		problems,
		afterChunk: () => (peakRss = Math.max(peakRss, process.memoryUsage().rss))
	});

	const seconds = (performance.now() - started) / 1000;
	const summary = {
		file,
		layout: (layout as UndlLayout | null)?.name ?? null,
		rows_read: read,
		rows_kept: kept,
		votes: seen.size,
		filter: values.all ? null : values.title,
		out: values.out,
		seconds: Math.round(seconds * 100) / 100,
		rows_per_second: Math.round(read / seconds),
		peak_rss_mb: Math.round(peakRss / 1048576)
	};
	say(`import:undl: kept ${kept} of ${read} rows (${seen.size} votes) in ${summary.seconds} s -> ${values.out}`);
	if (kept === 0) say(`import:undl: no row matched the title "${values.title}"`);
	if (values.json) printJson(summary);
});
