/**
 * The UNTC status-page importer: parsing (on a fixture page and on the nine real pages when
 * ../shared/sources/untc is there), the header-count check, and the import:untc command.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/csv';
import { loadStates } from '../../src/lib/server/load-states';
import { createResolver } from '../../src/lib/reference/resolver';
import {
	ACCESSION_COLUMNS,
	checkHeaderCounts,
	parseUntcPage,
	parseWithdrawal,
	toAccessionRecords,
	UNTC_TREATIES,
	UntcDataError,
	UntcParseError,
	type AccessionRecord
} from '../../scripts/lib/parsers/untc';
import { available, repoRoot, untcDir } from './support/sources';

const resolver = createResolver(loadStates(path.join(repoRoot, 'data/reference/states.csv')));
const fixtureFile = path.join(repoRoot, 'tests/fixtures/untc/fixture-minimal.html');
const fixture = readFileSync(fixtureFile, 'utf8');

function byState(records: AccessionRecord[], state: string): AccessionRecord {
	const r = records.find((x) => x.state === state);
	if (!r) throw new Error(`no row for ${state}`);
	return r;
}

/** The page without the participant row of `name`. */
function withoutRow(html: string, name: string): string {
	const row = new RegExp(`<tr class="trB(?:White|GGrey)">\\s*<td>(?:<A [^>]*>)?${name}\\b[\\s\\S]*?</tr>`);
	expect(row.test(html), `a row for ${name}`).toBe(true);
	return html.replace(row, '');
}

describe('parseUntcPage on the fixture', () => {
	const page = parseUntcPage(fixture);

	it('reads the header', () => {
		expect(page.statusAsAt).toBe('2026-02-03');
		expect(page.title).toBe('Fixture Convention (test data)');
		expect(page.mtdsgNo).toBe('FIXTURE-1');
		expect(page.headerCounts).toEqual({ signatories: 7, parties: 8 });
		expect(page.columns.map((c) => c.kind)).toEqual(['participant', 'signature', 'provisional_application', 'deposit']);
	});

	it('reads only the participant table, with names as written', () => {
		expect(page.rows.map((r) => r.participant)).toEqual([
			'Angola',
			'Austria',
			'Belize',
			'Cabo Verde',
			'Congo',
			"Côte d'Ivoire",
			'Denmark',
			'Lithuania',
			'Montenegro',
			'Poland'
		]);
	});

	it('reads dates and the suffixes a, A, AA, d, n and none', () => {
		const row = (name: string) => page.rows.find((r) => r.participant === name);
		expect(row('Angola')).toMatchObject({ signatureDate: '2020-01-01', depositDate: null, action: null });
		expect(row('Austria')).toMatchObject({
			signatureDate: '2020-01-02',
			depositDate: '2021-03-15',
			action: 'ratification'
		});
		expect(row('Belize')).toMatchObject({
			signatureDate: null,
			provisionalApplicationDate: '2021-02-04',
			depositDate: '2021-02-04',
			action: 'accession',
			footnotes: [1]
		});
		expect(row('Cabo Verde')?.action).toBe('acceptance');
		expect(row('Denmark')?.action).toBe('approval');
		expect(row('Montenegro')?.action).toBe('succession');
		expect(row('Poland')?.footnotes).toEqual([1, 3]);
	});

	it('reads end notes as plain text', () => {
		expect(page.endNotes.get(1)).toBe('Fixture note: a declaration made “upon accession”.');
		expect(page.endNotes.get(2)).toContain('(See depositary notification C.N.1.2024.TREATIES-FIXTURE of 1 July 2024)');
	});

	it('reads a withdrawal in effect and a pending one from the end notes', () => {
		const lithuania = page.rows.find((r) => r.participant === 'Lithuania');
		expect(lithuania?.bracketed).toBe(true);
		expect(lithuania?.withdrawal).toEqual({ note: 2, notified: '2024-07-01', effective: '2025-01-01', pending: false });
		const poland = page.rows.find((r) => r.participant === 'Poland');
		expect(poland?.bracketed).toBe(false);
		// "subject to" keeps it pending, even though the date named is before the page date.
		expect(poland?.withdrawal).toEqual({ note: 3, notified: '2025-08-02', effective: '2026-02-02', pending: true });
	});

	it('records the line of each row', () => {
		const line = fixture.split('\n').findIndex((l) => l.includes('<td>Angola<br></td>'));
		expect(page.rows[0]?.line).toBe(line); // the <tr> is on the line before the name; lines are 1-based
	});
});

