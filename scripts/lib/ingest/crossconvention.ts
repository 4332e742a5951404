/**
 * Reporting rules and published reporting figures of the disarmament conventions
 * (data/sources/crossconvention/, written by import:crossconvention): validated and stored as they
 * are; the calendar computes from the rules (src/lib/domain/reporting-calendar.ts). No dataset
 * date: the rules are not dated records, and the figures each carry their own `as_of`.
 */
import path from 'node:path';
import { RATE_COLUMNS, rateRowSchema, RULE_COLUMNS, ruleRowSchema } from '../../../src/lib/schema/crossconvention';
import { TABLES } from '../../../src/lib/schema/tables';
import { readCsvText } from '../../../src/lib/validate';
import { display, readSources, sourceEntry, writeTable, type IngestStep } from './common';

export const ingestCrossConvention: IngestStep = async ({ sourcesDir, outDir }) => {
	const dir = path.join(sourcesDir, 'sources', 'crossconvention');
	const files = { rules: path.join(dir, 'reporting_rules.csv'), rates: path.join(dir, 'reporting_rates.csv') };
	const texts = readSources(files);
	const rules = readCsvText(texts.rules, RULE_COLUMNS, ruleRowSchema, display(files.rules));
	const rates = readCsvText(texts.rates, RATE_COLUMNS, rateRowSchema, display(files.rates));
	return {
		tables: {
			reporting_rules: await writeTable(outDir, TABLES.reporting_rules, rules.rows),
			reporting_rates: await writeTable(outDir, TABLES.reporting_rates, rates.rows)
		},
		sources: [
			sourceEntry(files.rules, rules.rows.length, texts.rules),
			sourceEntry(files.rates, rates.rows.length, texts.rates)
		],
		checks: []
	};
};
