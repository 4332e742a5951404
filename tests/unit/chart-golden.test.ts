/**
 * Golden files for the charts: each chart is rendered on the server (`svelte/server`, as the
 * prerender does) from small fixture rows and its SVG compared with a committed file under
 * tests/golden/charts/. A chart whose output changes fails here with a line diff, and the new
 * output is written beside the golden as `<name>-changed.svg` (git ignores it) so both can be
 * opened in a browser and compared, as Observable Plot's tests do.
 *
 * An intended change: look at the -changed.svg, then update the goldens with
 *   npx vitest run tests/unit/chart-golden.test.ts -u
 * and commit them with the change.
 *
 * The fixture rows below are made up for the tests and never shown to users.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TimelineRow } from '../../src/lib/controllers/implementation';
import { yearSlots } from '../../src/lib/charts/slots';

// Outside a SvelteKit request there is no page: the charts read the language from it (English,
// Arabic for the right-to-left goldens).
const fixturePage = vi.hoisted(() => ({
	params: {} as Record<string, string>,
	data: {},
	url: new URL('http://localhost/')
}));
vi.mock('$app/state', () => ({ page: fixturePage }));
vi.mock('$app/paths', () => ({ base: '', assets: '' }));

const { default: AnnualBars } = await import('$lib/charts/AnnualBars.svelte');
const { default: BudgetBars } = await import('$lib/charts/BudgetBars.svelte');
const { default: CurvesChart } = await import('$lib/charts/CurvesChart.svelte');
const { default: ObligationTimeline } = await import('$lib/charts/ObligationTimeline.svelte');
const { default: RegionBars } = await import('$lib/charts/RegionBars.svelte');
const { default: ShareBars } = await import('$lib/charts/ShareBars.svelte');
const { default: StackedBars } = await import('$lib/charts/StackedBars.svelte');
const { default: StepChart } = await import('$lib/charts/StepChart.svelte');
const { default: TallyBars } = await import('$lib/charts/TallyBars.svelte');
const { default: WorldMap } = await import('$lib/charts/WorldMap.svelte');

const GOLDEN = fileURLToPath(new URL('../golden/charts/', import.meta.url));

/** The chart's <svg> element, hydration comments dropped, one tag a line for a readable diff. */
function svgOf(body: string): string {
	const start = body.indexOf('<svg');
	const end = body.lastIndexOf('</svg>');
	if (start < 0 || end < 0) throw new Error('no <svg> in the rendered chart');
	return (
		body
			.slice(start, end + '</svg>'.length)
			.replace(/<!--[\s\S]*?-->/g, '')
			// A golden opened on its own is a standalone SVG file.
			.replace(/^<svg(?![^>]*xmlns=)/, '<svg xmlns="http://www.w3.org/2000/svg"')
			.replace(/>\s*</g, '>\n<') + '\n'
	);
}

async function expectGolden<P extends Record<string, unknown>>(name: string, chart: Component<P>, props: P) {
	const svg = svgOf(render(chart, { props }).body);
	const file = `${GOLDEN}${name}.svg`;
	const changed = `${GOLDEN}${name}-changed.svg`;
	if (existsSync(file) && readFileSync(file, 'utf8') !== svg) writeFileSync(changed, svg);
	await expect(svg).toMatchFileSnapshot(file);
	// Matched, or rewritten by -u: nothing left to review.
	rmSync(changed, { force: true });
}

const fixtureAnnualRows = [
	{
		year: 2021,
		due: 10,
		counts: { on_time: 5, late: 2, submitted_date_unknown: 1, not_submitted: 1, unknown: 1 },
		coverage: 0.9
	},
	{
		year: 2022,
		due: 12,
		counts: { on_time: 4, late: 4, submitted_date_unknown: 0, not_submitted: 2, unknown: 2 },
		coverage: 0.8
	},
	{
		year: 2023,
		due: 0,
		counts: { on_time: 0, late: 0, submitted_date_unknown: 0, not_submitted: 0, unknown: 0 },
		coverage: null
	}
];

/** Meetings to mark on the time axes: close enough together that their labels need two lanes. */
const fixtureMeetings = [
	{ meeting: 'FX1MSP', start_date: '2015-09-07', end_date: '2015-09-11', city: 'Fixture City' },
	{ meeting: 'FX2RC (part 1)', start_date: '2020-11-25', end_date: '2020-11-27', city: null },
	{ meeting: 'FX2RC (part 2)', start_date: '2021-09-20', end_date: '2021-09-21', city: null },
	{ meeting: 'FX10MSP', start_date: '2022-08-30', end_date: '2022-09-02', city: 'Fixture City' },
	{ meeting: 'FX3RC', start_date: null, end_date: null, city: null }
];

