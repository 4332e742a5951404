/** unga-tally, unga-votes, unga-prospects: the General Assembly's votes on the CCM resolution. */
import { BODIES, PART_PATTERN } from '../../../src/lib/domain/unga';
import { runQuery } from '../../../src/lib/queries/query';
import { countryVoteYears, prospects, tallies, votesOfState } from '../../../src/lib/queries/unga';
import { UsageError, UserDataError } from '../cli';
import { stateMetric, yearFlag, type Metric } from './context';

const TOPIC = 'ccm';

export const ungaTally: Metric = {
	name: 'unga-tally',
	usage: 'unga-tally --year Y --body plenary|first_committee [--part whole|pp14]   tally of one vote',
	async run({ flags, db }) {
		const y = yearFlag(flags.year);
		const body = flags.body;
		if (typeof body !== 'string' || !(BODIES as readonly string[]).includes(body))
			throw new UsageError(`unga-tally needs --body ${BODIES.join('|')}`);
		const part = typeof flags.part === 'string' ? flags.part : 'whole';
		if (!PART_PATTERN.test(part)) throw new UsageError('--part takes whole or a paragraph such as pp14');
		const rows = await runQuery(db, tallies, { topic: TOPIC });
		const t = rows.find((r) => r.year === y && r.body === body && r.part === part);
		if (!t) {
			const known = rows.filter((r) => r.year === y).map((r) => `${r.body} ${r.part}`);
			throw new UserDataError(
				`no ${body.replace('_', ' ')} vote (${part}) on the CCM resolution in ${y} in the data` +
					(known.length ? `; ${y} has: ${known.join(', ')}` : '')
			);
		}
		return {
			year: t.year,
			body: t.body,
			part: t.part,
			resolution: t.resolution,
			date: t.date,
			yes: t.yes,
			no: t.no,
			abstain: t.abstain,
			non_voting: t.non_voting,
			basis: t.basis,
			provisional: t.provisional,
			source: t.source
		};
	}
};

export const ungaVotes = stateMetric(
	'unga-votes',
	"unga-votes --state S                one State's votes on the CCM resolution",
	async ({ db }, ref) => {
		if (!ref.unMember) process.stderr.write(`${ref.name} is not a voting member of the General Assembly\n`);
		const rows = await runQuery(db, votesOfState, { topic: TOPIC, iso3: ref.iso3 });
		return rows.map((r) => ({ year: r.year, body: r.body, part: r.part, vote: r.vote, provisional: r.provisional }));
	}
);

export const ungaProspects: Metric = {
	name: 'unga-prospects',
	usage: 'unga-prospects --year Y             States not party that voted Yes in the plenary that year',
	async run({ flags, db }) {
		const y = yearFlag(flags.year);
		const years = (await runQuery(db, countryVoteYears, { topic: TOPIC })).map((r) => r.year);
		if (!years.includes(y))
			throw new UserDataError(
				`no per-State votes for ${y} in the data (years with per-State votes: ${years.join(', ') || 'none'})`
			);
		const rows = await runQuery(db, prospects, { topic: TOPIC, year: y });
		return rows.map((r) => ({ iso3: r.iso3, name: r.name, status: r.status, region: r.region }));
	}
};
