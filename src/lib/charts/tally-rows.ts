/**
 * What the plenary tallies chart is drawn from, in the page's language: its rows (one per year of
 * the tally grid, a note where the year has no tally or only the published one), its legend's
 * labels and its description. /unga and the MSP deck both draw the chart, from these.
 */
import type { tallyGrid } from '../controllers/unga';
import { t } from '../i18n/current';
import type { TallyRow } from './TallyBars.svelte';

type Grid = ReturnType<typeof tallyGrid>;

export function plenaryTallyRows(grid: Grid): TallyRow[] {
	return grid.map((g) => {
		const cell = g.cells[0]!;
		const tally = cell.tally;
		return {
			year: g.year,
			yes: tally?.yes ?? null,
			no: tally?.no ?? null,
			abstain: tally?.abstain ?? null,
			non_voting: tally?.non_voting ?? null,
			provisional: tally?.provisional ?? false,
			note:
				cell.kind !== 'tally' ? t(`cell.${cell.kind}`) : tally?.basis === 'published' ? t('tallies.publishedNote') : ''
		};
	});
}

export const tallyLabels = () => ({
	Y: t('vote.Y'),
	N: t('vote.N'),
	A: t('vote.A'),
	X: t('vote.X'),
	provisional: t('vote.provisional'),
	published: t('cell.publishedShort')
});

/** The chart's description: the years it covers and, only when there are some, the provisional ones. */
export function talliesDescription(grid: Grid, provisionalYears: readonly number[]): string {
	const years = t('tallies.desc', { from: grid[0]?.year ?? '', to: grid.at(-1)?.year ?? '' });
	return provisionalYears.length
		? `${years} ${t('tallies.descProvisional', { provisional: provisionalYears.join(', ') })}`
		: years;
}