const fixtureAnnualLabels = {
	on_time: 'On time',
	late: 'Late',
	submitted_date_unknown: 'Date unknown',
	not_submitted: 'Not submitted',
	unknown: 'Unknown',
	coverage: 'Coverage'
};

const fixtureBudgetRows = [
	{ year: 2020, currency: 'CHF', total: 120_000, budget: 100_000 },
	{ year: 2021, currency: 'CHF', total: 80_000, budget: 100_000 },
	{ year: 2022, currency: 'CHF', total: 95_000, budget: null },
	{ year: 2021, currency: 'EUR', total: 40_000, budget: null },
	{ year: 2022, currency: 'EUR', total: 55_000, budget: 50_000 }
];

const fixtureCurves = [
	{
		key: 'fixture-a',
		label: 'Fixture A',
		colour: '#0072B2',
		emphasis: true,
		points: [
			{ x: 0, y: 3 },
			{ x: 2.5, y: 9 },
			{ x: 6, y: 17 }
		]
	},
	{
		key: 'fixture-b',
		label: 'Fixture B',
		colour: '#D55E00',
		points: [
			{ x: 0, y: 1 },
			{ x: 4, y: 16 }
		]
	}
];

const fixtureRegionRows = [
	{ key: 'fixture-1', label: 'Fixture treaty 1', values: { a: 30, b: 12, c: 1 } },
	{ key: 'fixture-2', label: 'Fixture treaty 2', values: { a: 8, b: 0, c: 20 } }
];
const fixtureSegments = [
	{ key: 'a', label: 'Group A', colour: '#0072B2' },
	{ key: 'b', label: 'Group B', colour: '#E69F00' },
	{ key: 'c', label: 'Group C', colour: '#009E73' }
];

const fixtureStackedRows = [
	{ slot: 2010, key: 'ratification', value: 4 },
	{ slot: 2010, key: 'accession', value: 1 },
	{ slot: 2012, key: 'ratification', value: 7 },
	{ slot: 2013, key: 'accession', value: 2 }
];
const fixtureStackedKeys = [
	{ key: 'ratification', label: 'Fixture ratification', colour: '#0072B2' },
	{ key: 'accession', label: 'Fixture accession', colour: '#E69F00' }
];

const fixtureSteps = [
	{ day: '2010-01-01', parties: 20, in_force: 0 },
	{ day: '2010-08-01', parties: 30, in_force: 30 },
	{ day: '2014-03-15', parties: 84, in_force: 80 },
	{ day: '2020-06-30', parties: 110, in_force: 108 }
];

const fixtureTallies = [
	{ year: 2021, yes: 140, no: 1, abstain: 38, non_voting: 14, provisional: false },
	{ year: 2022, yes: 144, no: 1, abstain: 38, non_voting: null, provisional: false, note: 'Fixture published tally' },
	{ year: 2023, yes: null, no: null, abstain: null, non_voting: null, provisional: true, note: 'Fixture: no tally' }
];
const tallyLabels = { Y: 'Yes', N: 'No', A: 'Abstain', X: 'Non-voting', provisional: 'provisional', published: 'pub.' };

const fixtureGeometry = {
	width: 100,
	height: 50,
	shapes: [
		{ m49: '001', iso3: 'AAA', d: 'M10,10L40,10L40,40Z' },
		{ m49: '002', iso3: null, d: 'M50,10L90,10L90,40Z' }
	],
	markers: [{ iso3: 'BBB', x: 70, y: 30 }],
	unplaced: []
};

