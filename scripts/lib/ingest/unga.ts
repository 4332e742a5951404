/**
 * UNGA dataset: per-State votes (data/sources/unga/votes.csv, streamed: the --all file has a
 * million rows) and published tallies (tallies.csv). Tallies are always counted from the votes;
 * ingest compares each count with the file's own totals and with the published tally, and reports
 * every difference (with the States in the smaller categories) as a check in the manifest.
 */
import { latestDate } from '../../../src/lib/domain/datasets';
import fs from 'node:fs';
import path from 'node:path';
import { CsvError, CsvStreamParser, checkWidth, type CsvRecord } from '../../../src/lib/csv';
import { isAboutCcm, VOTE_CODES, type VoteCode } from '../../../src/lib/domain/unga';
import { describeResolutionError, type Resolver } from '../../../src/lib/reference/resolver';
import type { StateRef } from '../../../src/lib/schema/states';
import { TABLES } from '../../../src/lib/schema/tables';
import {
	TALLY_COLUMNS,
	tallyRowSchema,
	VOTE_COLUMNS,
	voteRowSchema,
	type TallyRow
} from '../../../src/lib/schema/unga';
import {
	checkHeader,
	csvProblem,
	DataError,
	issueProblem,
	problem,
	readCsvText,
	type Problem
} from '../../../src/lib/validate';
import { SeenVotes } from '../parsers/seen-votes';
import { ParquetTableWriter } from '../write-parquet';
import { streamTextFile } from '../../../src/lib/server/read-text-file';
import { say } from '../cli';
import {
	display,
	finishTable,
	readSource,
	sameKeyRows,
	sourceEntry,
	writeTable,
	type Check,
	type IngestStep,
	type TableEntry
} from './common';

const MAX_PROBLEMS = 50;
/** Categories this small are listed State by State in a difference report. */
const LIST_UP_TO = 15;

interface VoteTally {
	key: string;
	label: string;
	year: number;
	body: string;
	part: string;
	topic: string | null;
	counts: Record<VoteCode, number>;
	states: Record<VoteCode, string[]>;
	fileTotals: { Y: number | null; N: number | null; A: number | null; X: number | null };
	totalMs: number | null;
	rows: number;
}

const NAMES: Record<VoteCode, string> = { Y: 'yes', N: 'no', A: 'abstain', X: 'non-voting' };

function describeCounts(c: Partial<Record<VoteCode, number | null>>) {
	return VOTE_CODES.filter((k) => c[k] !== undefined && c[k] !== null)
		.map((k) => `${c[k]} ${NAMES[k]}`)
		.join(', ');
}

/** A difference between the counted tally and another figure, naming the States where it helps. */
function difference(t: VoteTally, other: Partial<Record<VoteCode, number | null>>, what: string): Check {
	const differing = VOTE_CODES.filter((k) => other[k] !== undefined && other[k] !== null && other[k] !== t.counts[k]);
	const ok = differing.length === 0;
	let message = `${t.label}: counted from the per-State votes ${describeCounts(t.counts)}`;
	if (ok) message += `; ${what}: the same`;
	else {
		message += `; ${what}: ${describeCounts(other)}`;
		for (const k of differing) {
			const list = t.states[k];
			message += `. Counted ${NAMES[k]} (${t.counts[k]}): ${t.counts[k] <= LIST_UP_TO ? list.join(', ') || 'none' : `${t.counts[k]} States`}`;
		}
	}
	return { dataset: 'unga', subject: t.label, ok, message };
}

async function streamVotes(file: string, states: readonly StateRef[], resolver: Resolver, writer: ParquetTableWriter) {
	const shown = display(file);
	const seen = new SeenVotes(states.map((s) => s.iso3));
	const tallies = new Map<string, VoteTally>();
	const problems: Problem[] = [];
	let header: string[] | null = null;
	let rows = 0;
	let lastDay: string | null = null;
	const onRecord = (rec: CsvRecord) => {
		if (!header) {
			header = rec.cells.map((h) => h.trim());
			const p = checkHeader(header, VOTE_COLUMNS, shown);
			if (p.length) throw new DataError(p);
			return;
		}
		checkWidth(header, rec);
		const obj: Record<string, string> = {};
		header.forEach((h, i) => (obj[h] = rec.cells[i] ?? ''));
		const parsed = voteRowSchema.safeParse(obj);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) problems.push(issueProblem(issue, obj, shown, rec.line));
		} else {
			const v = parsed.data;
			const ref = resolver.byIso3(v.iso3);
			const at = (message: string) =>
				problems.push({ file: shown, line: rec.line, column: 'iso3', value: v.iso3, message });
			if (!ref) at('not a State in data/reference/states.csv');
			else if (!ref.unMember) at(`${ref.name} is not a voting member of the General Assembly`);
			else {
				const label = `${v.resolution} (${v.body.replace('_', ' ')}${v.part === 'whole' ? '' : `, ${v.part}`}, ${v.vote_date})`;
				if (!seen.add(label, v.iso3)) at(`a second vote of ${v.iso3} in ${label}`);
				let t = tallies.get(label);
				if (!t) {
					t = {
						key: `${v.year}|${v.body}|${v.part}`,
						label,
						year: v.year,
						body: v.body,
						part: v.part,
						topic: isAboutCcm(v.title) ? 'ccm' : null,
						counts: { Y: 0, N: 0, A: 0, X: 0 },
						states: { Y: [], N: [], A: [], X: [] },
						fileTotals: { Y: v.total_yes, N: v.total_no, A: v.total_abstentions, X: v.total_non_voting },
						totalMs: v.total_ms,
						rows: 0
					};
					tallies.set(label, t);
				}
				t.counts[v.vote]++;
				if (v.vote !== 'Y') t.states[v.vote].push(v.iso3);
				t.rows++;
				if (lastDay === null || v.vote_date > lastDay) lastDay = v.vote_date;
				writer.append({ ...v, note: v.vote_note || null, topic: t.topic });
				rows++;
			}
		}
		if (problems.length >= MAX_PROBLEMS) throw new DataError(problems);
	};
	const parser = new CsvStreamParser();
	try {
		for await (const chunk of streamTextFile(file, shown, (_, notice) => notice && say(`notice: ${notice}`)))
			parser.push(chunk, onRecord);
		parser.end(onRecord);
	} catch (e) {
		if (e instanceof CsvError) throw new DataError([csvProblem(e, shown)]);
		throw e;
	}
	if (!header) throw new DataError([problem({ file: shown, line: 1, column: 1 }, { key: 'problem.emptyFile' })]);
	if (problems.length) throw new DataError(problems);
	return { rows, tallies: [...tallies.values()], lastDay };
}

