/**
 * The UN Digital Library "UN General Assembly Voting Data" CSV (one row per State per recorded
 * vote) -> canonical vote rows. Two column layouts exist in the wild: the current one
 * (ms_code, ms_name, ms_vote, resolution; non-voting X) and an older one (ms_codes, ms_names,
 * ms_votes, resolutions; non-voting NV). Rows are mapped one at a time so files of any size stream.
 */
import type { CsvRecord } from '../../../src/lib/csv';
import { isIsoDate } from '../../../src/lib/domain/dates';
import { normaliseVote } from '../../../src/lib/domain/unga';
import { describeResolutionError, type Resolver } from '../../../src/lib/reference/resolver';
import type { Problem } from '../../../src/lib/validate';
import type { VOTE_COLUMNS } from '../../../src/lib/schema/unga';

export type CanonicalVote = Record<(typeof VOTE_COLUMNS)[number], string>;

const ALIASES: Record<string, string> = {
	ms_codes: 'ms_code',
	ms_names: 'ms_name',
	ms_votes: 'ms_vote',
	resolutions: 'resolution'
};
/** The older layout's spelling of each column, for messages naming a column the user's file lacks. */
const OLDER_NAME: Record<string, string> = Object.fromEntries(Object.entries(ALIASES).map(([o, c]) => [c, o]));

/** A column as the older layout spells it. */
export const olderColumnName = (column: string) => OLDER_NAME[column] ?? column;

/** The current layout's columns, in the order the UN Digital Library writes them. */
export const UNDL_COLUMNS = [
	'undl_id',
	'ms_code',
	'ms_name',
	'ms_vote',
	'date',
	'session',
	'resolution',
	'draft',
	'committee_report',
	'meeting',
	'title',
	'agenda_title',
	'subjects',
	'vote_note',
	'total_yes',
	'total_no',
	'total_abstentions',
	'total_non_voting',
	'total_ms',
	'undl_link'
] as const;
type Field = (typeof UNDL_COLUMNS)[number];
const REQUIRED: readonly Field[] = ['ms_vote', 'date', 'resolution', 'title'];

export interface UndlLayout {
	name: 'current' | 'older';
	index: Partial<Record<Field, number>>;
}

/** Recognises the layout from the header; a missing column is a problem naming it. */
export function undlLayout(header: readonly string[], file: string): UndlLayout | Problem[] {
	const index: Partial<Record<Field, number>> = {};
	let older = false;
	header.forEach((raw, i) => {
		const h = raw.trim().toLowerCase();
		const name = (ALIASES[h] ?? h) as Field;
		if (h in ALIASES) older = true;
		if ((UNDL_COLUMNS as readonly string[]).includes(name)) index[name] ??= i;
	});
	const problems: Problem[] = [];
	for (const c of REQUIRED)
		if (index[c] === undefined)
			problems.push({
				file,
				line: 1,
				column: older ? olderColumnName(c) : c,
				message: 'this column is missing from the header (UN Digital Library voting data)'
			});
	if (index.ms_code === undefined && index.ms_name === undefined)
		problems.push({
			file,
			line: 1,
			column: older ? 'ms_codes' : 'ms_code',
			message: older
				? 'expected a column ms_codes or ms_names naming the State'
				: 'expected a column ms_code or ms_name naming the State'
		});
	return problems.length ? problems : { name: older ? 'older' : 'current', index };
}

export function cellOf(rec: CsvRecord, layout: UndlLayout, field: Field): string {
	const i = layout.index[field];
	return i === undefined ? '' : (rec.cells[i] ?? '').trim();
}

/** Maps one record; returns the canonical row or the problems found in it. */
export function mapUndlRecord(
	rec: CsvRecord,
	layout: UndlLayout,
	resolver: Resolver,
	file: string
): { row: CanonicalVote } | { problems: Problem[] } {
	const cell = (f: Field) => cellOf(rec, layout, f);
	const problems: Problem[] = [];
	const at = (column: string, value: string, message: string) =>
		problems.push({ file, line: rec.line, column, value, message });

	const rawVote = cell('ms_vote');
	const vote = normaliseVote(rawVote);
	if (vote === null)
		at(layout.name === 'older' ? 'ms_votes' : 'ms_vote', rawVote, 'expected a vote code Y, N, A, X or NV');

	const date = cell('date').slice(0, 10);
	if (!isIsoDate(date)) at('date', cell('date'), 'expected a date written YYYY-MM-DD');

	const code = cell('ms_code');
	const name = cell('ms_name');
	let iso3 = '';
	if (code) {
		const ref = resolver.byIso3(code.toUpperCase());
		if (ref) iso3 = ref.iso3;
		else at(layout.name === 'older' ? 'ms_codes' : 'ms_code', code, 'not a State in data/reference/states.csv');
	} else {
		// The voting data follows UN naming, where "Congo" is the Republic of the Congo.
		const r = resolver.resolve(name, { unNaming: true });
		if (r.ok) iso3 = r.state.iso3;
		else at('ms_name', name, describeResolutionError(name, r));
	}
	if (problems.length) return { problems };

	const year = date.slice(0, 4);
	const session = cell('session') || String(Number(year) - 1945);
	const undlId = cell('undl_id');
	const note = cell('vote_note');
	return {
		row: {
			year,
			session,
			body: 'plenary',
			part: 'whole',
			resolution: cell('resolution'),
			draft: cell('draft'),
			vote_date: date,
			iso3,
			ms_name: name,
			vote: vote!,
			provisional: String(/^provisional/i.test(note)),
			vote_note: note,
			undl_id: undlId,
			title: cell('title'),
			total_yes: cell('total_yes'),
			total_no: cell('total_no'),
			total_abstentions: cell('total_abstentions'),
			total_non_voting: cell('total_non_voting'),
			total_ms: cell('total_ms'),
			source: cell('undl_link') || (undlId ? `UN Digital Library record ${undlId}` : 'UN Digital Library voting data')
		}
	};
}