describe('parseUntcPage errors', () => {
	it('refuses a page that is not a UNTC status page', () => {
		expect(() => parseUntcPage('<html><body>Hello</body></html>')).toThrow(UntcParseError);
		expect(() => parseUntcPage('<html><body>Hello</body></html>')).toThrow('not a UNTC status page');
	});

	it('refuses a bracketed row without a withdrawal note', () => {
		const html = fixture.replace(
			/<a name='2'>2<\/a>[^<]*<index><\/index>On 1 July 2024[^<]*/,
			"<a name='2'>2</a>A note about something else."
		);
		expect(() => parseUntcPage(html)).toThrow(
			/Lithuania\): the row is in square brackets \(withdrawn\) but no end note/
		);
	});

	it('refuses a suffix the column legend does not define', () => {
		const html = fixture.replace('21 Sep\t 2021 d', '21 Sep\t 2021 x');
		expect(() => parseUntcPage(html)).toThrow('(Montenegro): suffix "x" is not in the column legend');
	});

	it('refuses an unreadable date and a missing end note', () => {
		expect(() => parseUntcPage(fixture.replace('15 Mar\t 2021', '31 Feb\t 2021'))).toThrow(
			'(Austria): cannot read the date cell "31 Feb 2021"'
		);
		expect(() => parseUntcPage(fixture.replace("href='#3'", "href='#9'").replace('>3</A>', '>9</A>'))).toThrow(
			'(Poland): refers to end note 9'
		);
	});
});

describe('parseWithdrawal', () => {
	const asAt = '2026-02-03';

	// End notes as the real status page words them.
	const lithuania =
		'On 6 September 2024, the Government of the Republic of Lithuania deposited with the Secretary-General a notification of withdrawal. The withdrawal took effect for Lithuania on 6 March 2025 in accordance with article 20 (3) of the Convention.';
	const poland =
		'On 20 August 2025, the Government of Poland deposited with the Secretary-General a notification of withdrawal (see depositary notification C.N.421.2025.TREATIES-XXVI-5 of 26 August 2025). The withdrawal will take effect for Poland on 20 February 2026 in accordance with article 20 (3) of the Convention, subject to the condition set forth in the said paragraph.';

	it('reads "took effect" as in effect', () => {
		const withdrawal = { note: 3, notified: '2024-09-06', effective: '2025-03-06', pending: false };
		expect(parseWithdrawal(3, lithuania, asAt)).toEqual(withdrawal);
	});

	it('reads "will take effect ... subject to" as pending', () => {
		const withdrawal = { note: 8, notified: '2025-08-20', effective: '2026-02-20', pending: true };
		expect(parseWithdrawal(8, poland, asAt)).toEqual(withdrawal);
	});

	it('reads "will take effect" without a condition by its date', () => {
		const text = (day: string) =>
			`On 1 March 2025, the Government of X deposited with the Secretary-General a notification of withdrawal. The withdrawal will take effect on ${day}.`;
		expect(parseWithdrawal(1, text('1 September 2026'), asAt)?.pending).toBe(true);
		expect(parseWithdrawal(1, text('1 September 2025'), asAt)?.pending).toBe(false);
	});

	it('returns null for a note that is no withdrawal', () => {
		expect(
			parseWithdrawal(1, 'Until further notice, the Convention shall not apply to the Faroe Islands.', asAt)
		).toBeNull();
	});
});