describe('chart golden files', () => {
	it('AnnualBars', async () => {
		await expectGolden('annual-bars', AnnualBars, {
			rows: fixtureAnnualRows,
			labels: fixtureAnnualLabels,
			labelledby: 'fixture-title'
		});
	});

	it('BudgetBars, two currencies in two panels', async () => {
		await expectGolden('budget-bars', BudgetBars, {
			rows: fixtureBudgetRows,
			labelledby: 'fixture-title',
			format: (n: number) => `${n / 1000}k`
		});
	});

	it('CurvesChart', async () => {
		await expectGolden('curves-chart', CurvesChart, {
			series: fixtureCurves,
			xLabel: 'Years since the fixture event',
			labelledby: 'fixture-title'
		});
	});

	it('RegionBars', async () => {
		await expectGolden('region-bars', RegionBars, {
			rows: fixtureRegionRows,
			segments: fixtureSegments,
			labelledby: 'fixture-title'
		});
	});

	it('StackedBars', async () => {
		await expectGolden('stacked-bars', StackedBars, {
			rows: fixtureStackedRows,
			keys: fixtureStackedKeys,
			slots: yearSlots(2009, 2014),
			labelledby: 'fixture-title'
		});
	});

	it('StepChart, with a note and an as-of marker', async () => {
		await expectGolden('step-chart', StepChart, {
			rows: fixtureSteps,
			series: [
				{ key: 'parties', label: 'Fixture parties', colour: '#0072B2' },
				{ key: 'in_force', label: 'Fixture in force', colour: '#D55E00', dash: '6 3' }
			],
			from: '2010-01-01',
			to: '2021-01-01',
			notes: [{ day: '2016-01-01', label: 'Fixture note' }],
			marker: { day: '2018-01-01', label: 'As of' },
			labelledby: 'fixture-title'
		});
	});

	it('ObligationTimeline: an original period, a granted extension, a pending request, a completion', async () => {
		const base = {
			name: 'Fixture State',
			entry_into_force: '2011-03-01',
			original_deadline: '2019-03-01',
			deadline: '2019-03-01',
			deadline_day: '2019-03-01',
			extensions: [],
			pending_request: null,
			completed: null,
			completed_on_or_before: false,
			reopened: false,
			sources_disagree: false,
			events: []
		};
		const rows: TimelineRow[] = [
			{ ...base, iso3: 'XFA', article: 3, status: 'completed', completed: '2015-06' },
			{
				...base,
				iso3: 'XFB',
				article: 4,
				original_deadline: '2021-03-01',
				deadline: '2024-03-01',
				deadline_day: '2024-03-01',
				extensions: [
					{
						granted_at: 'FixtureMSP',
						granted_at_inferred: false,
						new_deadline: '2024-03-01',
						source: 'fixture',
						effective_from: '2020-09-01'
					}
				],
				pending_request: { meeting: 'FixtureMSP2', requested_deadline: '2027-03-01', source: 'fixture' },
				status: 'extension_requested'
			}
		];
		await expectGolden('obligation-timeline', ObligationTimeline, {
			rows,
			meetings: [
				{ meeting: 'FixtureMSP', start_date: '2020-09-01', end_date: '2020-09-03', city: null },
				{ meeting: 'FixtureMSP2', start_date: '2023-09-01', end_date: null, city: 'Fixture City' }
			],
			asOf: '2025-01-01',
			labelledby: 'fixture-title'
		});
	});

	it('TallyBars, with a published tally and a missing one', async () => {
		await expectGolden('tally-bars', TallyBars, {
			rows: fixtureTallies,
			labels: tallyLabels,
			labelledby: 'fixture-title'
		});
	});

	it('StepChart with meetings marked in two lanes under the axis', async () => {
		await expectGolden('step-chart-meetings', StepChart, {
			rows: fixtureSteps,
			series: [{ key: 'parties', label: 'Fixture parties', colour: '#0072B2' }],
			from: '2010-01-01',
			to: '2022-12-31',
			meetings: fixtureMeetings,
			labelledby: 'fixture-title'
		});
	});

	it('AnnualBars with the coverage with and without derived records, the latter named on a line of its own', async () => {
		await expectGolden('annual-bars-two-coverages', AnnualBars, {
			rows: fixtureAnnualRows.map((r, i) => ({ ...r, coverageStated: [0.5, 0.25, null][i] ?? null })),
			labels: { ...fixtureAnnualLabels, coverageStated: 'Coverage without derived records' },
			labelledby: 'fixture-title'
		});
	});

	it('AnnualBars with a meeting inside its year', async () => {
		await expectGolden('annual-bars-meetings', AnnualBars, {
			rows: fixtureAnnualRows,
			labels: fixtureAnnualLabels,
			meetings: fixtureMeetings.slice(1, 3),
			labelledby: 'fixture-title'
		});
	});

	it('TallyBars with a meeting beside its year', async () => {
		await expectGolden('tally-bars-meetings', TallyBars, {
			rows: fixtureTallies,
			labels: tallyLabels,
			meetings: fixtureMeetings.slice(2, 3),
			labelledby: 'fixture-title'
		});
	});

	it('TallyBars with custom row labels and a group size', async () => {
		await expectGolden('tally-bars-labelled', TallyBars, {
			rows: fixtureTallies.slice(0, 1).map((r) => ({ ...r, label: '2021: Fixture vote' })),
			labels: tallyLabels,
			labelledby: 'fixture-title',
			max: 29
		});
	});

	it('WorldMap, with links', async () => {
		await expectGolden('world-map', WorldMap, {
			geometry: fixtureGeometry,
			fillOf: (iso3: string | null) => (iso3 === 'AAA' ? '#0072B2' : '#ccc'),
			titleOf: (iso3: string | null) => `Fixture ${iso3 ?? 'none'}`,
			hrefOf: (iso3: string) => `/states/${iso3.toLowerCase()}`,
			labelledby: 'fixture-title'
		});
	});
});

