// What a reader sees beside a chart, rendered on the server as the prerender does: every mark has
// a legend entry in the marks' own colour. Fixture rows, made up for the test.
import { render } from 'svelte/server';
import { describe, expect, it, vi } from 'vitest';

vi.mock('$app/state', () => ({ page: { params: {}, data: {}, url: new URL('http://localhost/') } }));
vi.mock('$app/paths', () => ({ base: '', assets: '' }));

const { default: BudgetBars } = await import('$lib/charts/BudgetBars.svelte');

const fixtureRows = [
	{ year: 2022, currency: 'CHF', total: 180_000, budget: 200_000 },
	{ year: 2023, currency: 'CHF', total: 222_501, budget: 200_000 }
];

const clean = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '');

describe('BudgetBars legend', () => {
	it('names the bars and the approved-budget line, each with the colour it is drawn in', () => {
		const html = clean(render(BudgetBars, { props: { rows: fixtureRows, labelledby: 'f', format: String } }).body);
		const legend = html.slice(html.indexOf('<ul class="legend"'), html.indexOf('</ul>'));
		const items = [...legend.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => ({
			text: m[1]!.replace(/<[^>]+>/g, '').trim(),
			colour: /background:\s*([^;"]+)/.exec(m[1]!)?.[1]
		}));
		const line = /<line[^>]*stroke="([^"]+)"[^>]*stroke-width="3"/.exec(html)?.[1];
		const bar = /<rect[^>]*fill="([^"]+)"/.exec(html.slice(html.indexOf('data-currency')))?.[1];
		expect(items).toEqual([
			{ text: 'Contributions', colour: bar },
			{ text: 'Approved budget', colour: line }
		]);
	});

	it('shows no budget entry when no year has a budget', () => {
		const rows = fixtureRows.map((r) => ({ ...r, budget: null }));
		const html = clean(render(BudgetBars, { props: { rows, labelledby: 'f', format: String } }).body);
		expect(html).toContain('Contributions');
		expect(html).not.toContain('Approved budget');
	});
});
