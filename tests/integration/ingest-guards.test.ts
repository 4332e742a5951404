/**
 * Guards of the ingest and importers that need more than one mutated file (issue #19): the day
 * the command runs (CCM_TODAY pins it), an empty dataset replacing a full one, an output folder
 * that cannot exist, readers of manifest.json during a swap, a full disk and a file too big to
 * hold in memory. Outcomes go to the table of docs/RELIABILITY.md like the other fault cases.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { csvLine, parseCsv } from '../../src/lib/csv';
import { swapDir } from '../../scripts/lib/atomic-dir';
import { ROOT, run, runAsync } from './cli';
import { excerpt, hashTree, outcomes, REAL_INPUTS, tmpDir, writeOutcomes } from './faults';

afterAll(() => writeOutcomes());

/** The status date of the committed CCM file: the day before it is "yesterday" for the data. */
const STATUS_DATE = parseCsv(fs.readFileSync(path.join(ROOT, 'data/sources/accession/ccm.csv'), 'utf8')).records[0]!
	.cells[12]!;
const dayBefore = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

describe('the status date and the day the command runs', () => {
	it('ingest refuses a status date after today and accepts it on the day itself', () => {
		const out = path.join(tmpDir('guard-today'), 'data');
		const early = run('ingest', ['--out', out], { env: { CCM_TODAY: dayBefore(STATUS_DATE) } });
		outcomes.push({
			case: `status date ${STATUS_DATE} on the day before (CCM_TODAY=${dayBefore(STATUS_DATE)})`,
			command: 'ingest',
			exit: early.code,
			message: excerpt(early.stderr),
			unchanged: 'yes'
		});
		expect(early.code, early.stderr).toBe(1);
		expect(early.stderr).toContain(`column status_as_at: value "${STATUS_DATE}": a date in the future`);
		expect(fs.existsSync(out)).toBe(false);
		const onTheDay = run('ingest', ['--out', out], { env: { CCM_TODAY: STATUS_DATE } });
		expect(onTheDay.code, onTheDay.stderr).toBe(0);
	});

	it('import:untc refuses a page whose status date is after today', () => {
		if (!REAL_INPUTS.untc.includes('shared')) return; // the fixture page has its own date
		const dir = tmpDir('guard-untc');
		const out = path.join(dir, 'ccm.csv');
		const r = run('import-untc', [REAL_INPUTS.untc, '--out', out, '--treaty', 'ccm'], {
			env: { CCM_TODAY: dayBefore(STATUS_DATE) }
		});
		expect(r.code, r.stderr).toBe(1);
		expect(r.stderr).toContain(`the status date ${STATUS_DATE} is after today (${dayBefore(STATUS_DATE)})`);
		expect(fs.existsSync(out)).toBe(false);
	});

	it('a CCM_TODAY that is no date is a usage error', () => {
		const r = run('ingest', ['--out', path.join(tmpDir('guard-today-bad'), 'data')], {
			env: { CCM_TODAY: 'tomorrow' }
		});
		expect(r.code).toBe(2);
		expect(r.stderr).toContain('CCM_TODAY');
		expect(r.stderr).not.toMatch(/\n\s+at /);
	});
});

describe('an empty dataset replacing a full one', () => {
	let sources: string;
	let out: string;
	beforeAll(() => {
		sources = tmpDir('guard-empty-src');
		fs.cpSync(path.join(ROOT, 'data'), sources, { recursive: true });
		const votes = path.join(sources, 'sources/unga/votes.csv');
		fs.writeFileSync(votes, `${fs.readFileSync(votes, 'utf8').split('\n')[0]}\n`);
		out = path.join(tmpDir('guard-empty'), 'data');
		expect(run('ingest', ['--out', out]).code).toBe(0);
	});

	it('is published only with --allow-empty', () => {
		const before = hashTree(out);
		const refused = run('ingest', ['--sources', sources, '--out', out]);
		expect(refused.code, refused.stderr).toBe(1);
		expect(refused.stderr).toMatch(/votes\.csv line 2: no rows after the header; unga_votes would go from 1930 rows/);
		expect(hashTree(out)).toEqual(before);
		const allowed = run('ingest', ['--sources', sources, '--out', out, '--allow-empty', '--json']);
		outcomes.push({
			case: 'votes file with its header only, with --allow-empty',
			command: 'ingest --allow-empty',
			exit: allowed.code,
			message: 'accepted: unga_votes written with 0 rows',
			unchanged: 'n/a'
		});
		expect(allowed.code, allowed.stderr).toBe(0);
		expect((JSON.parse(allowed.stdout) as { tables: Record<string, number> }).tables.unga_votes).toBe(0);
	});
});

describe('an output folder that cannot be created', () => {
	it('is refused at once', () => {
		const started = Date.now();
		const r = run('ingest', ['--out', '/proc/x/y'], { timeout: 30_000 });
		const seconds = (Date.now() - started) / 1000;
		outcomes.push({
			case: `output folder /proc/x/y (${seconds.toFixed(1)} s)`,
			command: 'ingest',
			exit: r.code,
			message: excerpt(r.stderr),
			unchanged: 'n/a'
		});
		expect([1, 2], r.stderr).toContain(r.code);
		expect(r.stderr).toContain('/proc/x');
		expect(r.stderr).not.toMatch(/\n\s+at /);
		expect(seconds).toBeLessThan(20);
	}, 40_000);
});