/** Each <rect>'s x and width, in document order. */
const rects = (svg: string) =>
	[...svg.matchAll(/<rect[^>]*?\sx="([-\d.e]+)"[^>]*?\swidth="([-\d.e]+)"/g)].map(
		(m) => [Number(m[1]), Number(m[2])] as const
	);
const render1 = <P extends Record<string, unknown>>(chart: Component<P>, props: P) =>
	svgOf(render(chart, { props }).body);

const fixtureShareRows = [
	{ key: 'fx-a', label: 'Fixture A', share: 0.6, unknown: 0.2, colour: '#0072B2', value: '60% (fixture)' },
	{ key: 'fx-b', label: 'Fixture B', share: 0.95, unknown: 0, colour: '#E69F00', value: '95% of a long fixture text' }
];

// An Arabic page: the charts are mirrored (time and values run right to left, the axis and the
// rows' names on the right) and the SVG says direction="rtl", so the text anchors are logical.
describe('chart golden files, right to left (Arabic)', () => {
	const english = {
		tally: render1(TallyBars, { rows: fixtureTallies, labels: tallyLabels, labelledby: 'fixture-title' }),
		region: render1(RegionBars, { rows: fixtureRegionRows, segments: fixtureSegments, labelledby: 'fixture-title' }),
		share: render1(ShareBars, { rows: fixtureShareRows, labelledby: 'fixture-title' })
	};
	beforeAll(() => {
		fixturePage.params = { lang: 'ar' };
	});
	afterAll(() => {
		fixturePage.params = {};
	});

	it('StepChart: time runs leftwards, the note reads back from its line, meetings in lanes', async () => {
		await expectGolden('rtl-step-chart', StepChart, {
			rows: fixtureSteps,
			series: [
				{ key: 'parties', label: 'Fixture parties', colour: '#0072B2' },
				{ key: 'in_force', label: 'Fixture in force', colour: '#D55E00', dash: '6 3' }
			],
			from: '2010-01-01',
			to: '2022-12-31',
			notes: [{ day: '2016-01-01', label: 'Fixture note' }],
			meetings: fixtureMeetings,
			labelledby: 'fixture-title'
		});
	});

	it('TallyBars: years on the right, bars growing leftwards, the note inside its empty row', async () => {
		await expectGolden('rtl-tally-bars', TallyBars, {
			rows: fixtureTallies,
			labels: tallyLabels,
			meetings: fixtureMeetings.slice(2, 3),
			labelledby: 'fixture-title'
		});
	});

	it('AnnualBars with a meeting inside its year', async () => {
		await expectGolden('rtl-annual-bars', AnnualBars, {
			rows: fixtureAnnualRows,
			labels: fixtureAnnualLabels,
			meetings: fixtureMeetings.slice(1, 3),
			labelledby: 'fixture-title'
		});
	});

	it('the SVG says its direction; the English one has no direction attribute', () => {
		expect(
			render1(StepChart, { rows: fixtureSteps, series: [], from: '2010-01-01', to: '2021-01-01', labelledby: 'f' })
		).toMatch(/^<svg[^>]* direction="rtl"/);
		expect(english.tally).not.toMatch(/^<svg[^>]* direction=/);
	});

	it.each(['tally', 'region', 'share'] as const)('%s: every bar is the English one mirrored', (name) => {
		const props = {
			tally: [TallyBars, { rows: fixtureTallies, labels: tallyLabels, labelledby: 'fixture-title' }],
			region: [RegionBars, { rows: fixtureRegionRows, segments: fixtureSegments, labelledby: 'fixture-title' }],
			share: [ShareBars, { rows: fixtureShareRows, labelledby: 'fixture-title' }]
		} as const;
		const [chart, p] = props[name];
		const arabic = rects(render1(chart as unknown as Component<Record<string, unknown>>, p as Record<string, unknown>));
		const ltr = rects(english[name]);
		expect(arabic.length).toBe(ltr.length);
		expect(arabic.length).toBeGreaterThan(0);
		arabic.forEach(([x, w], i) => {
			const [lx, lw] = ltr[i]!;
			expect(w).toBeCloseTo(lw, 6);
			expect(x).toBeCloseTo(720 - lx - lw, 6);
		});
	});
});
