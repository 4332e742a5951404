/**
 * The conversion import:crossconvention makes: the compiled reporting rules and reporting figures of
 * the disarmament conventions (../shared/sources/crossconvention/) into the typed files of
 * data/sources/crossconvention/. Every judgement (the source's words read as a typed rule, who is
 * bound, which rows are context) is made here, once, and each row keeps the words it was read from
 * and its source line (README.md there, "Judgement").
 */
import { parseCsv, toCsv } from '../../src/lib/csv';
import type {
	Binding,
	Convention,
	Covers,
	DueFrom,
	DueUnit,
	ReportKind
} from '../../src/lib/domain/reporting-calendar';
import { RATE_COLUMNS, RULE_COLUMNS, rateRowSchema, ruleRowSchema } from '../../src/lib/schema/crossconvention';
import { issueProblem, problem, type Problem } from '../../src/lib/validate';
import type { z } from '../../src/lib/schema/z';

type Cells = Record<string, string>;

function rowsOf(text: string): { line: number; c: Cells }[] {
	const table = parseCsv(text);
	return table.records.map((r) => ({
		line: r.line,
		c: Object.fromEntries(table.header.map((h, i) => [h.trim(), (r.cells[i] ?? '').trim()]))
	}));
}

/** The source's convention names; "(related, ...)" instruments keep their own ids. */
const CONVENTION_OF: Record<string, Convention> = {
	CCM: 'ccm',
	APMBC: 'ottawa',
	ATT: 'att',
	CCW: 'ccw',
	'CCW Amended Protocol II': 'ccw_apii',
	'CCW Protocol V': 'ccw_p5',
	BWC: 'bwc',
	CWC: 'cwc',
	TPNW: 'tpnw'
};

export function conventionOf(words: string): Convention | null {
	if (CONVENTION_OF[words]) return CONVENTION_OF[words];
	if (words.startsWith('UN PoA/ITI')) return 'poa_iti';
	if (words.startsWith('UNROCA')) return 'unroca';
	if (words.startsWith('MILEX')) return 'milex';
	return null;
}

export function reportKindOf(words: string): ReportKind | null {
	const w = words.toLowerCase();
	if (w.startsWith('initial')) return 'initial';
	if (w.startsWith('progress report')) return 'progress';
	if (w.startsWith('national implementing measures')) return 'implementing_measures';
	if (w.startsWith('declaration')) return 'declaration';
	if (w.includes('annual') || w.startsWith('confidence-building measures')) return 'annual';
	if (w === 'national report') return 'national';
	return null;
}

/**
 * The due rule from the source's two typed columns (`fixed_annual_due_mmdd`, `relative_due`):
 * "EIF+180 days", "EIF+1 year", "year end+90 days". "party+30 days" is the TPNW's Article 2(1)
 * declaration: read as 30 days after entry into force for the State (README, "Judgement").
 */
export function dueOf(
	fixed: string,
	relative: string
): { from: DueFrom; day: string | null; offset: number | null; unit: DueUnit | null } | null {
	if (fixed !== '') return relative === '' ? { from: 'fixed_day', day: fixed, offset: null, unit: null } : null;
	if (relative === '' || /^each /i.test(relative)) return { from: 'none', day: null, offset: null, unit: null };
	const m = /^(EIF|year end|party)\s*\+\s*(\d+)\s+(day|month|year)s?$/i.exec(relative);
	if (!m) return null;
	const from: DueFrom = m[1]!.toLowerCase() === 'year end' ? 'year_end' : 'entry_into_force';
	return { from, day: null, offset: Number(m[2]), unit: `${m[3]!.toLowerCase()}s` as DueUnit };
}

/** Only what the source states: an empty period is `not_stated`, never inferred from the report's kind. */
export function coversOf(words: string): Covers {
	const w = words.toLowerCase();
	if (w.startsWith('previous calendar year')) return 'previous_year';
	if (w.startsWith('situation at entry into force')) return 'at_entry_into_force';
	return 'not_stated';
}

export function bindingOf(words: string): Binding | null {
	const w = words.toLowerCase();
	if (w.startsWith('legally binding')) return 'yes';
	if (w.startsWith('politically')) return 'politically';
	if (w.startsWith('decision of')) return 'by_decision';
	if (w.startsWith('voluntary')) return 'no';
	return null;
}

/**
 * Obligations that bind only some States Parties, with whom, as the source's words say it: the
 * CWC's Schedule 2 declarations (States with declarable Schedule 2 activities or plant sites) and
 * the TPNW's Article 4 reports (States that possess, possessed or host nuclear weapons).
 */
export function conditionOf(convention: Convention, c: Cells): string {
	if (convention === 'cwc' && /schedule 2/i.test(c.report_type ?? ''))
		return 'States Parties with declarable Schedule 2 activities or plant sites (the declaration is of them)';
	if (convention === 'tpnw' && /only for States/i.test(c.binding ?? ''))
		return 'States Parties that possess, possessed or host nuclear weapons (TPNW Article 4)';
	return '';
}