describe('readers of manifest.json during a swap', () => {
	it('always find a complete manifest, the previous or the next', async () => {
		const out = path.join(tmpDir('guard-swap'), 'data');
		const fill = (version: string) => async (tmp: string) => {
			fs.writeFileSync(path.join(tmp, 'a.parquet'), `PAR1 ${version}`);
			fs.writeFileSync(path.join(tmp, 'manifest.json'), JSON.stringify({ version }));
		};
		await swapDir(out, fill('1'));
		// Every rename the swap makes is a moment a reader may look: look after each one.
		const seen: string[] = [];
		const rename = fs.renameSync;
		const spy = vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
			rename(from, to);
			const m = path.join(out, 'manifest.json');
			seen.push(fs.existsSync(m) ? (JSON.parse(fs.readFileSync(m, 'utf8')) as { version: string }).version : 'missing');
		});
		try {
			await swapDir(out, fill('2'));
		} finally {
			spy.mockRestore();
		}
		expect(seen.length).toBeGreaterThan(0);
		expect(seen.filter((v) => v !== '1' && v !== '2')).toEqual([]);
		expect(JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'))).toEqual({ version: '2' });
		expect(fs.readFileSync(path.join(out, 'a.parquet'), 'utf8')).toBe('PAR1 2');
		expect(fs.readdirSync(path.dirname(out))).toEqual(['data']);
	});

	it('an old file the new version no longer has is removed', async () => {
		const out = path.join(tmpDir('guard-swap-gone'), 'data');
		await swapDir(out, async (tmp) => fs.writeFileSync(path.join(tmp, 'old.parquet'), 'x'));
		await swapDir(out, async (tmp) => fs.writeFileSync(path.join(tmp, 'manifest.json'), '{}'));
		expect(fs.readdirSync(out)).toEqual(['manifest.json']);
	});
});

/** Runs `script` in a private mount namespace with a 64 KiB tmpfs at `dir`; null where that is not allowed. */
function withFullDisk(dir: string, command: string) {
	const probe = spawnSync('unshare', ['-rm', 'true']);
	if (probe.status !== 0) return null;
	return spawnSync('unshare', ['-rm', 'sh', '-c', `mount -t tmpfs -o size=64k tmpfs "${dir}" && ${command}`], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, DEBUG: '' }
	});
}

describe('a full disk', () => {
	it('import:undl says so in one line and leaves no temporary file', (ctx) => {
		const dir = tmpDir('guard-full');
		const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
		const r = withFullDisk(
			dir,
			`${tsx} scripts/import-undl.ts "${REAL_INPUTS.undl}" --out "${dir}/votes.csv"; echo "exit=$?"; ls -A "${dir}"`
		);
		if (!r) {
			console.warn('skipped: unshare -rm (a private tmpfs) is not allowed on this machine');
			ctx.skip();
			return;
		}
		const exit = Number(/exit=(\d+)/.exec(r.stdout)?.[1]);
		const left = r.stdout.split('exit=')[1]!.split('\n').slice(1).filter(Boolean);
		outcomes.push({
			case: 'full disk (64 KiB tmpfs) while writing the output',
			command: 'import:undl',
			exit,
			message: excerpt(r.stderr),
			unchanged: 'yes'
		});
		expect(exit, r.stderr).toBe(1);
		expect(r.stderr).toMatch(/votes\.csv.*no space left on the device/);
		expect(r.stderr).not.toMatch(/\n\s+at /);
		expect(left).toEqual([]);
	});
});

describe('a compilation too big to hold in memory', () => {
	it('import:article7 streams it with a 96 MB heap', async () => {
		const dir = tmpDir('guard-a7big');
		const big = path.join(dir, 'reports.csv');
		const src = parseCsv(fs.readFileSync(REAL_INPUTS.article7, 'utf8'));
		const block = Buffer.from(src.records.map((r) => csvLine(r.cells)).join('\n') + '\n');
		const fd = fs.openSync(big, 'w');
		fs.writeSync(fd, csvLine(src.header) + '\n');
		let rows = 0;
		for (let size = 0; size < 120 * 1024 * 1024; size += block.length) {
			fs.writeSync(fd, block);
			rows += src.records.length;
		}
		fs.closeSync(fd);
		const out = path.join(dir, 'out.csv');
		const started = Date.now();
		const r = await runAsync('import-article7', [big, '--out', out], {
			env: { NODE_OPTIONS: '--max-old-space-size=96' }
		});
		const seconds = ((Date.now() - started) / 1000).toFixed(1);
		outcomes.push({
			case: `120 MB compilation (${rows} rows) with a 96 MB heap (${seconds} s)`,
			command: 'import:article7',
			exit: r.code,
			message: excerpt(r.stderr) || 'accepted',
			unchanged: 'n/a'
		});
		fs.rmSync(big);
		expect(r.code, r.stderr.slice(0, 2000)).toBe(0);
		expect(r.stderr).toContain(`wrote ${rows} records`);
		fs.rmSync(dir, { recursive: true, force: true });
	}, 600_000);
});