describe('toAccessionRecords and checkHeaderCounts on the fixture', () => {
	const page = parseUntcPage(fixture);
	const records = toAccessionRecords(page, 'ccm', resolver, 'fixture-minimal.html');

	it('gives canonical rows', () => {
		// The canonical header, written out once: the promise every accession CSV keeps.
		const header =
			'treaty state iso3 signature_date deposit_date action provisional_application_date withdrawal_notified withdrawal_effective withdrawal_pending footnotes source status_as_at';
		expect(ACCESSION_COLUMNS).toEqual(header.split(' '));
		expect(byState(records, 'Congo').iso3).toBe('COG');
		expect(byState(records, "Côte d'Ivoire").iso3).toBe('CIV');
		expect(byState(records, 'Lithuania')).toMatchObject({
			iso3: 'LTU',
			deposit_date: '2021-08-20',
			withdrawal_notified: '2024-07-01',
			withdrawal_effective: '2025-01-01',
			withdrawal_pending: false
		});
		expect(byState(records, 'Austria').withdrawal_pending).toBeNull();
		expect(byState(records, 'Poland').footnotes).toMatch(/^1: Fixture note: .* \| 3: On 2 August 2025, /);
		expect(byState(records, 'Angola').source).toBe('UNTC status page FIXTURE-1 (ccm), status as at 2026-02-03');
		const csv = toCsv(ACCESSION_COLUMNS, records).split('\n');
		expect(csv[0]).toBe(ACCESSION_COLUMNS.join(','));
		expect(csv[1]).toBe(
			'ccm,Angola,AGO,2020-01-01,,,,,,,,"UNTC status page FIXTURE-1 (ccm), status as at 2026-02-03",2026-02-03'
		);
	});

	it('reproduces the header: a pending withdrawal counts, one in effect does not', () => {
		expect(checkHeaderCounts(records, page)).toEqual({
			ok: true,
			asAt: '2026-02-03',
			parties: { header: 8, computed: 8 },
			signatories: { header: 7, computed: 7 }
		});
	});

	it('fails when a row is missing', () => {
		const cut = parseUntcPage(withoutRow(fixture, 'Austria'));
		const check = checkHeaderCounts(toAccessionRecords(cut, 'ccm', resolver, 'f.html'), cut);
		expect(check.ok).toBe(false);
		expect(check.parties).toEqual({ header: 8, computed: 7 });
	});

	it('names the file, line and name of an unknown State', () => {
		const odd = parseUntcPage(fixture.replace('<td>Angola<br></td>', '<td>Atlantis<br></td>'));
		const line = odd.rows[0]?.line;
		expect(() => toAccessionRecords(odd, 'ccm', resolver, 'fixture.html')).toThrow(UntcDataError);
		expect(() => toAccessionRecords(odd, 'ccm', resolver, 'fixture.html')).toThrow(
			`fixture.html line ${line}, column Participant: unknown State "Atlantis"`
		);
	});
});

