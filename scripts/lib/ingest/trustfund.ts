/**
 * Trust Fund dataset: the published facts (quoted, never turned into shares) and, when the ISU
 * has put its ledger in data/sources/trustfund/, contributions and approved budgets.
 */
import { latestDate } from '../../../src/lib/domain/datasets';
import path from 'node:path';
import { CsvError, parseCsv } from '../../../src/lib/csv';
import { validateBudgets, validateContributions } from '../../../src/lib/imports/ledger';
import { TABLES } from '../../../src/lib/schema/tables';
import { FACT_COLUMNS, factRowSchema } from '../../../src/lib/schema/trustfund';
import { csvProblem, DataError, readCsvText } from '../../../src/lib/validate';
import { display, readSources, sameKeyRows, sourceEntry, writeTable, type IngestStep } from './common';

/** CSV text as a table, a syntax error as a problem naming the file, line and column. */
function parseIn(text: string, file: string) {
	try {
		return parseCsv(text);
	} catch (e) {
		if (e instanceof CsvError) throw new DataError([csvProblem(e, file)]);
		throw e;
	}
}

export const ingestTrustFund: IngestStep = async ({ sourcesDir, outDir, resolver }) => {
	const dir = path.join(sourcesDir, 'sources', 'trustfund');
	const files = {
		facts: path.join(dir, 'facts.csv'),
		contributions: path.join(dir, 'contributions.csv'),
		budgets: path.join(dir, 'budgets.csv')
	};
	const texts = readSources(files);
	const facts = readCsvText(texts.facts, FACT_COLUMNS, factRowSchema, display(files.facts));
	const contributions = validateContributions(
		parseIn(texts.contributions, display(files.contributions)),
		display(files.contributions),
		resolver
	);
	const budgets = validateBudgets(parseIn(texts.budgets, display(files.budgets)), display(files.budgets));
	const problems = [
		// One published figure per year, fund and metric: the page quotes one.
		...sameKeyRows(
			facts.rows,
			facts.lines,
			display(files.facts),
			['year', 'fund', 'metric'],
			(r) => `a second row for ${r.year} ${r.fund} ${r.metric}`
		),
		...contributions.problems,
		...budgets.problems
	];
	if (problems.length) throw new DataError(problems);
	return {
		datasets: {
			trustfund: {
				as_of: latestDate([
					...facts.rows.map((r) => String(r.year)),
					...contributions.rows.map((r) => r.date_received)
				]),
				basis: 'latest_record'
			}
		},
		tables: {
			tf_facts: await writeTable(outDir, TABLES.tf_facts, facts.rows),
			tf_contributions: await writeTable(outDir, TABLES.tf_contributions, contributions.rows),
			tf_budgets: await writeTable(outDir, TABLES.tf_budgets, budgets.rows)
		},
		sources: [
			sourceEntry(files.facts, facts.rows.length, texts.facts),
			sourceEntry(files.contributions, contributions.rows.length, texts.contributions),
			sourceEntry(files.budgets, budgets.rows.length, texts.budgets)
		],
		checks: []
	};
};
