/** overlap: States party to another disarmament treaty but not to the CCM, for the Presidency's short list. */
import { isOverlapTreaty, loadShortList, OVERLAP_TREATIES, overlapEntries } from '../../../src/lib/controllers/compare';
import { checkAsOf } from '../../../src/lib/domain/as-of';
import { CCM } from '../../../src/lib/domain/treaties';
import { UsageError } from '../cli';
import type { Metric } from './context';

export const overlap: Metric = {
	name: 'overlap',
	usage: `overlap --with ${OVERLAP_TREATIES.join('|')} --as-of D   States party to that treaty but not to the CCM`,
	async run({ flags, manifest, db }) {
		const other = flags.with;
		if (typeof other !== 'string' || !isOverlapTreaty(other))
			throw new UsageError(`overlap needs --with ${OVERLAP_TREATIES.join('|')}`);
		const asOf = flags['as-of'];
		if (typeof asOf !== 'string') throw new UsageError('overlap needs --as-of YYYY-MM-DD');
		const check = checkAsOf(asOf, manifest.data_as_of, CCM.openedForSignature);
		if (!check.ok) throw new UsageError(check.message);
		if (check.projection)
			process.stderr.write(`as-of date ${check.asOf} is after the data date ${manifest.data_as_of}: a projection\n`);
		return overlapEntries(await loadShortList(db, check.asOf), other);
	}
};