describe.skipIf(!available(untcDir, 'the tests on the real UNTC pages'))('the nine real UNTC pages', () => {
	const load = (treaty: string) => {
		const file = path.join(untcDir, `${treaty}.html`);
		const page = parseUntcPage(readFileSync(file, 'utf8'));
		return { page, records: toAccessionRecords(page, treaty as 'ccm', resolver, file) };
	};

	it('are all there', () => {
		expect(
			readdirSync(untcDir)
				.filter((f) => f.endsWith('.html'))
				.sort()
		).toEqual(UNTC_TREATIES.map((t) => `${t}.html`).sort());
	});

	it.each([...UNTC_TREATIES])('%s: the rows reproduce the header counts', (treaty) => {
		const { page, records } = load(treaty);
		const check = checkHeaderCounts(records, page);
		expect(check.ok, JSON.stringify(check)).toBe(true);
		expect(page.statusAsAt).toBe('2026-02-03');
	});

	it('CCM: 112 parties, 107 signatories, Lithuania withdrawn, Vanuatu acceded', () => {
		const { page, records } = load('ccm');
		expect(page.mtdsgNo).toBe('XXVI-6');
		expect(page.title).toBe('Convention on Cluster Munitions');
		const check = checkHeaderCounts(records, page);
		expect(check.parties).toEqual({ header: 112, computed: 112 });
		expect(check.signatories).toEqual({ header: 107, computed: 107 });
		expect(byState(records, 'Lithuania')).toMatchObject({
			withdrawal_notified: '2024-09-06',
			withdrawal_effective: '2025-03-06',
			withdrawal_pending: false
		});
		expect(byState(records, 'Vanuatu')).toMatchObject({ deposit_date: '2025-09-05', action: 'accession' });
		expect(byState(records, 'Nigeria').deposit_date).toBe('2023-02-28');
	});

	it('Mine Ban Convention: four withdrawals in effect, Poland pending', () => {
		const { records } = load('ottawa');
		const withdrawals = records.filter((r) => r.withdrawal_effective !== null);
		expect(withdrawals.map((r) => `${r.iso3} ${r.withdrawal_effective} ${r.withdrawal_pending}`)).toEqual([
			'EST 2025-12-27 false',
			'FIN 2026-01-10 false',
			'LVA 2025-12-27 false',
			'LTU 2025-12-27 false',
			'POL 2026-02-20 true'
		]);
	});

	it('CCW Protocol V: consent to be bound, no signatories count', () => {
		const { page, records } = load('ccw_p5');
		expect(page.headerCounts.signatories).toBeNull();
		expect(new Set(records.map((r) => r.action))).toEqual(new Set(['consent_to_be_bound']));
	});

	it('a page with one participant row removed fails the check', () => {
		const html = withoutRow(readFileSync(path.join(untcDir, 'ccm.html'), 'utf8'), 'Vanuatu');
		const page = parseUntcPage(html);
		const check = checkHeaderCounts(toAccessionRecords(page, 'ccm', resolver, 'ccm.html'), page);
		expect(check.ok).toBe(false);
		expect(check.parties).toEqual({ header: 112, computed: 111 });
	});

	it('the shipped data/sources/accession/ccm.csv is what the importer makes of the page', () => {
		const { records } = load('ccm');
		const shipped = readFileSync(path.join(repoRoot, 'data/sources/accession/ccm.csv'), 'utf8');
		expect(shipped).toBe(toCsv(ACCESSION_COLUMNS, records));
	});

	// The header of each page as at 2026-02-03 (null: the page gives no such count).
	const HEADERS: Record<string, { parties: number; signatories: number | null; rows: number }> = {
		ccm: { parties: 112, signatories: 107, rows: 125 },
		ottawa: { parties: 162, signatories: 132, rows: 166 },
		att: { parties: 117, signatories: 130, rows: 142 },
		ccw: { parties: 128, signatories: 50, rows: 132 },
		ccw_p5: { parties: 99, signatories: null, rows: 99 },
		cwc: { parties: 193, signatories: 165, rows: 194 },
		ctbt: { parties: 178, signatories: 187, rows: 187 },
		tpnw: { parties: 74, signatories: 95, rows: 99 },
		enmod: { parties: 78, signatories: 48, rows: 94 }
	};

	it.each([...UNTC_TREATIES])('%s: the header counts are reproduced exactly', (treaty) => {
		const { page, records } = load(treaty);
		const check = checkHeaderCounts(records, page);
		const h = HEADERS[treaty]!;
		expect(check.parties).toEqual({ header: h.parties, computed: h.parties });
		expect(check.signatories.header).toBe(h.signatories);
		if (h.signatories !== null) expect(check.signatories.computed).toBe(h.signatories);
		expect(records.length).toBe(h.rows);
	});

	it.each([...UNTC_TREATIES])(
		'%s: the shipped data/sources/accession CSV is what the importer makes of the page',
		(treaty) => {
			const { records } = load(treaty);
			const shipped = readFileSync(path.join(repoRoot, `data/sources/accession/${treaty}.csv`), 'utf8');
			expect(shipped).toBe(
				toCsv(
					ACCESSION_COLUMNS,
					records.map((r) => ({ ...r, treaty }))
				)
			);
		}
	);
});

