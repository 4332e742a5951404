/**
 * npm run -s import:article7 -- FILE --out CSV
 * Converts the public-record compilation (state, report_type, covering_year, submitted_date,
 * source_url, quote) into the ISU's record format (docs: data/sources/article7/README.md). A
 * "submitted" date is the day the report reached the UN, so its kind is `received`; names stay as
 * each source wrote them. Every row is validated before the output is replaced.
 */
import fs from 'node:fs';
import { CsvError, parseCsv, toCsv } from '../src/lib/csv';
import { readTextFile } from '../src/lib/node/read-text-file';
import { writeFileAtomic } from '../src/lib/node/write-file-atomic';
import { REPORT_COLUMNS, reportRowSchema } from '../src/lib/schema/article7';
import { DataError, validateTable } from '../src/lib/schema/validate';
import { main, parseFlags, say, UsageError } from './lib/cli';

const USAGE = 'npm run -s import:article7 -- FILE --out CSV';

await main(async () => {
	const { values, positionals } = parseFlags(process.argv.slice(2), { out: { type: 'string' } }, USAGE);
	const [file] = positionals;
	if (!file || !values.out) throw new UsageError(`FILE and --out are required\nusage: ${USAGE}`);
	if (!fs.existsSync(file)) throw new DataError([{ file, line: 0, column: 0, message: 'file not found' }]);
	const { text, notice } = readTextFile(file);
	if (notice) say(`notice: ${notice}`);
	let src;
	try {
		src = parseCsv(text);
	} catch (e) {
		if (e instanceof CsvError) throw new DataError([{ file, line: e.line, column: e.column, message: e.message }]);
		throw e;
	}
	const col = (n: string) => src.header.indexOf(n);
	const table = {
		header: [...REPORT_COLUMNS],
		records: src.records.map((r) => ({
			line: r.line,
			cells: [
				r.cells[col('state')] ?? '',
				r.cells[col('report_type')] ?? '',
				r.cells[col('covering_year')] ?? '',
				r.cells[col('submitted_date')] ?? '',
				(r.cells[col('submitted_date')] ?? '') === '' ? 'unknown' : 'received',
				r.cells[col('source_url')] ?? '',
				r.cells[col('quote')] ?? ''
			]
		}))
	};
	const { rows } = validateTable(table, REPORT_COLUMNS, reportRowSchema, file);
	writeFileAtomic(
		values.out,
		toCsv(
			REPORT_COLUMNS,
			rows.map((r) => ({ ...r, covering_year: r.covering_year ?? '' }))
		)
	);
	say(`import:article7: wrote ${rows.length} records to ${values.out}`);
});
