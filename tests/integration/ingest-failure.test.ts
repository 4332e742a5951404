// A failed ingest says what is wrong (file, line, column, value, expectation) and leaves the previous output untouched.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, run } from './cli';

let out: string;
let snapshot: Map<string, Buffer>;

function readAll(dir: string) {
	return new Map(fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f))]));
}

/** A copy of data/ with one edit to ccm.csv: a fixture made from the real file. */
function brokenSources(edit: (csv: string) => string) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-src-'));
	fs.cpSync(path.join(ROOT, 'data'), dir, { recursive: true });
	const file = path.join(dir, 'sources/accession/ccm.csv');
	fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')));
	return dir;
}

beforeAll(() => {
	out = fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-out-'));
	expect(run('ingest', ['--out', out]).code).toBe(0);
	snapshot = readAll(out);
});

function expectUntouched() {
	const now = readAll(out);
	expect([...now.keys()].sort()).toEqual([...snapshot.keys()].sort());
	for (const [f, buf] of snapshot) expect(now.get(f)!.equals(buf), f).toBe(true);
	expect(fs.readdirSync(path.dirname(out)).filter((f) => f.startsWith(path.basename(out) + '.'))).toEqual([]);
}

describe('ingest on bad input', () => {
	it('names file, line, column, value and expectation for an impossible date', () => {
		const src = brokenSources((csv) => csv.replace('2025-09-05', '2025-02-30'));
		const r = run('ingest', ['--sources', src, '--out', out]);
		expect(r.code).toBe(1);
		const line =
			fs
				.readFileSync(path.join(src, 'sources/accession/ccm.csv'), 'utf8')
				.split('\n')
				.findIndex((l) => l.includes('2025-02-30')) + 1;
		expect(r.stderr).toContain(
			`ccm.csv line ${line}, column deposit_date: value "2025-02-30": expected a calendar date written YYYY-MM-DD`
		);
		expect(r.stderr).not.toMatch(/\n\s+at /);
		expectUntouched();
	});
	it('rejects an unknown State code', () => {
		const src = brokenSources((csv) => csv.replace(',VUT,', ',XXX,'));
		const r = run('ingest', ['--sources', src, '--out', out]);
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/column iso3: value "XXX"/);
		expectUntouched();
	});
	it('rejects a missing column and a duplicated row', () => {
		const noCol = brokenSources((csv) => csv.replace('treaty,state,', 'treaty,stat,'));
		const r1 = run('ingest', ['--sources', noCol, '--out', out]);
		expect(r1.code).toBe(1);
		expect(r1.stderr).toMatch(/column state: this column is missing/);
		const dup = brokenSources((csv) => csv + csv.split('\n')[1] + '\n');
		const r2 = run('ingest', ['--sources', dup, '--out', out]);
		expect(r2.code).toBe(1);
		expect(r2.stderr).toMatch(/a second row for ccm\/AFG \(first at line 2\)/);
		expectUntouched();
	});
	it('rejects an unclosed quote with its line', () => {
		const src = brokenSources((csv) => csv.replace('ccm,Vanuatu', 'ccm,"Vanuatu'));
		const r = run('ingest', ['--sources', src, '--out', out]);
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/ccm\.csv line \d+/);
		expectUntouched();
	});
	it('answers an unknown flag with exit 2', () => {
		const r = run('ingest', ['--nope']);
		expect(r.code).toBe(2);
		expect(r.stderr).toContain('usage:');
	});
});
