/**
 * The UN Digital Library "UN General Assembly Voting Data" CSV (one row per State per recorded
 * vote) -> canonical vote rows. Two column layouts exist in the wild: the current one
 * (ms_code, ms_name, ms_vote, resolution; non-voting X) and an older one (ms_codes, ms_names,
 * ms_votes, resolutions; non-voting NV). A third, compact export of the same records names its
 * columns iso3, state, vote, vote_date, source_url and may carry body and part; it has no title
 * column, so its rows are taken as votes on the resolution the importer is told (`--title`).
 * Rows are mapped one at a time so files of any size stream.
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
/** The compact export's spelling of the current layout's columns. */
const COMPACT: Record<string, string> = {
	iso3: 'ms_code',
	state: 'ms_name',
	vote: 'ms_vote',
	vote_date: 'date',
	source_url: 'undl_link'
};
/** The older layout's spelling of each column, for messages naming a column the user's file lacks. */
const OLDER_NAME: Record<string, string> = Object.fromEntries(Object.entries(ALIASES).map(([o, c]) => [c, o]));

const COMPACT_NAME: Record<string, string> = Object.fromEntries(Object.entries(COMPACT).map(([o, c]) => [c, o]));

/** A column as the older layout spells it. */
export const olderColumnName = (column: string) => OLDER_NAME[column] ?? column;

/** A column as the file's layout spells it, for messages that point into the user's file. */
export function columnIn(layout: UndlLayout, column: string): string {
	if (layout.name === 'older') return olderColumnName(column);
	if (layout.name === 'compact') return COMPACT_NAME[column] ?? column;
	return column;
}

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
/** Columns only the compact export has: a vote's body and part (the others are plenary, whole text). */
const EXTRA = ['body', 'part'] as const;
type Field = (typeof UNDL_COLUMNS)[number] | (typeof EXTRA)[number];
const FIELDS: readonly string[] = [...UNDL_COLUMNS, ...EXTRA];

export interface UndlLayout {
	name: 'current' | 'older' | 'compact';
	index: Partial<Record<Field, number>>;
}

/** Recognises the layout from the header; a missing column is a problem naming it. */
export function undlLayout(header: readonly string[], file: string): UndlLayout | Problem[] {
	const index: Partial<Record<Field, number>> = {};
	let older = false;
	let compact = false;
	header.forEach((raw, i) => {
		const h = raw.trim().toLowerCase();
		const name = (ALIASES[h] ?? COMPACT[h] ?? h) as Field;
		if (h in ALIASES) older = true;
		if (h in COMPACT) compact = true;
		if (FIELDS.includes(name)) index[name] ??= i;
	});
	const problems: Problem[] = [];
	// The compact export has no title: the importer names the resolution its rows are on.
	const required: Field[] = compact ? ['ms_vote', 'date', 'resolution'] : ['ms_vote', 'date', 'resolution', 'title'];
	for (const c of required)
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
	return problems.length ? problems : { name: older ? 'older' : compact ? 'compact' : 'current', index };
}

export function cellOf(rec: CsvRecord, layout: UndlLayout, field: Field): string {
	const i = layout.index[field];
	return i === undefined ? '' : (rec.cells[i] ?? '').trim();
}

/**
 * Maps one record; returns the canonical row or the problems found in it. `title` is the
 * resolution's title for a layout without a title column.
 */
export function mapUndlRecord(
	rec: CsvRecord,
	layout: UndlLayout,
	resolver: Resolver,
	file: string,
	title = ''
): { row: CanonicalVote } | { problems: Problem[] } {
	const cell = (f: Field) => cellOf(rec, layout, f);
	const problems: Problem[] = [];
	const at = (column: string, value: string, message: string) =>
		problems.push({ file, line: rec.line, column, value, message });

	const rawVote = cell('ms_vote');
	const vote = normaliseVote(rawVote);
	if (vote === null) at(columnIn(layout, 'ms_vote'), rawVote, 'expected a vote code Y, N, A, X or NV');

	const date = cell('date').slice(0, 10);
	if (!isIsoDate(date)) at(columnIn(layout, 'date'), cell('date'), 'expected a date written YYYY-MM-DD');

	const code = cell('ms_code');
	const name = cell('ms_name');
	let iso3 = '';
	if (code) {
		const ref = resolver.byIso3(code.toUpperCase());
		if (ref) iso3 = ref.iso3;
		else at(columnIn(layout, 'ms_code'), code, 'not a State in data/reference/states.csv');
	} else {
		// The voting data follows UN naming, where "Congo" is the Republic of the Congo.
		const r = resolver.resolve(name, { unNaming: true });
		if (r.ok) iso3 = r.state.iso3;
		else at(columnIn(layout, 'ms_name'), name, describeResolutionError(name, r));
	}
	if (problems.length) return { problems };

	const year = date.slice(0, 4);
	const session = cell('session') || String(Number(year) - 1945);
	const link = cell('undl_link');
	// The compact export names the record by its address only.
	const undlId = cell('undl_id') || (/digitallibrary\.un\.org\/record\/(\d+)/.exec(link)?.[1] ?? '');
	const note = cell('vote_note');
	return {
		row: {
			year,
			session,
			body: cell('body') || 'plenary',
			part: cell('part') || 'whole',
			resolution: cell('resolution'),
			draft: cell('draft'),
			vote_date: date,
			iso3,
			ms_name: name,
			vote: vote!,
			provisional: String(/^provisional/i.test(note)),
			vote_note: note,
			undl_id: undlId,
			title: cell('title') || title,
			total_yes: cell('total_yes'),
			total_no: cell('total_no'),
			total_abstentions: cell('total_abstentions'),
			total_non_voting: cell('total_non_voting'),
			total_ms: cell('total_ms'),
			source: link || (undlId ? `UN Digital Library record ${undlId}` : 'UN Digital Library voting data')
		}
	};
}
