/** states-parties and state: the status figures of the Convention. */
import { CCM } from '../../../src/lib/domain/treaties';
import { runQuery } from '../../../src/lib/queries/query';
import { headline, stateFacts } from '../../../src/lib/queries/universalization';
import { UserDataError } from '../cli';
import { asOfFlag, stateMetric, type Metric } from './context';

export const statesParties: Metric = {
	name: 'states-parties',
	usage: 'states-parties --as-of YYYY-MM-DD   States Parties, in force and signatories not party on a day',
	async run(ctx) {
		const { manifest, db } = ctx;
		const check = asOfFlag(ctx, { metric: 'states-parties' });
		const [row] = await runQuery(db, headline, { treaty: CCM.id, asOf: check.asOf });
		return {
			as_of: check.asOf,
			states_parties: row?.states_parties ?? 0,
			in_force: row?.in_force ?? 0,
			signatories_not_party: row?.signatories_not_party ?? 0,
			withdrawn: row?.withdrawn ?? 0,
			projection: check.projection,
			data_as_of: manifest.data_as_of
		};
	}
};

export const state = stateMetric(
	'state',
	"state --state S                     one State's dates (S: ISO3 code or any name the reference knows)",
	async ({ db }, ref) => {
		const [f] = await runQuery(db, stateFacts, { treaty: CCM.id, iso3: ref.iso3 });
		if (!f) throw new UserDataError(`no record for ${ref.iso3}`);
		return {
			iso3: f.iso3,
			name: f.name,
			signature_date: f.signature_date,
			deposit_date: f.deposit_date,
			action: f.action,
			entry_into_force: f.entry_into_force,
			withdrawal_effective: f.withdrawal_effective,
			initial_report_due: f.initial_report_due
		};
	}
);