/** Runs the command as a user would; tsx from node_modules, no shell. */
function importUntc(args: string[]) {
	const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
	const r = spawnSync(tsx, ['scripts/import-untc.ts', ...args], { cwd: repoRoot, encoding: 'utf8' });
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('import:untc command', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'import-untc-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('exits 0 and prints exactly one JSON document with --json', () => {
		const out = path.join(dir, 'fixture.csv');
		const r = importUntc([fixtureFile, '--out', out, '--treaty', 'ccm', '--json']);
		expect(r.status, r.stderr).toBe(0);
		expect(JSON.parse(r.stdout)).toEqual({
			treaty: 'ccm',
			file: fixtureFile,
			status_as_at: '2026-02-03',
			rows: 10,
			parties: { header: 8, computed: 8 },
			signatories: { header: 7, computed: 7 },
			out
		});
		expect(r.stdout.trim().split('\n')).toHaveLength(1);
		expect(readFileSync(out, 'utf8').split('\n')[0]).toBe(ACCESSION_COLUMNS.join(','));
		expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
	});

	it('prints nothing on stdout without --json', () => {
		const r = importUntc([fixtureFile, '--out', path.join(dir, 'quiet.csv')]);
		expect(r.status, r.stderr).toBe(0);
		expect(r.stdout).toBe('');
		expect(r.stderr).toContain('wrote 10 rows');
	});

	it('exits 1 on an unknown State and on a file that is not a UNTC page, without a stack trace', () => {
		const page = path.join(dir, 'atlantis.html');
		writeFileSync(page, fixture.replace('<td>Angola<br></td>', '<td>Atlantis<br></td>'));
		const out = path.join(dir, 'atlantis.csv');
		const r = importUntc([page, '--out', out]);
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/atlantis\.html line \d+, column Participant: unknown State "Atlantis"/);
		expect(existsSync(out)).toBe(false);
		const notPage = importUntc([path.join(repoRoot, 'package.json'), '--out', out]);
		expect(notPage.status).toBe(1);
		expect(notPage.stderr).toContain('not a UNTC status page');
		const missing = importUntc([path.join(dir, 'none.html'), '--out', out]);
		expect(missing.status).toBe(1);
		expect(missing.stderr).toContain('cannot read');
		for (const x of [r, notPage, missing]) {
			expect(x.stderr).not.toMatch(/\n\s+at /);
			expect(x.stdout).toBe('');
		}
	});

	it.each([
		[['--out', 'x.csv'], 'missing FILE'],
		[['page.html'], 'missing --out'],
		[['page.html', '--out', 'x.csv', '--frobnicate'], 'unknown option --frobnicate'],
		[['page.html', '--out', 'x.csv', '--treaty', 'bwc'], 'unknown treaty "bwc"']
	])('exits 2 on %j', (args, message) => {
		const r = importUntc(args);
		expect(r.status).toBe(2);
		expect(r.stderr).toContain(message);
		expect(r.stderr).toContain('usage: npm run -s import:untc -- FILE --out CSV');
		expect(r.stdout).toBe('');
	});

	describe.skipIf(!available(untcDir, 'the command tests on the real CCM page'))('on the real CCM page', () => {
		it('exits 1 on a header mismatch, giving both numbers, and leaves --out untouched', () => {
			const page = path.join(dir, 'ccm.html');
			writeFileSync(page, withoutRow(readFileSync(path.join(untcDir, 'ccm.html'), 'utf8'), 'Vanuatu'));
			const out = path.join(dir, 'existing.csv');
			const before = Buffer.from('pre-existing content, not CSV\r\n\u00e9');
			writeFileSync(out, before);
			const r = importUntc([page, '--out', out, '--json']);
			expect(r.status).toBe(1);
			expect(r.stderr).toContain('parties: header 112, computed 111');
			expect(r.stdout).toBe('');
			expect(readFileSync(out).equals(before)).toBe(true);
		});

		it('takes the treaty from the file name', () => {
			const out = path.join(dir, 'ccm.csv');
			const r = importUntc([path.join(untcDir, 'ccm.html'), '--out', out, '--json']);
			expect(r.status, r.stderr).toBe(0);
			expect(JSON.parse(r.stdout)).toMatchObject({
				treaty: 'ccm',
				rows: 125,
				parties: { header: 112, computed: 112 },
				signatories: { header: 107, computed: 107 }
			});
		});
	});
});
