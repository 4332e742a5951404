/**
 * A fresh clone has no ../shared: the bad-input suite then runs on the repository's fixtures. This
 * machine has the shared sources, so the full suite never takes that path here; these checks take it
 * (cheaply, in this process) so a case written against a real file cannot silently miss on a
 * fixture, as "missing column" (ms_vote vs ms_votes) and "script as a State name" (a page without
 * Afghanistan) once did.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import { parseUntcPage } from '../../src/lib/sources/untc';
import { undlLayout } from '../../src/lib/sources/undl';
import { repoRoot, sharedDir } from '../unit/support/sources';
import { dropColumn, realInputs, scriptAsFirstParticipant, XSS } from './faults';

const stranger = realInputs('/nonexistent-ccm-shared/sources');

describe('the shared sources folder', () => {
	it('is ../shared beside the repository unless CCM_SHARED_DIR names another one', () => {
		expect(sharedDir({})).toBe(path.resolve(repoRoot, '../shared'));
		expect(sharedDir({ CCM_SHARED_DIR: '/nonexistent' })).toBe(path.resolve('/nonexistent'));
	});
});

describe('without the shared sources, the importers read the fixtures', () => {
	it('uses the committed fixtures for import:undl and import:untc', () => {
		expect(stranger.undl).toBe(path.join(repoRoot, 'tests/fixtures/undl/fixture-older-layout.csv'));
		expect(stranger.untc).toBe(path.join(repoRoot, 'tests/fixtures/untc/fixture-minimal.html'));
	});

	it('rebuilds the Article 7 compilation from the committed record', () => {
		expect(stranger.article7.startsWith(repoRoot)).toBe(false);
		const t = parseCsv(fs.readFileSync(stranger.article7, 'utf8'));
		expect(t.header).toEqual(['state', 'report_type', 'covering_year', 'submitted_date', 'source_url', 'quote']);
		const record = parseCsv(fs.readFileSync(path.join(repoRoot, 'data/sources/article7/reports.csv'), 'utf8'));
		const kind = record.header.indexOf('date_kind');
		expect(t.records).toHaveLength(record.records.filter((r) => r.cells[kind] !== 'published').length);
	});

	it('the older-layout fixture without its vote column is refused naming ms_votes, as that file spells it', () => {
		const text = dropColumn('ms_votes')(fs.readFileSync(stranger.undl, 'utf8')) as string;
		expect(undlLayout(parseCsv(text).header, 'input.csv')).toEqual([
			expect.objectContaining({ line: 1, column: 'ms_votes' })
		]);
	});

	it('the fixture page takes the script as its first participant', () => {
		const page = scriptAsFirstParticipant(fs.readFileSync(stranger.untc, 'utf8'));
		expect(parseUntcPage(page).rows[0]!.participant).toBe(XSS);
	});
});
