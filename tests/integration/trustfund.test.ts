// Trust Fund: published facts quoted as they are, a ledger (fixture, invented for tests) giving
// derived figures, and bad ledger rows refused by row and column.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, okJson, ROOT, run } from './cli';

const FIX = path.join(ROOT, 'tests/fixtures/trustfund');
const tmp = (p: string) => fs.mkdtempSync(path.join(os.tmpdir(), p));

function sourcesWith(contributions: string | null, budgets: string | null) {
	const dir = tmp('ccm-tf-src-');
	fs.cpSync(path.join(ROOT, 'data'), dir, { recursive: true });
	if (contributions)
		fs.copyFileSync(path.join(FIX, contributions), path.join(dir, 'sources/trustfund/contributions.csv'));
	if (budgets) fs.copyFileSync(path.join(FIX, budgets), path.join(dir, 'sources/trustfund/budgets.csv'));
	return dir;
}

/** A successful ingest of the bundled data with these fixture ledger files; its output folder. */
function ingestWith(contributions: string | null, budgets: string | null) {
	const out = tmp('ccm-tf-out-');
	expect(run('ingest', ['--sources', sourcesWith(contributions, budgets), '--out', out]).code).toBe(0);
	return out;
}

const trustFund = (out: string, year: number) =>
	run('metric', ['trust-fund', '--year', String(year), '--data', out, '--json']);

describe('trust-fund on the published facts only', () => {
	const out = tmp('ccm-tf-out-');
	it('quotes 57 contributing States for 2023 and derives nothing else', () => {
		expect(run('ingest', ['--out', out]).code).toBe(0);
		expect(json(trustFund(out, 2023))).toEqual({
			year: 2023,
			contributing_states: 57,
			total: null,
			currency: null,
			approved_budget: null,
			result: 'above',
			result_amount: null,
			basis: 'facts',
			totals: null
		});
		expect(json(trustFund(out, 2022))).toMatchObject({
			result: 'below',
			basis: 'facts',
			contributing_states: null
		});
		const none = trustFund(out, 2019);
		expect(none.code).toBe(1);
		expect(none.stdout).toBe('');
	});
});

describe('trust-fund with a ledger (fixture)', () => {
	it('derives totals, contributing States and the result against the approved budget', () => {
		const out = ingestWith('fixture-ledger-contributions.csv', 'fixture-ledger-budgets.csv');
		expect(json(trustFund(out, 2023))).toEqual({
			year: 2023,
			contributing_states: 4,
			total: 222500.75,
			currency: 'CHF',
			approved_budget: 200000,
			result: 'above',
			result_amount: 22500.75,
			basis: 'ledger',
			totals: [{ currency: 'CHF', total: 222500.75 }]
		});
		expect(json(trustFund(out, 2022))).toMatchObject({
			total: 205000,
			result: 'below',
			result_amount: -5000
		});
	});
	it('gives a year with three currencies one total per currency and adds nothing across them', () => {
		const out = ingestWith('fixture-ledger-three-currencies.csv', 'fixture-ledger-budgets.csv');
		expect(okJson(trustFund(out, 2023))).toEqual({
			year: 2023,
			contributing_states: 5,
			total: null,
			currency: null,
			approved_budget: 200000,
			result: null,
			result_amount: null,
			basis: 'ledger',
			totals: [
				{ currency: 'CHF', total: 3000 },
				{ currency: 'EUR', total: 2000 },
				{ currency: 'USD', total: 300 }
			]
		});
		expect(json(trustFund(out, 2022))).toMatchObject({
			total: 800,
			currency: 'CHF',
			totals: [{ currency: 'CHF', total: 800 }]
		});
	});
	it('refuses bad rows by row and column and leaves the output untouched', () => {
		const out = tmp('ccm-tf-out-');
		expect(run('ingest', ['--out', out]).code).toBe(0);
		const before = fs.readFileSync(path.join(out, 'manifest.json'));
		const r = run('ingest', ['--sources', sourcesWith('fixture-ledger-broken.csv', null), '--out', out]);
		expect(r.code).toBe(1);
		expect(r.stderr).toContain('contributions.csv line 2, column amount: value "-500.00": expected a positive amount');
		expect(r.stderr).toContain('line 3, column amount: value "90,000": expected an amount written with digits');
		expect(r.stderr).toContain('line 4, column state: value "Atlantis": unknown State');
		expect(r.stderr).toContain('line 5, column currency: value "XYZ": expected a currency code');
		expect(r.stderr).toContain(
			'line 7, column state: value "Ireland": the same contribution as on line 6 (a duplicate row)'
		);
		expect(fs.readFileSync(path.join(out, 'manifest.json')).equals(before)).toBe(true);
	});
});
