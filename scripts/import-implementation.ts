/**
 * npm run -s import:implementation -- DIR [--out DIR] [--json]
 * Converts the public-record compilation of implementation facts (DIR: stockpile_destruction.csv,
 * clearance.csv, retention.csv, national_implementation.csv, meetings.csv, as in
 * ../shared/sources/implementation/) into the canonical typed files of
 * data/sources/implementation/ (README.md there). The judgement each conversion needs (the
 * source's words for an event mapped to the enum, the granting meeting and whether it is inferred,
 * "<=2015" as a date on or before) is made here, in one place, and every row keeps the words it
 * was read from and its source line. Nothing is written unless every row converts and validates.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCsv, toCsv, type CsvTable } from '../src/lib/csv';
import { CCM_ADOPTED, latestDay, type ImplEvent, type NationalStatus } from '../src/lib/domain/implementation';
import {
	EVENT_COLUMNS,
	eventRowSchema,
	MEETING_COLUMNS,
	meetingRowSchema,
	NATIONAL_COLUMNS,
	nationalRowSchema,
	RETENTION_COLUMNS,
	retentionRowSchema
} from '../src/lib/schema/implementation';
import { DataError, issueProblem, problem, type Problem } from '../src/lib/validate';
import type { z } from '../src/lib/schema/z';
import { makeDir } from './lib/atomic-dir';
import { main, parseFlags, printJson, say, UsageError } from './lib/cli';
import { readTextFile } from '../src/lib/server/read-text-file';

const USAGE = 'npm run -s import:implementation -- DIR [--out DIR] [--json]';

type Cells = Record<string, string>;

function read(file: string): { table: CsvTable; rows: { line: number; c: Cells }[] } {
	const { text } = readTextFile(file, file);
	const table = parseCsv(text);
	const rows = table.records.map((r) => ({
		line: r.line,
		c: Object.fromEntries(table.header.map((h, i) => [h.trim(), (r.cells[i] ?? '').trim()]))
	}));
	return { table, rows };
}

/** The source's words for an event, as the enum; null when they say nothing the enum knows. */
export function eventOf(words: string): ImplEvent | null {
	const w = words.toLowerCase().trim();
	if (w.startsWith('original deadline')) return 'obligation';
	if (w.startsWith('status')) return 'status';
	if (w === 'obligation re-opened' || w === 'obligation reopened') return 'obligation_reopened';
	if (w.startsWith('extension request') || (w.startsWith('extension') && w.includes('(request)')))
		return 'extension_requested';
	if (w.startsWith('extension')) return 'extension_granted';
	if (w.startsWith('completion')) return 'completion';
	return null;
}

/**
 * The meeting named in `extension_granted_at` ("9MSP (2-4 Sept 2019)", "2RC part 2 (...) -
 * inferred", "not confirmed (probably 2RC, 2021)"), and whether the source infers it rather than
 * reads it in a decision. "unclear (...)" names none.
 */
export function meetingOf(words: string): { meeting: string | null; inferred: boolean } {
	const w = words.trim();
	if (w === '') return { meeting: null, inferred: false };
	const inferred = /inferred|probably|not confirmed/i.test(w);
	const m = /^(\d+(?:MSP|RC))(?:\s+part\s+(\d))?/.exec(w) ?? /probably\s+(\d+(?:MSP|RC))/.exec(w);
	if (!m) return { meeting: null, inferred: false };
	return { meeting: m[2] ? `${m[1]} (part ${m[2]})` : m[1]!, inferred };
}

/** The year of the publication a source address names (Monitor /reports/2019/, im-2022, ...-monitor-2019). */
function publicationYear(url: string): string | null {
	return /\/reports\/(\d{4})\//.exec(url)?.[1] ?? /(?:im-|monitor-)(\d{4})\b/.exec(url)?.[1] ?? null;
}

/**
 * What the rows say in words that a rule cannot read, decided once here (README, "Judgement").
 * Keyed by file, ISO3 and the source's event words.
 */
const READINGS: Record<string, Partial<{ applies: boolean; known_by: string }>> = {
	// "clarified in May 2022 that it does not have any" stockpile.
	'stockpile_destruction.csv/GNB/status (no stockpile)': { applies: false, known_by: '2022-05' }
};

