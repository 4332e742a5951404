/**
 * The bad-input cases that need size, time or chance: a 200 MB voting file streamed to an error
 * on its last line, two ingests at once, an ingest killed half-way, and random truncations and
 * byte flips of every source file (fast-check) that must always end in a located error with the
 * previous output untouched, or in a complete, consistent output.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvLine, parseCsv } from '../../src/lib/csv';
import { ROOT, run, tsxCommand } from './cli';
import {
	cleanIngest,
	excerpt,
	hashTree,
	ingestInProcess,
	outcomes,
	REAL_INPUTS,
	tmpDir,
	writeOutcomes
} from './faults';

afterAll(() => writeOutcomes());

describe('a 200 MB voting file', () => {
	let dir: string;
	let big: string;
	let outFile: string;
	let cleanRow: string[];
	let header: string[];
	beforeAll(() => {
		dir = tmpDir('faults-big');
		big = path.join(dir, 'undl-200mb.csv');
		outFile = path.join(dir, 'votes.csv');
		const real = parseCsv(fs.readFileSync(REAL_INPUTS.undl, 'utf8'));
		header = real.header;
		cleanRow = real.records[0]!.cells;
		// Rows of another resolution (the importer keeps the CCM's only), repeated to 200 MB.
		const titleAt = header.indexOf('title');
		const other = real.records.map((r) => {
			const cells = [...r.cells];
			cells[titleAt] = 'FIXTURE another resolution (rows repeated for the size test)';
			return csvLine(cells);
		});
		const block = Buffer.from(other.join('\n') + '\n');
		const fd = fs.openSync(big, 'w');
		fs.writeSync(fd, csvLine(header) + '\n');
		for (let size = 0; size < 200 * 1024 * 1024; size += block.length) fs.writeSync(fd, block);
		fs.closeSync(fd);
		expect(run('import-undl', [REAL_INPUTS.undl, '--out', outFile]).code).toBe(0);
	}, 600_000);

	it('is streamed to an error on its last line, leaving the previous output as it was', () => {
		const before = hashTree(outFile);
		const bad = [...cleanRow];
		bad[header.indexOf('date')] = '2023-02-30';
		fs.appendFileSync(big, csvLine(bad) + '\n');
		const lines = fs.readFileSync(big, 'latin1').split('\n').length - 1;
		const started = Date.now();
		const r = run('import-undl', [big, '--out', outFile]);
		const seconds = ((Date.now() - started) / 1000).toFixed(1);
		outcomes.push({
			case: `200 MB file (${lines} lines), bad date on the last line (${seconds} s)`,
			command: 'import:undl',
			exit: r.code,
			message: excerpt(r.stderr),
			unchanged: 'yes'
		});
		expect(r.code, r.stderr).toBe(1);
		expect(r.stderr).toContain(`undl-200mb.csv line ${lines}, column date: value "2023-02-30"`);
		expect(hashTree(outFile)).toEqual(before);
		expect(fs.readdirSync(dir).sort()).toEqual(['undl-200mb.csv', 'votes.csv']);
		fs.rmSync(big);
	}, 600_000);
});

describe('ingests at the same time', () => {
	let out: string;
	let clean: Record<string, string>;
	beforeAll(() => ({ out, clean } = cleanIngest('faults-conc')));
	const spawnIngest = (args: string[]) =>
		new Promise<{ code: number | null; stderr: string }>((resolve) => {
			const p = spawn(...tsxCommand(path.join(ROOT, 'scripts/ingest.ts'), args), { cwd: ROOT });
			let stderr = '';
			p.stderr.on('data', (d) => (stderr += d));
			p.on('close', (code) => resolve({ code, stderr }));
		});
	const leftovers = () => fs.readdirSync(path.dirname(out)).filter((f) => f !== 'data');

	it('two started at once both finish and leave one complete output', async () => {
		const [a, b] = await Promise.all([spawnIngest(['--out', out]), spawnIngest(['--out', out])]);
		outcomes.push({
			case: 'two ingests started at once',
			command: 'ingest & ingest',
			exit: Math.max(a.code ?? 9, b.code ?? 9),
			message: 'both succeed, one after the other (lock file)',
			unchanged: 'same as clean'
		});
		expect([a.code, b.code]).toEqual([0, 0]);
		expect(hashTree(out)).toEqual(clean);
		expect(leftovers()).toEqual([]);
	});

	it('a failing ingest beside a good one never mixes their output', async () => {
		const bad = tmpDir('faults-conc-src');
		fs.cpSync(path.join(ROOT, 'data'), bad, { recursive: true });
		fs.writeFileSync(path.join(bad, 'sources/unga/tallies.csv'), '');
		const [good, failed] = await Promise.all([
			spawnIngest(['--out', out]),
			spawnIngest(['--sources', bad, '--out', out])
		]);
		expect(good.code).toBe(0);
		expect(failed.code).toBe(1);
		expect(failed.stderr).toMatch(/tallies\.csv line 1, column 1: the file is empty/);
		expect(hashTree(out)).toEqual(clean);
		expect(leftovers()).toEqual([]);
	});

	it('an ingest killed between its two renames is repaired by the next one', () => {
		// What `kill -9` leaves at the worst moment: the old output moved aside, the new one unfinished.
		const dead = 2 ** 22 + 12345; // above Linux's default pid_max: never a live process
		fs.renameSync(out, `${out}.old-${dead}`);
		fs.mkdirSync(`${out}.new-${dead}`);
		fs.writeFileSync(`${out}.new-${dead}/half.parquet`, 'PAR1');
		fs.writeFileSync(`${out}.lock`, String(dead));
		const sources = tmpDir('faults-kill-src');
		fs.cpSync(path.join(ROOT, 'data'), sources, { recursive: true });
		fs.writeFileSync(path.join(sources, 'sources/unga/tallies.csv'), '');
		// Even a failing ingest puts the previous output back first.
		const r = run('ingest', ['--sources', sources, '--out', out]);
		outcomes.push({
			case: 'an ingest killed between its renames (stale lock, output moved aside)',
			command: 'ingest (next run)',
			exit: r.code,
			message: excerpt(r.stderr),
			unchanged: 'yes'
		});
		expect(r.code).toBe(1);
		expect(hashTree(out)).toEqual(clean);
		expect(leftovers()).toEqual([]);
	});
});

describe('random truncations and byte flips of every source file (fast-check)', () => {
	const files = [
		'reference/states.csv',
		'sources/accession/ccm.csv',
		'sources/unga/votes.csv',
		'sources/unga/tallies.csv',
		'sources/article7/reports.csv',
		'sources/article7/coverage.csv',
		'sources/comparison/published_reporting_figures.csv',
		'sources/trustfund/facts.csv'
	];
	let out: string;
	let clean: Record<string, string>;
	let failures = 0;
	let accepted = 0;
	beforeAll(() => {
		out = path.join(tmpDir('faults-fc'), 'data');
		expect(run('ingest', ['--out', out]).code).toBe(0);
		clean = hashTree(out);
	});
	afterAll(() =>
		outcomes.push({
			case: `fast-check: 40 random truncations / byte flips (${failures} refused, ${accepted} valid after all)`,
			command: 'ingest*',
			exit: null,
			message: 'every refusal names file and line; no crash',
			unchanged: 'yes'
		})
	);

	const mutation = fc.oneof(
		fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
		fc.record({
			kind: fc.constant('flip' as const),
			at: fc.double({ min: 0, max: 1, noNaN: true }),
			byte: fc.integer({ min: 0, max: 255 })
		})
	);

	it('ends in a located error with the output untouched, or in a consistent output', async () => {
		await fc.assert(
			fc.asyncProperty(fc.constantFrom(...files), mutation, async (rel, m) => {
				const sources = tmpDir('faults-fc-src');
				fs.cpSync(path.join(ROOT, 'data'), sources, { recursive: true });
				const file = path.join(sources, rel);
				const bytes = fs.readFileSync(file);
				const at = Math.min(bytes.length - 1, Math.floor(m.at * bytes.length));
				if (m.kind === 'truncate') fs.writeFileSync(file, bytes.subarray(0, at));
				else {
					bytes[at] = m.byte;
					fs.writeFileSync(file, bytes);
				}
				const r = await ingestInProcess(sources, out);
				fs.rmSync(sources, { recursive: true, force: true });
				if (r.code === 0) {
					accepted++;
					// Valid after all: the manifest describes exactly the files written.
					const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'));
					const now = hashTree(out);
					for (const t of Object.values(manifest.tables) as { file: string; sha256: string }[])
						expect(now[t.file]).toBe(t.sha256);
					expect(run('ingest', ['--out', out]).code).toBe(0); // back to the clean output
				} else {
					failures++;
					expect(r.code).toBe(1);
					expect(r.stderr).toMatch(/(line \d+|missing source file)/);
					expect(r.stderr).not.toMatch(/\n\s+at /);
					expect(hashTree(out)).toEqual(clean);
				}
			}),
			{ numRuns: 40, seed: 20081203 }
		);
	}, 600_000);
});