export interface Converted {
	rules: Record<string, unknown>[];
	rates: Record<string, unknown>[];
	problems: Problem[];
}

export function convertRules(text: string, file: string, problems: Problem[]): Record<string, unknown>[] {
	const out: Record<string, unknown>[] = [];
	for (const { line, c } of rowsOf(text)) {
		const where = (column: string) => ({ file, line, column, value: c[column] ?? '' });
		const convention = conventionOf(c.convention ?? '');
		const report = reportKindOf(c.report_type ?? '');
		const due = dueOf(c.fixed_annual_due_mmdd ?? '', c.relative_due ?? '');
		const binding = bindingOf(c.binding ?? '');
		if (!convention)
			problems.push(
				problem(where('convention'), {
					key: 'problem.oneOf',
					params: { values: Object.keys(CONVENTION_OF).join(', ') }
				})
			);
		if (!report) problems.push({ ...where('report_type'), message: 'no report kind known for these words' });
		if (!due)
			problems.push({
				...where('relative_due'),
				message: 'expected EIF+N days|months|years, year end+N days, party+N days, each ... or empty'
			});
		if (!binding)
			problems.push({
				...where('binding'),
				message: 'expected words starting legally binding, politically, decision of or voluntary'
			});
		if (!convention || !report || !due || !binding) continue;
		const condition = conditionOf(convention, c);
		out.push({
			convention,
			report,
			report_as_written: c.report_type,
			due_from: due.from,
			due_day: due.day ?? '',
			due_offset: due.offset ?? '',
			due_unit: due.unit ?? '',
			due_rule_as_written: c.due_rule,
			covers: coversOf(c.period_covered ?? ''),
			period_covered_as_written: c.period_covered,
			binding,
			binding_as_written: c.binding,
			computable: due.from !== 'none',
			conditional: condition !== '',
			condition,
			legal_basis: c.legal_basis,
			legal_basis_checked: c.legal_basis_checked,
			submit_to: c.submit_to,
			public_or_restricted: c.public_or_restricted,
			source: c.source_url,
			quote: c.quote,
			notes: noteOf(convention, due.from, c),
			source_line: line
		});
	}
	return out;
}

/** The source's note, with the judgement made here added where one was made. */
function noteOf(convention: Convention, from: DueFrom, c: Cells): string {
	const notes = c.notes ?? '';
	if (convention === 'tpnw' && /^party\+/i.test(c.relative_due ?? ''))
		return `${notes} Typed as 30 days after entry into force for the State: the Ban Monitor gives Grenada (deposit 20 June 2022, in force 18 September 2022 under Article 15(2)) a deadline in October 2022, which only that reading gives (reporting_rates.csv).`.trim();
	if (from === 'none') return `${notes} Context: no due day can be computed from the source.`.trim();
	return notes;
}

export function convertRates(text: string, file: string, problems: Problem[]): Record<string, unknown>[] {
	const out: Record<string, unknown>[] = [];
	for (const { line, c } of rowsOf(text)) {
		const convention = conventionOf(c.convention ?? '');
		if (!convention) {
			problems.push({ file, line, column: 'convention', value: c.convention ?? '', message: 'unknown convention' });
			continue;
		}
		const value = c.value ?? '';
		out.push({
			convention,
			report_type: c.report_type,
			period_covered: c.period_covered,
			as_of: c.as_of_date,
			metric: c.metric,
			value,
			value_number: /^\d+$/.test(value) ? value : '',
			denominator: c.denominator,
			unit: c.unit,
			quote: c.quote,
			source: c.source_url,
			source_kind: c.source_kind,
			first_seen_in: c.first_seen_in,
			notes: c.notes,
			source_line: line
		});
	}
	return out;
}

/** Each converted row validated with the canonical schema, so ingest reads what was written. */
function validate(rows: Record<string, unknown>[], schema: z.ZodType, file: string, problems: Problem[]) {
	for (const r of rows) {
		const cells = Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v ?? '')]));
		const parsed = schema.safeParse(cells);
		if (!parsed.success)
			for (const issue of parsed.error.issues)
				problems.push(issueProblem(issue, cells, file, Number(cells.source_line) || 0));
	}
}

/** Both files converted and validated; the CSV texts to write when there are no problems. */
export function convertCrossConvention(
	rulesText: string,
	ratesText: string,
	files: { rules: string; rates: string }
): { rulesCsv: string; ratesCsv: string; rules: number; rates: number; problems: Problem[] } {
	const problems: Problem[] = [];
	const rules = convertRules(rulesText, files.rules, problems);
	const rates = convertRates(ratesText, files.rates, problems);
	validate(rules, ruleRowSchema, files.rules, problems);
	validate(rates, rateRowSchema, files.rates, problems);
	return {
		rulesCsv: toCsv(RULE_COLUMNS as never, rules as never),
		ratesCsv: toCsv(RATE_COLUMNS as never, rates as never),
		rules: rules.length,
		rates: rates.length,
		problems
	};
}
