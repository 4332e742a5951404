/**
 * Trust Fund dataset: the published facts (quoted, never turned into shares) and, when the ISU
 * has put its ledger in data/sources/trustfund/, contributions and approved budgets.
 */
import path from 'node:path';
import { parseCsv } from '../../../src/lib/csv';
import { validateBudgets, validateContributions } from '../../../src/lib/imports/ledger';
import type { Resolver } from '../../../src/lib/reference/resolver';
import { TABLES } from '../../../src/lib/schema/tables';
import { FACT_COLUMNS, factRowSchema } from '../../../src/lib/schema/trustfund';
import { DataError, readCsvText } from '../../../src/lib/schema/validate';
import { display, readSource, sha256, writeTable, type SourceEntry, type TableEntry } from './common';

export async function ingestTrustFund(
	sourcesDir: string,
	outDir: string,
	resolver: Resolver
): Promise<{ tables: Record<string, TableEntry>; sources: SourceEntry[] }> {
	const dir = path.join(sourcesDir, 'sources', 'trustfund');
	const files = {
		facts: path.join(dir, 'facts.csv'),
		contributions: path.join(dir, 'contributions.csv'),
		budgets: path.join(dir, 'budgets.csv')
	};
	const texts = {
		facts: readSource(files.facts),
		contributions: readSource(files.contributions),
		budgets: readSource(files.budgets)
	};
	const facts = readCsvText(texts.facts, FACT_COLUMNS, factRowSchema, display(files.facts));
	const contributions = validateContributions(parseCsv(texts.contributions), display(files.contributions), resolver);
	const budgets = validateBudgets(parseCsv(texts.budgets), display(files.budgets));
	const problems = [...contributions.problems, ...budgets.problems];
	if (problems.length) throw new DataError(problems);
	return {
		tables: {
			tf_facts: await writeTable(outDir, TABLES.tf_facts, facts.rows),
			tf_contributions: await writeTable(outDir, TABLES.tf_contributions, contributions.rows),
			tf_budgets: await writeTable(outDir, TABLES.tf_budgets, budgets.rows)
		},
		sources: [
			{ file: display(files.facts), rows: facts.rows.length, sha256: sha256(texts.facts), as_of: null },
			{
				file: display(files.contributions),
				rows: contributions.rows.length,
				sha256: sha256(texts.contributions),
				as_of: null
			},
			{ file: display(files.budgets), rows: budgets.rows.length, sha256: sha256(texts.budgets), as_of: null }
		]
	};
}
