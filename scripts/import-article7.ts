/**
 * npm run -s import:article7 -- FILE --out CSV
 * Converts the public-record compilation (state, report_type, covering_year, submitted_date,
 * source_url, quote) into the ISU's record format (docs: data/sources/article7/README.md). A
 * "submitted" date is the day the report reached the UN, so its kind is `received`; names stay as
 * each source wrote them. Every row is validated before the output is replaced. The file is read
 * in 1 MiB chunks and written as it goes (as import:undl does), so its size does not matter.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkWidth, csvLine, type CsvRecord } from '../src/lib/csv';
import { REPORT_COLUMNS, reportRowSchema } from '../src/lib/schema/article7';
import { DataError, issueProblem, type Problem } from '../src/lib/validate';
import { makeDir } from './lib/atomic-dir';
import { main, parseFlags, say, UsageError } from './lib/cli';
import { streamCsvInto, StreamedFile } from './lib/streamed-file';

const USAGE = 'npm run -s import:article7 -- FILE --out CSV';
const MAX_PROBLEMS = 50;

await main(async () => {
	const { values, positionals } = parseFlags(process.argv.slice(2), { out: { type: 'string' } }, USAGE);
	const [file] = positionals;
	if (!file || !values.out) throw new UsageError(`FILE and --out are required\nusage: ${USAGE}`);
	if (!fs.existsSync(file)) throw new DataError([{ file, line: 0, column: 0, message: 'file not found' }]);
	const out = path.resolve(values.out);
	makeDir(path.dirname(out));

	let header: string[] | null = null;
	let written = 0;
	const problems: Problem[] = [];
	const output = new StreamedFile(out, values.out);
	const onRecord = (rec: CsvRecord) => {
		if (!header) {
			header = rec.cells.map((h) => h.trim());
			return;
		}
		checkWidth(header, rec);
		const cell = (n: string) => rec.cells[header!.indexOf(n)] ?? '';
		const record: Record<string, string> = {
			state: cell('state'),
			report_type: cell('report_type'),
			covering_year: cell('covering_year'),
			date: cell('submitted_date'),
			date_kind: cell('submitted_date') === '' ? 'unknown' : 'received',
			source: cell('source_url'),
			quote: cell('quote')
		};
		const parsed = reportRowSchema.safeParse(record);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) problems.push(issueProblem(issue, record, file, rec.line));
			if (problems.length >= MAX_PROBLEMS) throw new DataError(problems);
			return;
		}
		const r = { ...parsed.data, covering_year: parsed.data.covering_year ?? '' };
		if (!problems.length) output.add(csvLine(REPORT_COLUMNS.map((c) => r[c])));
		written++;
	};

	output.add(REPORT_COLUMNS.join(','));
	await streamCsvInto(file, output, onRecord, { hasHeader: () => header !== null, problems });
	say(`import:article7: wrote ${written} records to ${values.out}`);
});
