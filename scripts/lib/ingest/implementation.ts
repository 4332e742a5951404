/**
 * Implementation dataset (data/sources/implementation/, written by import:implementation): the
 * Article 3 and 4 events, retention, Article 9 measures and the meetings. Ingest resolves States,
 * checks every row against the Convention's rules (src/lib/domain/implementation.ts) and stores
 * the day each event is known from; the statuses on a day are the controller's (obligationOn).
 */
import { latestDate } from '../../../src/lib/domain/datasets';
import path from 'node:path';
import {
	eventFaults,
	eventKnownFrom,
	findMeeting,
	originalDeadline,
	type EventFault,
	type ImplArticle
} from '../../../src/lib/domain/implementation';
import { parsePartialDate } from '../../../src/lib/domain/partial-date';
import { resolutionReason, type Resolver } from '../../../src/lib/reference/resolver';
import {
	EVENT_COLUMNS,
	eventRowSchema,
	MEETING_COLUMNS,
	meetingRowSchema,
	NATIONAL_COLUMNS,
	nationalRowSchema,
	RETENTION_COLUMNS,
	retentionRowSchema,
	type EventRow
} from '../../../src/lib/schema/implementation';
import type { Reason } from '../../../src/lib/schema/reason';
import { TABLES } from '../../../src/lib/schema/tables';
import { DataError, problem, readCsvText, type Problem } from '../../../src/lib/validate';
import { display, readSources, sourceEntry, writeTable, type Check, type IngestStep } from './common';

/** Each row's State: a State of the reference, named by its state column too, that has deposited. */
function stateProblems(
	rows: readonly { state: string; iso3: string }[],
	lines: readonly number[],
	file: string,
	resolver: Resolver,
	parties: ReadonlySet<string>
): Problem[] {
	const problems: Problem[] = [];
	rows.forEach((r, i) => {
		const line = lines[i] ?? 0;
		const ref = resolver.byIso3(r.iso3);
		if (!ref) {
			problems.push(
				problem(
					{ file, line, column: 'iso3', value: r.iso3 },
					{ key: 'problem.unknownState', params: { name: r.iso3 } }
				)
			);
			return;
		}
		const byName = resolver.resolve(r.state, { unNaming: true });
		if (!byName.ok)
			problems.push(problem({ file, line, column: 'state', value: r.state }, resolutionReason(r.state, byName)));
		else if (byName.state.iso3 !== r.iso3)
			problems.push(
				problem(
					{ file, line, column: 'iso3', value: r.iso3 },
					{ key: 'problem.iso3OtherState', params: { state: byName.state.name, iso3: byName.state.iso3 } }
				)
			);
		else if (!parties.has(r.iso3))
			problems.push(
				problem(
					{ file, line, column: 'state', value: r.state },
					{ key: 'problem.implNotParty', params: { state: ref.name } }
				)
			);
	});
	return problems;
}

function faultReason(f: EventFault, state: string, eif: string | null): Reason {
	if (f.fault === 'beforeEntryIntoForce')
		return { key: 'problem.deadlineBeforeEntryIntoForce', params: { state, date: eif ?? '' } };
	if (f.fault === 'shortens') return { key: 'problem.extensionShortens', params: { previous: f.previous } };
	return { key: 'problem.completedBeforeAdoption' };
}

/** The same event twice from one source (every column the rules read equal): a paste done twice. */
function sameEvents(rows: readonly EventRow[], lines: readonly number[], file: string): Problem[] {
	const first = new Map<string, number>();
	const problems: Problem[] = [];
	rows.forEach((r, i) => {
		const key = JSON.stringify([r.iso3, r.event, r.deadline, r.meeting, r.completed, r.known_by, r.applies, r.source]);
		const line = lines[i] ?? 0;
		const seen = first.get(key);
		if (seen === undefined) first.set(key, line);
		else
			problems.push(
				problem({ file, line, column: 'event', value: r.event }, { key: 'problem.sameEvent', params: { line: seen } })
			);
	});
	return problems;
}

