/**
 * The Presidency's short list computed straight from the committed CSV files, without DuckDB,
 * the status periods or the domain module: the independent answer the `overlap` metric and the
 * /compare page are checked against. Rules as docs/DOMAIN.md ("States Parties") states them: party
 * from the deposit day, not from the day a withdrawal takes effect, a pending withdrawal still a
 * party.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../../../src/lib/csv';
import { repoRoot } from './sources';

type Row = Record<string, string>;
const cell = (r: Row, c: string) => r[c] ?? '';

function readRows(rel: string): Row[] {
	const { header, records } = parseCsv(readFileSync(path.join(repoRoot, rel), 'utf8'));
	return records.map((r) => Object.fromEntries(header.map((h, i) => [h, r.cells[i] ?? ''])));
}

function withdrawnBy(r: Row, day: string) {
	const effective = cell(r, 'withdrawal_effective');
	return effective !== '' && cell(r, 'withdrawal_pending') === 'false' && effective <= day;
}

function partyOn(r: Row, day: string) {
	const deposit = cell(r, 'deposit_date');
	return deposit !== '' && deposit <= day && !withdrawnBy(r, day);
}

export interface IndependentEntry {
	iso3: string;
	name: string;
	ccm_status: string;
	last_unga_vote: { year: number; vote: string; provisional: boolean } | null;
}

export function overlapFromCsv(other: 'ottawa' | 'att' | 'ccw_p5', day: string): IndependentEntry[] {
	const names = new Map(readRows('data/reference/states.csv').map((s) => [s.iso3!, s.name!]));
	const ccm = new Map(readRows('data/sources/accession/ccm.csv').map((r) => [r.iso3!, r]));
	const votes = readRows('data/sources/unga/votes.csv').filter(
		(v) => v.body === 'plenary' && v.part === 'whole' && v.vote_date! <= day
	);
	const ccmStatus = (iso3: string) => {
		const r = ccm.get(iso3);
		if (!r) return 'not_party';
		if (withdrawnBy(r, day)) return 'withdrawn';
		if (partyOn(r, day)) return 'party';
		if (r.signature_date !== '' && r.signature_date! <= day) return 'signatory';
		return 'not_party';
	};
	return readRows(`data/sources/accession/${other}.csv`)
		.filter((r) => partyOn(r, day) && ccmStatus(r.iso3!) !== 'party')
		.map((r) => {
			const last = votes
				.filter((v) => v.iso3 === r.iso3)
				.sort((a, b) => (a.vote_date! < b.vote_date! ? -1 : 1))
				.at(-1);
			return {
				iso3: r.iso3!,
				name: names.get(r.iso3!)!,
				ccm_status: ccmStatus(r.iso3!),
				last_unga_vote: last
					? {
							year: Number(last.year),
							vote: last.vote === 'NV' ? 'X' : last.vote!,
							provisional: last.provisional === 'true'
						}
					: null
			};
		})
		.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
