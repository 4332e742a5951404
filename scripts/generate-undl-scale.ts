/**
 * Writes a GENERATED file in the UN Digital Library voting-data layout, of the size of the real
 * one (every recorded General Assembly vote since 1946: about 950,000 rows), for the importer and
 * scale benchmarks only. Its votes are made up (a seeded random generator): it is never data,
 * never shipped, and every title says so. Membership grows from 51 States (1946) to 193.
 * Usage: tsx scripts/generate-undl-scale.ts OUT [--rows N] [--layout current|older]
 */
import fs from 'node:fs';
import { csvLine } from '../src/lib/csv';
import { loadStates } from '../src/lib/server/load-states';
import { olderColumnName, UNDL_COLUMNS } from './lib/parsers/undl';
import { main, parseFlags, say, UsageError } from './lib/cli';

const USAGE = 'tsx scripts/generate-undl-scale.ts OUT [--rows N] [--layout current|older]';

/** Small deterministic generator (mulberry32), so every run writes the same file. */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

await main(async () => {
	const { values, positionals } = parseFlags(
		process.argv.slice(2),
		{ rows: { type: 'string', default: '950000' }, layout: { type: 'string', default: 'current' } },
		USAGE
	);
	const [out] = positionals;
	if (!out) throw new UsageError(`OUT is required\nusage: ${USAGE}`);
	const older = values.layout === 'older';
	const target = Number(values.rows);
	const rnd = random(20081203);
	const members = loadStates('data/reference/states.csv').filter((s) => s.unMember);
	// A fixed shuffled order stands for the order of admission.
	const order = [...members].sort(() => rnd() - 0.5);
	const sessions = Array.from({ length: 80 }, (_, i) => i + 1);
	const memberCount = (s: number) => Math.round(51 + (193 - 51) * Math.min(1, (s - 1) / 60));
	const totalWeight = sessions.reduce((n, s) => n + memberCount(s), 0);
	const votesPerSession = target / totalWeight; // so that rows sum to about `target`
	const header = older ? UNDL_COLUMNS.map(olderColumnName) : UNDL_COLUMNS;
	const w = fs.createWriteStream(out, { encoding: 'utf8' });
	w.write(header.join(',') + '\n');
	let rows = 0;
	let id = 1;
	for (const s of sessions) {
		const year = 1945 + s;
		const present = order.slice(0, memberCount(s));
		const n = Math.max(1, Math.round(votesPerSession));
		for (let v = 0; v < n; v++, id++) {
			const date = `${year}-12-${String(1 + (v % 20)).padStart(2, '0')}`;
			const ccm = year >= 2015 && v === 0;
			const title = ccm
				? 'Implementation of the Convention on Cluster Munitions (GENERATED FIXTURE, not a real vote)'
				: `GENERATED FIXTURE resolution ${s}/${v + 1} (not a real vote)`;
			const lines: string[] = [];
			const votes = present.map(() => {
				const r = rnd();
				return r < 0.72 ? 'Y' : r < 0.8 ? 'N' : r < 0.93 ? 'A' : older ? 'NV' : 'X';
			});
			const count = (c: string) => votes.filter((x) => x === c).length;
			present.forEach((st, i) => {
				lines.push(
					csvLine([
						id,
						st.iso3,
						st.name.toUpperCase(),
						votes[i],
						date,
						s,
						`A/RES/${s}/${v + 1}`,
						'',
						'',
						'',
						title,
						'',
						'',
						'',
						count('Y'),
						count('N'),
						count('A'),
						count(older ? 'NV' : 'X'),
						present.length,
						''
					])
				);
			});
			rows += lines.length;
			if (!w.write(lines.join('\n') + '\n')) await new Promise<void>((r) => w.once('drain', () => r()));
		}
	}
	await new Promise<void>((r) => w.end(() => r()));
	say(`generated ${rows} rows (${id - 1} votes, sessions 1-80) in ${out}`);
});