export const ingestImplementation: IngestStep = async ({ sourcesDir, outDir, resolver, accession }) => {
	const dir = path.join(sourcesDir, 'sources', 'implementation');
	const files = {
		stockpile: path.join(dir, 'stockpile_destruction.csv'),
		clearance: path.join(dir, 'clearance.csv'),
		retention: path.join(dir, 'retention.csv'),
		national: path.join(dir, 'national_implementation.csv'),
		meetings: path.join(dir, 'meetings.csv')
	};
	const texts = readSources(files);
	const meetings = readCsvText(texts.meetings, MEETING_COLUMNS, meetingRowSchema, display(files.meetings));
	const retention = readCsvText(texts.retention, RETENTION_COLUMNS, retentionRowSchema, display(files.retention));
	const national = readCsvText(texts.national, NATIONAL_COLUMNS, nationalRowSchema, display(files.national));
	const byArticle: { article: ImplArticle; file: string; text: string }[] = [
		{ article: 3, file: files.stockpile, text: texts.stockpile },
		{ article: 4, file: files.clearance, text: texts.clearance }
	];
	const eventFiles = byArticle.map((a) => ({
		...a,
		...readCsvText(a.text, EVENT_COLUMNS, eventRowSchema, display(a.file))
	}));

	const deposited = accession.ccmAccession.filter((a) => a.deposit_date);
	const parties = new Set(deposited.map((a) => a.iso3));
	const eif = new Map(deposited.map((a) => [a.iso3, a.entry_into_force]));
	const problems: Problem[] = [];
	const checks: Check[] = [];
	const eventRows: Record<string, unknown>[] = [];

	for (const f of eventFiles) {
		const file = display(f.file);
		problems.push(...stateProblems(f.rows, f.lines, file, resolver, parties), ...sameEvents(f.rows, f.lines, file));
		f.rows.forEach((r, i) => {
			if (r.meeting !== null && !findMeeting(r.meeting, meetings.rows))
				problems.push(
					problem(
						{ file, line: f.lines[i] ?? 0, column: 'meeting', value: r.meeting },
						{ key: 'problem.unknownMeeting', params: { file: path.basename(files.meetings) } }
					)
				);
		});
		// The rules read one State's rows in file order.
		const byState = new Map<string, number[]>();
		f.rows.forEach((r, i) => byState.set(r.iso3, [...(byState.get(r.iso3) ?? []), i]));
		for (const [iso3, idx] of byState) {
			const inForce = eif.get(iso3) ?? null;
			for (const { index, fault } of eventFaults(
				f.article,
				idx.map((i) => f.rows[i]!),
				inForce
			)) {
				const i = idx[index]!;
				const r = f.rows[i]!;
				problems.push(
					problem(
						{ file, line: f.lines[i] ?? 0, column: fault.column, value: String(r[fault.column] ?? '') },
						faultReason(fault, r.state, inForce)
					)
				);
			}
			// A deadline a source states beside the one Article 3(2) / 4(1)(a) gives: said, not refused.
			const computed = originalDeadline(f.article, inForce);
			for (const i of idx) {
				const r = f.rows[i]!;
				if (r.event !== 'obligation' || !r.deadline || !computed) continue;
				const p = parsePartialDate(r.deadline);
				const ok = p !== null && p.earliest <= computed && computed <= p.latest;
				checks.push({
					dataset: 'implementation',
					subject: `${iso3} Article ${f.article} original deadline`,
					ok,
					message: ok
						? `${file} line ${f.lines[i]}: ${r.deadline} agrees with entry into force ${inForce} + ${f.article === 3 ? 8 : 10} years (${computed})`
						: `${file} line ${f.lines[i]}: the source states ${r.deadline}; entry into force ${inForce} + ${f.article === 3 ? 8 : 10} years gives ${computed}`
				});
			}
		}
		f.rows.forEach((r, i) =>
			eventRows.push({
				...r,
				article: f.article,
				known_from: eventKnownFrom(r, meetings.rows, accession.dataAsOf),
				seq: i,
				source_line: r.source_line
			})
		);
	}
	problems.push(
		...stateProblems(retention.rows, retention.lines, display(files.retention), resolver, parties),
		...stateProblems(national.rows, national.lines, display(files.national), resolver, parties)
	);
	if (problems.length) throw new DataError(problems);

	// The record's latest stated fact: a completion, a source's own date, a granting meeting's close.
	const grantedAt = eventRows.filter((e) => e.event === 'extension_granted').map((e) => e.known_from);
	return {
		datasets: {
			implementation: {
				as_of: latestDate([
					...eventRows.flatMap((e) => [e.completed, e.known_by] as (string | null)[]),
					...(grantedAt as (string | null)[]),
					...retention.rows.map((r) => r.as_of),
					...national.rows.map((r) => (r.year === null ? null : String(r.year)))
				]),
				basis: 'latest_record'
			}
		},
		tables: {
			impl_events: await writeTable(outDir, TABLES.impl_events, eventRows),
			impl_retention: await writeTable(outDir, TABLES.impl_retention, retention.rows),
			impl_national: await writeTable(
				outDir,
				TABLES.impl_national,
				national.rows.map((r, i) => ({ ...r, seq: i }))
			),
			meetings: await writeTable(outDir, TABLES.meetings, meetings.rows)
		},
		sources: [
			...eventFiles.map((f) => sourceEntry(f.file, f.rows.length, f.text)),
			sourceEntry(files.retention, retention.rows.length, texts.retention),
			sourceEntry(files.national, national.rows.length, texts.national),
			sourceEntry(files.meetings, meetings.rows.length, texts.meetings)
		],
		checks
	};
};
