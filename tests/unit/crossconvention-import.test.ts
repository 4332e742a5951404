// import:crossconvention on the compiled reporting rules and figures: it reproduces the committed
// typed files, types each rule as the README says, and names file, line, column, value and what
// was expected when a row does not convert.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertCrossConvention } from '../../scripts/lib/crossconvention';
import { parseCsv } from '../../src/lib/csv';
import { RULE_COLUMNS, ruleRowSchema } from '../../src/lib/schema/crossconvention';
import { formatProblem, validateTable, DataError } from '../../src/lib/validate';
import { available, repoRoot, sharedSource } from './support/sources';

const committed = (f: string) => readFileSync(path.join(repoRoot, 'data/sources/crossconvention', f), 'utf8');
const rules = () =>
	validateTable(parseCsv(committed('reporting_rules.csv')), RULE_COLUMNS, ruleRowSchema, 'reporting_rules.csv').rows;

describe.runIf(available(sharedSource('crossconvention'), 'the crossconvention import'))(
	'import:crossconvention',
	() => {
		const files = { rules: 'reporting_rules.csv', rates: 'reporting_rates.csv' };
		const src = (f: string) => readFileSync(sharedSource(`crossconvention/${f}`), 'utf8');

		it('reproduces the committed files from the compiled ones', () => {
			const r = convertCrossConvention(src(files.rules), src(files.rates), files);
			expect(r.problems).toEqual([]);
			expect(r.rulesCsv).toBe(committed('reporting_rules.csv'));
			expect(r.ratesCsv).toBe(committed('reporting_rates.csv'));
			expect([r.rules, r.rates]).toEqual([19, 32]);
		});

		it('names the line, column and value of a rule it cannot read', () => {
			const text = src(files.rules).replace('EIF+180 days', 'EIF plus 180 days');
			const r = convertCrossConvention(text, src(files.rates), files);
			expect(r.problems).toHaveLength(1);
			expect(formatProblem(r.problems[0]!)).toMatch(
				/^reporting_rules\.csv line 2, column relative_due: value "EIF plus 180 days": expected EIF\+N/
			);
		});
	}
);

describe('the typed rules', () => {
	const all = rules();
	const rule = (convention: string, report: string) =>
		all.find((r) => r.convention === convention && r.report === report)!;

	it('types each computable rule as the source states it', () => {
		const typed = all
			.filter((r) => r.computable)
			.map(
				(r) => `${r.convention} ${r.report} ${r.due_day ?? `${r.due_from}+${r.due_offset} ${r.due_unit}`} ${r.binding}`
			);
		expect(typed).toEqual([
			'ccm initial entry_into_force+180 days yes',
			'ccm annual 04-30 yes',
			'ottawa initial entry_into_force+180 days yes',
			'ottawa annual 04-30 yes',
			'att initial entry_into_force+1 years yes',
			'att annual 05-31 yes',
			'ccw annual 03-31 politically',
			'ccw_apii annual 03-31 yes',
			'ccw_p5 initial entry_into_force+180 days by_decision',
			'ccw_p5 annual 03-31 by_decision',
			'bwc annual 04-15 politically',
			'cwc initial entry_into_force+30 days yes',
			'cwc annual year_end+90 days yes',
			'tpnw declaration entry_into_force+30 days yes'
		]);
	});

	it('keeps UNROCA, MILEX, the PoA, CWC Article VII(5) and TPNW Article 4 as context', () => {
		expect(all.filter((r) => !r.computable).map((r) => `${r.convention} ${r.report}`)).toEqual([
			'cwc implementing_measures',
			'tpnw progress',
			'poa_iti national',
			'unroca annual',
			'milex annual'
		]);
	});

	it('marks the CWC Schedule 2 declarations and the TPNW Article 4 reports conditional, nothing else', () => {
		expect(all.filter((r) => r.conditional).map((r) => `${r.convention} ${r.report}`)).toEqual([
			'cwc initial',
			'cwc annual',
			'tpnw progress'
		]);
		expect(rule('tpnw', 'progress').condition).toMatch(/possess, possessed or host nuclear weapons/);
	});

	it('refuses a fixed day that not every year has, and a rule whose parts do not fit its kind', () => {
		const header = committed('reporting_rules.csv').split('\n')[0]!;
		const line = committed('reporting_rules.csv').split('\n')[2]!; // CCM annual, 04-30
		const bad = [line.replace(',04-30,', ',02-29,'), line.replace('fixed_day,04-30,,', 'fixed_day,04-30,30,')];
		let error: unknown;
		try {
			validateTable(parseCsv([header, ...bad].join('\n')), RULE_COLUMNS, ruleRowSchema, 'fixture-rules.csv');
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(DataError);
		const lines = (error as DataError).problems.map(formatProblem);
		expect(lines).toEqual([
			'fixture-rules.csv line 2, column due_day: value "02-29": expected a day of the year written MM-DD, such as 04-30 (not 02-29)',
			'fixture-rules.csv line 3, column due_offset: value "30": expected no offset when due_from is fixed_day'
		]);
	});
});