/**
 * The main sponsors of each vote as States: the tallies file names them as the UN does
 * ("NETHERLANDS (KINGDOM OF THE)"), comma-separated, first the sponsor that introduced the draft.
 * A name that names no State is an error at its line, like any other cell.
 */
function sponsorRows(rows: readonly TallyRow[], lines: readonly number[], file: string, resolver: Resolver) {
	const problems: Problem[] = [];
	const out = rows.flatMap((r, i) =>
		(r.main_sponsors ?? '')
			.split(',')
			.map((n) => n.trim())
			.filter(Boolean)
			.flatMap((name, k) => {
				const found = resolver.resolve(name, { unNaming: true });
				if (found.ok)
					return [
						{
							year: r.year,
							body: r.body,
							resolution: r.resolution,
							iso3: found.state.iso3,
							position: k + 1,
							source: r.source_url
						}
					];
				problems.push({
					file,
					line: lines[i]!,
					column: 'main_sponsors',
					value: name,
					message: describeResolutionError(name, found)
				});
				return [];
			})
	);
	if (problems.length) throw new DataError(problems);
	return out;
}

export const ingestUnga: IngestStep = async ({ sourcesDir, outDir, states, resolver }) => {
	const dir = path.join(sourcesDir, 'sources', 'unga');
	const votesFile = path.join(dir, 'votes.csv');
	const talliesFile = path.join(dir, 'tallies.csv');
	readSource(votesFile); // existence, with the usual message
	const tallyText = readSource(talliesFile);
	const published = readCsvText(tallyText, TALLY_COLUMNS, tallyRowSchema, display(talliesFile));
	// One published tally per vote: a second would be compared with the counts in its place, unseen.
	const twice = sameKeyRows(
		published.rows,
		published.lines,
		display(talliesFile),
		['year', 'body', 'part'],
		(r) => `a second tally for ${r.year} ${r.body.replace('_', ' ')} ${r.part}`
	);
	if (twice.length) throw new DataError(twice);

	const sponsors = sponsorRows(published.rows, published.lines, display(talliesFile), resolver);

	const writer = await ParquetTableWriter.open(TABLES.unga_votes);
	const votes = await streamVotes(votesFile, states, resolver, writer);
	const tables: Record<string, TableEntry> = {
		unga_votes: await finishTable(outDir, TABLES.unga_votes, writer),
		// The tallies file is the CCM resolution's, by construction (data/sources/unga/README.md).
		unga_tallies: await writeTable(
			outDir,
			TABLES.unga_tallies,
			published.rows.map((r: TallyRow) => ({ ...r, topic: 'ccm', source: r.source_url }))
		),
		unga_sponsors: await writeTable(outDir, TABLES.unga_sponsors, sponsors)
	};

	const checks: Check[] = [];
	// Votes on other resolutions (kept with --all) are checked too, but only their differences
	// are listed: every browser reads the manifest, so it must stay small.
	const others: Check[] = [];
	for (const t of votes.tallies) {
		const mine = t.topic === 'ccm' ? checks : others;
		const total = t.counts.Y + t.counts.N + t.counts.A + t.counts.X;
		if (Object.values(t.fileTotals).some((v) => v !== null))
			mine.push(difference(t, t.fileTotals, "the file's totals"));
		if (t.totalMs !== null && t.totalMs !== total)
			mine.push({
				dataset: 'unga',
				subject: t.label,
				ok: false,
				message: `${t.label}: ${total} States have a vote row; the file's total_ms says ${t.totalMs}`
			});
		if (t.topic !== 'ccm') continue;
		const pub = published.rows.find((p) => `${p.year}|${p.body}|${p.part}` === t.key && p.yes !== null);
		if (pub)
			checks.push(
				difference(
					t,
					{ Y: pub.yes, N: pub.no, A: pub.abstain, X: pub.non_voting },
					`the published tally (${pub.source_url.split(' ')[0]})`
				)
			);
	}
	const failed = others.filter((c) => !c.ok);
	if (others.length)
		checks.push(...failed.slice(0, 20), {
			dataset: 'unga',
			subject: 'other resolutions',
			ok: failed.length === 0,
			message: `votes on other resolutions: ${others.length - failed.length} of ${others.length} checks agree${failed.length > 20 ? ' (the first 20 differences are listed)' : ''}`
		});
	const votesBuf = fs.readFileSync(votesFile);
	return {
		datasets: {
			unga: { as_of: latestDate([votes.lastDay, ...published.rows.map((r) => r.vote_date)]), basis: 'latest_vote' }
		},
		tables,
		sources: [sourceEntry(votesFile, votes.rows, votesBuf), sourceEntry(talliesFile, published.rows.length, tallyText)],
		checks
	};
};
