// A figure's table view is made from the rows behind the chart (the ones the CSV exports) unless
// the page gives its own: rendered on the server, as the prerender does.
import { render } from 'svelte/server';
import { describe, expect, it, vi } from 'vitest';

vi.mock('$app/state', () => ({
	page: { params: {}, data: { dataAsOf: '2026-01-01' }, url: new URL('http://localhost/') }
}));
vi.mock('$app/paths', () => ({ base: '', assets: '' }));

const { default: TallyFigure } = await import('$lib/charts/TallyFigure.svelte');

const fixtureTallies = [
	{ year: 2021, yes: 140, no: 1, abstain: 38, non_voting: 14, provisional: false },
	{ year: 2023, yes: null, no: null, abstain: null, non_voting: null, provisional: true, note: 'Fixture: no tally' }
];

/** The table view's rows, each a list of its cells' text. */
function tableRows(html: string): string[][] {
	const details = html.slice(html.indexOf('<details'), html.indexOf('</details>'));
	return [...details.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((m) =>
		[...m[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => c[1]!.replace(/<!--[\s\S]*?-->/g, '').trim())
	);
}

describe('ChartFigure table view', () => {
	it('lists the rows behind the chart, a column per exported column, when the page gives no table', () => {
		const { body } = render(TallyFigure, {
			props: {
				id: 'fixture',
				title: 'Fixture tallies',
				description: 'Fixture',
				source: 'Fixture source',
				rows: fixtureTallies
			}
		});
		expect(tableRows(body)).toEqual([
			['Year', 'Yes', 'No', 'Abstain', 'Non-voting', 'provisional', 'Note'],
			['2021', '140', '1', '38', '14', '', ''],
			['2023', '', '', '', '', 'provisional', 'Fixture: no tally']
		]);
		// Numbers are right-aligned as in the pages' own tables; the year heads its row.
		const html = body.replace(/<!--[\s\S]*?-->/g, '');
		expect(html).toContain('<th scope="col">Year</th><th scope="col" class="num">Yes</th>');
		expect(html).toContain('<th scope="row">2021</th><td class="num">140</td>');
	});

	it('names the No voters under the bars and in a column of the table view', () => {
		const { body } = render(TallyFigure, {
			props: {
				id: 'fixture',
				title: 'Fixture tallies',
				description: 'Fixture',
				source: 'Fixture source',
				rows: fixtureTallies,
				noVoters: { 2021: ['Fixture State'] }
			}
		});
		const html = body.replace(/<!--[\s\S]*?-->/g, '');
		expect(html).toMatch(
			/<p class="desc chart-note[^"]*" data-testid="fixture-note">Voted No: 2021: Fixture State\.<\/p>/
		);
		expect(tableRows(body)[0]).toContain('Voted No');
		expect(tableRows(body)[1]).toContain('Fixture State');
	});
});
