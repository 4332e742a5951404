// The data path on the real bundled data: ingest -> Parquet -> metric, and the depositary's checkpoints.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '../../src/lib/schema/tables';
import { json, okJson, ROOT, run } from './cli';

let out: string;

beforeAll(() => {
	out = fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-ingest-'));
	const r = run('ingest', ['--out', out, '--json']);
	expect(r.stderr).toContain('ingest: wrote');
	expect(r.code).toBe(0);
});

const metric = (...args: string[]) => run('metric', [...args, '--data', out, '--json']);

describe('ingest', () => {
	it('writes every table with its checksum and the data date', () => {
		const m = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'));
		expect(m.data_as_of).toBe('2026-02-03');
		expect(Object.keys(m.tables).sort()).toEqual([...TABLE_NAMES].sort());
		expect(m.tables.states.rows).toBe(197);
		for (const t of Object.values<{ file: string; bytes: number }>(m.tables))
			expect(fs.statSync(path.join(out, t.file)).size).toBe(t.bytes);
	});
});

describe('metric states-parties: depositary checkpoints', () => {
	it('on 3 Feb 2026: 112 States Parties, 111 in force (Vanuatu from 1 Mar 2026), 12 signatories not party', () => {
		expect(okJson(metric('states-parties', '--as-of', '2026-02-03'))).toMatchObject({
			as_of: '2026-02-03',
			states_parties: 112,
			in_force: 111,
			signatories_not_party: 12,
			projection: false
		});
	});
	it('counts Lithuania until 5 Mar 2025 and no longer from 6 Mar 2025', () => {
		const before = json(metric('states-parties', '--as-of', '2025-03-05')) as {
			states_parties: number;
			withdrawn: number;
		};
		const after = json(metric('states-parties', '--as-of', '2025-03-06')) as {
			states_parties: number;
			withdrawn: number;
		};
		expect(before.states_parties - after.states_parties).toBe(1);
		expect(after.withdrawn).toBe(1);
		expect(before.withdrawn).toBe(0);
	});
	it('counts the 30 instruments of 16 Feb 2010 as parties, none in force before 1 Aug 2010', () => {
		const r = json(metric('states-parties', '--as-of', '2010-02-16')) as { states_parties: number; in_force: number };
		expect(r.states_parties).toBeGreaterThanOrEqual(30);
		expect(r.in_force).toBe(0);
		const aug = json(metric('states-parties', '--as-of', '2010-08-01')) as { in_force: number; states_parties: number };
		expect(aug.in_force).toBeGreaterThanOrEqual(30);
	});
	it('labels a day after the data date as a projection (Vanuatu in force on 1 Mar 2026)', () => {
		const r = json(metric('states-parties', '--as-of', '2026-03-01'));
		expect(r).toMatchObject({ states_parties: 112, in_force: 112, projection: true });
	});
	it('answers usage errors with exit 2 and a message, stdout empty', () => {
		for (const args of [
			['states-parties', '--as-of', '2008-12-02'],
			['states-parties', '--as-of', '2023-02-30'],
			['states-parties'],
			['nonsense']
		]) {
			const r = metric(...args);
			expect(r.code, args.join(' ')).toBe(2);
			expect(r.stdout).toBe('');
			expect(r.stderr).toMatch(/error: /);
			expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
		}
	});
	it('prints exactly one JSON document on stdout', () => {
		const r = metric('states-parties', '--as-of', '2024-09-01');
		expect(() => JSON.parse(r.stdout)).not.toThrow();
		expect(r.stdout.trim().startsWith('{')).toBe(true);
	});
});

describe('metric state', () => {
	it('gives Vanuatu’s dates, entry into force and initial report due', () => {
		expect(okJson(metric('state', '--state', 'Vanuatu'))).toEqual({
			iso3: 'VUT',
			name: 'Vanuatu',
			signature_date: null,
			deposit_date: '2025-09-05',
			action: 'accession',
			entry_into_force: '2026-03-01',
			withdrawal_effective: null,
			initial_report_due: '2026-08-28'
		});
	});
	it('resolves ISO3 codes and aliases, case- and accent-insensitively', () => {
		expect(json(metric('state', '--state', 'ltu'))).toMatchObject({ iso3: 'LTU', withdrawal_effective: '2025-03-06' });
		expect(json(metric('state', '--state', 'cote d’ivoire'))).toMatchObject({ iso3: 'CIV' });
		expect(json(metric('state', '--state', 'Czechia'))).toMatchObject({ iso3: 'CZE', action: 'ratification' });
	});
	it('gives nulls for a State that never signed', () => {
		expect(json(metric('state', '--state', 'United States of America'))).toMatchObject({
			iso3: 'USA',
			signature_date: null,
			deposit_date: null,
			entry_into_force: null,
			initial_report_due: null
		});
	});
	it('exits 1 naming an unknown State and listing the candidates of an ambiguous one', () => {
		const unknown = metric('state', '--state', 'Atlantis');
		expect(unknown.code).toBe(1);
		expect(unknown.stderr).toContain('Atlantis');
		const ambiguous = metric('state', '--state', 'Congo');
		expect(ambiguous.code).toBe(1);
		expect(ambiguous.stderr).toContain('COD');
		expect(ambiguous.stderr).toContain('COG');
	});
});

describe('the README example', () => {
	it('answers "how many States Parties on 1 September 2024"', () => {
		const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
		expect(readme).toContain('npm run -s metric -- states-parties --as-of 2024-09-01 --json');
		const r = json(metric('states-parties', '--as-of', '2024-09-01')) as { states_parties: number };
		expect(readme).toContain(`"states_parties": ${r.states_parties}`);
	});
});