function convertEvents(file: string, problems: Problem[]) {
	const name = path.basename(file);
	const { rows } = read(file);
	const out: Record<string, unknown>[] = [];
	const stated = new Set(rows.filter((r) => eventOf(r.c.event ?? '') === 'obligation').map((r) => r.c.iso3 ?? ''));
	for (const { line, c } of rows) {
		const event = eventOf(c.event ?? '');
		if (!event) {
			problems.push(problem({ file, line, column: 'event', value: c.event ?? '' }, unknownEvent()));
			continue;
		}
		const meeting = meetingOf(c.extension_granted_at ?? '');
		const completedText = c.completed_date ?? '';
		const onOrBefore = completedText.startsWith('<=');
		const completed = completedText.replace(/^<=/, '');
		const reading = READINGS[`${name}/${c.iso3}/${c.event}`] ?? {};
		const base = {
			state: c.state,
			iso3: c.iso3,
			meeting: '',
			meeting_inferred: 'false',
			meeting_as_written: c.extension_granted_at ?? '',
			completed: '',
			completed_on_or_before: 'false',
			known_by: '',
			applies: '',
			obligation: c.obligation ?? '',
			event_as_written: c.event ?? '',
			source: c.source,
			quote: c.quote ?? '',
			note: c.note ?? '',
			source_line: String(line)
		};
		// A completion row that also states the original deadline: the deadline is a fact of its own.
		if (event === 'completion' && c.original_deadline && !stated.has(c.iso3 ?? '')) {
			out.push({ ...base, event: 'obligation', deadline: c.original_deadline });
			stated.add(c.iso3 ?? '');
		}
		const preConvention = event === 'completion' && completed !== '' && (latestDay(completed) ?? '') < CCM_ADOPTED;
		if (preConvention) {
			// Destroyed before the Convention existed: no Article 3 obligation arose from those stocks.
			out.push({
				...base,
				event: 'status',
				deadline: '',
				applies: 'false',
				known_by: completed,
				note: `Destroyed before the Convention was adopted (30 May 2008): recorded as a status, not an Article 3 completion.${base.note ? ` ${base.note}` : ''}`
			});
			continue;
		}
		const undated =
			(event === 'completion' && completed === '') || event === 'obligation_reopened' || event === 'status';
		out.push({
			...base,
			event,
			deadline:
				event === 'obligation'
					? (c.original_deadline ?? '')
					: event.startsWith('extension')
						? (c.new_deadline ?? '')
						: '',
			meeting: event.startsWith('extension') ? (meeting.meeting ?? '') : '',
			meeting_inferred: String(event.startsWith('extension') && meeting.meeting !== null && meeting.inferred),
			completed: event === 'completion' ? completed : '',
			completed_on_or_before: String(event === 'completion' && onOrBefore),
			known_by: reading.known_by ?? (undated ? (publicationYear(c.source ?? '') ?? '') : ''),
			applies: reading.applies === undefined ? '' : String(reading.applies)
		});
	}
	return out;
}

const unknownEvent = () => ({
	key: 'problem.choice' as const,
	params: {
		choices: ['original deadline', 'extension', 'extension request', 'completion', 'obligation re-opened', 'status']
	}
});

function convertRetention(file: string) {
	return read(file).rows.map(({ line, c }) => {
		const a = c.as_of ?? '';
		// A figure is as of the day its profile gives, else the date it is stated for ("since 2013": 2013).
		const asOf =
			/^(\d{4}-\d{2}-\d{2})\b/.exec(a)?.[1] ??
			/profile(?: last updated)? (\d{4}-\d{2}-\d{2})/.exec(a)?.[1] ??
			/^(\d{4}(?:-\d{2})?)$/.exec(a)?.[1] ??
			/since (\d{4})/.exec(a)?.[1] ??
			'';
		const count = (v: string | undefined) => (v ?? '').replace(/[,+]/g, '');
		return {
			state: c.state,
			iso3: c.iso3,
			as_of: asOf,
			as_of_as_written: a,
			cluster_munitions: count(c.cluster_munitions_retained),
			submunitions: count(c.submunitions_retained),
			submunitions_more_than: String((c.submunitions_retained ?? '').endsWith('+')),
			source: c.source,
			quote: c.quote ?? '',
			note: c.note ?? '',
			source_line: String(line)
		};
	});
}

