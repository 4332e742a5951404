/** trust-fund: one year of the ISU Trust Fund, from the ISU's ledger or, without it, the published facts. */
import { loadTrustFund, trustFundYear } from '../../../src/lib/controllers/trustfund';
import { UserDataError } from '../cli';
import { yearFlag, type Metric } from './context';

export const trustFund: Metric = {
	name: 'trust-fund',
	usage: 'trust-fund --year Y                 contributions, contributing States and budget result of a year',
	async run({ flags, db }) {
		const year = yearFlag(flags.year);
		const r = trustFundYear(await loadTrustFund(db), year);
		if (!r) throw new UserDataError(`no Trust Fund ledger rows and no published facts for ${year}`);
		return r;
	}
};
