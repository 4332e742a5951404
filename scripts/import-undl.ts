/**
 * npm run -s import:undl -- FILE [FILE...] --out CSV [--title TEXT] [--all] [--json]
 * Streams UN Digital Library "UN General Assembly Voting Data" CSVs (any of the layouts of
 * scripts/lib/parsers/undl.ts) into one canonical votes CSV, keeping the rows whose title contains
 * TEXT (default: the CCM resolution) or, with --all, every row; a file without a title column
 * holds votes on that resolution. The files are never held whole: a 950,000-row file is read in
 * 1 MiB chunks. The output is replaced only when every kept row of every file is valid.
 *
 * Several files make one record: a State's vote marked provisional (the note says so) gives way to
 * the same vote in a later file's official record, and the summary says how many were replaced and
 * whether they agreed. Any other second vote of a State in one vote is an error.
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
import { columnIn, mapUndlRecord, undlLayout, type CanonicalVote, type UndlLayout } from './lib/parsers/undl';
import { makeDir } from './lib/atomic-dir';
import { main, parseFlags, printJson, say, UsageError } from './lib/cli';
import { streamCsvRecords, StreamedFile } from './lib/streamed-file';

const USAGE = 'npm run -s import:undl -- FILE [FILE...] --out CSV [--title TEXT] [--all] [--json]';
const MAX_PROBLEMS = 50;

await main(async () => {
	const { values, positionals: files } = parseFlags(
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
	if (!files.length || !values.out) throw new UsageError(`FILE and --out are required\nusage: ${USAGE}`);
	for (const file of files)
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

	let read = 0;
	let kept = 0;
	const layouts: (UndlLayout['name'] | null)[] = [];
	const problems: Problem[] = [];
	const seen = new SeenVotes(states.map((st) => st.iso3));
	// Provisional votes wait until every file is read: a later official record may replace them.
	const provisional = new Map<string, { row: CanonicalVote; file: string; line: number }>();

	for (const file of files) {
		let header: string[] | null = null;
		let layout: UndlLayout | null = null;
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
			const titleAt = layout!.index.title;
			if (!values.all && titleAt !== undefined && !(rec.cells[titleAt] ?? '').toLowerCase().includes(needle)) return;
			const mapped = mapUndlRecord(rec, layout!, resolver, file, values.title);
			if ('problems' in mapped) {
				problems.push(...mapped.problems);
				if (problems.length >= MAX_PROBLEMS) throw new DataError(problems);
				return;
			}
			const r = mapped.row;
			const vote = `${r.resolution} ${r.vote_date} ${r.part}`;
			const second = (message: string) =>
				problems.push({ file, line: rec.line, column: columnIn(layout!, 'ms_code'), value: r.iso3, message });
			kept++;
			if (r.provisional === 'true') {
				const key = `${vote}|${r.iso3}`;
				if (provisional.has(key)) second(`a second vote of ${r.iso3} in ${vote}`);
				else provisional.set(key, { row: r, file, line: rec.line });
				return;
			}
			if (!seen.add(vote, r.iso3, r.vote)) second(`a second vote of ${r.iso3} in ${vote}`);
			writer.add(csvLine(VOTE_COLUMNS.map((c) => r[c])));
		};
		await streamCsvRecords(file, writer, onRecord, {
			hasHeader: () => header !== null,
			problems,
			afterChunk: () => (peakRss = Math.max(peakRss, process.memoryUsage().rss))
		});
		layouts.push((layout as UndlLayout | null)?.name ?? null);
	}

	// An official vote replaces the provisional one; the rest stay, still marked provisional.
	let replaced = 0;
	const disagreeing: string[] = [];
	for (const [key, p] of provisional) {
		const [vote, iso3] = key.split('|') as [string, string];
		const official = seen.voteOf(vote, iso3);
		if (official === null) {
			seen.add(vote, iso3, p.row.vote);
			writer.add(csvLine(VOTE_COLUMNS.map((c) => p.row[c])));
		} else {
			replaced++;
			if (official !== p.row.vote) disagreeing.push(`${iso3} ${p.row.vote}->${official}`);
		}
	}
	try {
		await writer.commit();
	} catch (e) {
		await writer.discard();
		throw e;
	}

	const seconds = (performance.now() - started) / 1000;
	const summary = {
		file: files[0],
		files,
		layout: layouts[0] ?? null,
		layouts,
		rows_read: read,
		rows_kept: kept,
		votes: seen.size,
		provisional_replaced: replaced,
		provisional_disagreeing: disagreeing,
		filter: values.all ? null : values.title,
		out: values.out,
		seconds: Math.round(seconds * 100) / 100,
		rows_per_second: Math.round(read / seconds),
		peak_rss_mb: Math.round(peakRss / 1048576)
	};
	say(`import:undl: kept ${kept} of ${read} rows (${seen.size} votes) in ${summary.seconds} s -> ${values.out}`);
	if (replaced)
		say(
			`import:undl: ${replaced} provisional votes replaced by the official record; ${disagreeing.length ? `${disagreeing.length} differ: ${disagreeing.join(', ')}` : 'all agree'}`
		);
	if (kept === 0) say(`import:undl: no row matched the title "${values.title}"`);
	if (values.json) printJson(summary);
});