const NATIONAL: Record<string, NationalStatus> = {
	'specific legislation adopted': 'specific_legislation',
	'existing law deemed sufficient': 'existing_law_sufficient',
	'in process': 'in_process',
	'no specific measures / unclear': 'none_or_unclear'
};

function convertNational(file: string, problems: Problem[]) {
	return read(file).rows.flatMap(({ line, c }) => {
		const status = NATIONAL[c.status ?? ''];
		if (!status) {
			problems.push(
				problem(
					{ file, line, column: 'status', value: c.status ?? '' },
					{ key: 'problem.choice', params: { choices: Object.keys(NATIONAL) } }
				)
			);
			return [];
		}
		return [
			{
				state: c.state,
				iso3: c.iso3,
				status,
				year: c.year ?? '',
				status_as_written: c.status ?? '',
				source: c.source,
				quote: c.quote ?? '',
				note: c.note ?? '',
				source_line: String(line)
			}
		];
	});
}

function convertMeetings(file: string) {
	return read(file).rows.map(({ line, c }) => ({
		meeting: c.meeting,
		kind: /RC\b/.test(c.meeting ?? '') ? 'rc' : 'msp',
		number: c.number ?? '',
		start_date: c.start_date ?? '',
		end_date: c.end_date ?? '',
		city: c.city ?? '',
		president_state: c.president_state ?? '',
		president_name: c.president_name ?? '',
		source: c.source,
		quote: c.quote ?? '',
		note: c.note ?? '',
		source_line: String(line)
	}));
}

/** Each converted row validated with the canonical schema, so ingest reads what was written. */
function validate(rows: Record<string, unknown>[], schema: z.ZodType, file: string, problems: Problem[]) {
	rows.forEach((r) => {
		const cells = Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v ?? '')]));
		const parsed = schema.safeParse(cells);
		if (!parsed.success)
			for (const issue of parsed.error.issues)
				problems.push(issueProblem(issue, cells, file, Number(cells.source_line) || 0));
	});
}

await main(async () => {
	const { values, positionals } = parseFlags(
		process.argv.slice(2),
		{ out: { type: 'string', default: 'data/sources/implementation' }, json: { type: 'boolean' } },
		USAGE
	);
	const [dir] = positionals;
	if (!dir || positionals.length > 1) throw new UsageError(`one source folder is required\nusage: ${USAGE}`);
	const src = (f: string) => path.join(dir, f);
	for (const f of [
		'stockpile_destruction.csv',
		'clearance.csv',
		'retention.csv',
		'national_implementation.csv',
		'meetings.csv'
	])
		if (!fs.existsSync(src(f))) throw new DataError([{ file: src(f), line: 0, column: 0, message: 'file not found' }]);

	const problems: Problem[] = [];
	const outputs: { file: string; columns: readonly string[]; rows: Record<string, unknown>[]; schema: z.ZodType }[] = [
		{
			file: 'stockpile_destruction.csv',
			columns: EVENT_COLUMNS,
			rows: convertEvents(src('stockpile_destruction.csv'), problems),
			schema: eventRowSchema
		},
		{
			file: 'clearance.csv',
			columns: EVENT_COLUMNS,
			rows: convertEvents(src('clearance.csv'), problems),
			schema: eventRowSchema
		},
		{
			file: 'retention.csv',
			columns: RETENTION_COLUMNS,
			rows: convertRetention(src('retention.csv')),
			schema: retentionRowSchema
		},
		{
			file: 'national_implementation.csv',
			columns: NATIONAL_COLUMNS,
			rows: convertNational(src('national_implementation.csv'), problems),
			schema: nationalRowSchema
		},
		{
			file: 'meetings.csv',
			columns: MEETING_COLUMNS,
			rows: convertMeetings(src('meetings.csv')),
			schema: meetingRowSchema
		}
	];
	for (const o of outputs) validate(o.rows, o.schema, src(o.file), problems);
	if (problems.length) throw new DataError(problems);

	makeDir(values.out!);
	const written: Record<string, number> = {};
	for (const o of outputs) {
		fs.writeFileSync(path.join(values.out!, o.file), toCsv(o.columns as never, o.rows as never));
		written[o.file] = o.rows.length;
	}
	say(
		`import:implementation: wrote ${Object.entries(written)
			.map(([f, n]) => `${f} ${n}`)
			.join(', ')} to ${values.out}`
	);
	if (values.json) printJson({ out: values.out, files: written });
});
