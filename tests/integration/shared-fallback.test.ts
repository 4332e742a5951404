/**
 * A fresh clone has no ../shared: the bad-input suite then runs on the repository's fixtures. This
 * machine has the shared sources, so the full suite never takes that path here; these checks take it,
 * the last one by running the importer cases of faults.test.ts with CCM_SHARED_DIR on an empty
 * folder, so a case written against a real file cannot silently miss on a fixture, as "missing
 * column" (ms_vote vs ms_votes) and "script as a State name" (a page without Afghanistan) once did.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import { parseUntcPage } from '../../scripts/lib/parsers/untc';
import { undlLayout } from '../../scripts/lib/parsers/undl';
import { repoRoot, sharedDir, sourcesDir } from '../unit/support/sources';
import { dropColumn, realInputs, scriptAsFirstParticipant, tmpDir, XSS } from './faults';

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

// Where the shared sources are missing, faults.test.ts itself already runs on the fixtures; only here,
// beside ../shared, does the stranger's path need a run of its own (about 40 s on two cores).
describe.skipIf(!fs.existsSync(sourcesDir))('a stranger running the importers on bad input', () => {
	it('passes every case of import:undl, import:article7 and import:untc with the shared sources out of reach', () => {
		const empty = tmpDir('no-shared');
		const report = path.join(tmpDir('no-shared-report'), 'report.json');
		const r = spawnSync(
			'npx',
			[
				'vitest',
				'run',
				'tests/integration/faults.test.ts',
				'-t',
				'^import:',
				'--reporter=json',
				`--outputFile=${report}`
			],
			{ cwd: repoRoot, encoding: 'utf8', env: { ...process.env, CCM_SHARED_DIR: empty, FAULTS_TABLE: '' } }
		);
		expect(fs.existsSync(report), r.stderr.slice(-2000)).toBe(true);
		const results = (
			JSON.parse(fs.readFileSync(report, 'utf8')) as {
				testResults: { assertionResults: { ancestorTitles: string[]; title: string; status: string }[] }[];
			}
		).testResults.flatMap((f) => f.assertionResults);
		const ran = results.filter((t) => /^import:/.test(t.ancestorTitles[0] ?? ''));
		// Named, so that a failure reads as the cases that miss on the fixtures.
		expect(ran.filter((t) => t.status !== 'passed').map((t) => `${t.ancestorTitles.join(' > ')} > ${t.title}`)).toEqual(
			[]
		);
		expect([...new Set(ran.map((t) => t.ancestorTitles[0]))].sort()).toEqual([
			'import:article7 on bad input',
			'import:undl on bad input',
			'import:untc on bad input'
		]);
		expect(ran.length).toBeGreaterThanOrEqual(30);
		expect(r.status, r.stderr.slice(-2000)).toBe(0);
	}, 300_000);
});
