/** overlap: States party to another disarmament treaty but not to the CCM, for the Presidency's short list. */
import { isOverlapTreaty, loadShortList, OVERLAP_TREATIES, overlapEntries } from '../../../src/lib/controllers/compare';
import { UsageError } from '../cli';
import { asOfFlag, type Metric } from './context';

export const overlap: Metric = {
	name: 'overlap',
	usage: `overlap --with ${OVERLAP_TREATIES.join('|')} --as-of D   States party to that treaty but not to the CCM`,
	async run(ctx) {
		const { flags, manifest, db } = ctx;
		const other = flags.with;
		if (typeof other !== 'string' || !isOverlapTreaty(other))
			throw new UsageError(`overlap needs --with ${OVERLAP_TREATIES.join('|')}`);
		const check = asOfFlag(ctx, { metric: 'overlap' });
		if (check.projection)
			process.stderr.write(`as-of date ${check.asOf} is after the data date ${manifest.data_as_of}: a projection\n`);
		return overlapEntries(await loadShortList(db, check.asOf), other);
	}
};
