/**
 * The MSP deck (issue 25): one PowerPoint with a title slide and the standard charts of the
 * Meetings of States Parties, as of one day, in one language. This file is the one list of those
 * slides, shared by the browser (a page's "Download the MSP deck") and `npm run deck`: for each,
 * how its rows are loaded through the Connector (the pages' own controllers), its title,
 * description and source from the catalog keys its page uses, and the chart component(s) that draw
 * it. The strings come from `i18n/current`, so they are read in the language the caller has set
 * for the page (the browser: the page's; the command: the one asked for).
 *
 * Drawing a component and rasterizing a picture differ between the two, so they come in as
 * functions: `render` gives a component's HTML (svelte/server on the server, a detached mount in
 * the browser), `rasterize` turns the composed SVG into a 1920 x 1080 PNG (resvg in Node, a canvas
 * in the browser: png.ts).
 */
import type { Component } from 'svelte';
import type { Connector } from '../db/connector';
import type { MapGeometry } from '../domain/map-geometry';
import type { Dataset, DatasetDate } from '../domain/datasets';
import { CCM } from '../domain/treaties';
import { yearOf } from '../domain/dates';
import { loadAsOf, loadHistory, type StateStatus } from '../controllers/universalization';
import {
	loadImplementation,
	loadMeetings,
	meetingsList,
	openObligations,
	timelineOn
} from '../controllers/implementation';
import { loadTransparency, transparencyOn } from '../controllers/transparency';
import { loadTallies, noVoters, tallyGrid } from '../controllers/unga';
import { loadTrustFund } from '../controllers/trustfund';
import { meetingsBetween, meetingsInYears } from './frame';
import { SERIES_COLOURS, STATUS_COLOURS } from './palette';
import {
	currentLocale,
	datasetBasisLabel,
	factFundLabel,
	factMetricLabel,
	formatDate,
	formatNumber,
	formatPartialDate,
	localPath,
	nameOrder,
	reportStatusLabel,
	stateName,
	statusLabel,
	t
} from '../i18n/current';
import { displayQuote } from '../i18n/published';
import { localeInfo, type Locale } from '../i18n/locales';
import { plenaryTallyRows, tallyLabels, talliesDescription } from './tally-rows';
import { buildDeck, type DeckSlide, type DeckTable } from '../export/pptx';
import { ASPECTS } from '../export/svg-export';
import { chartFromHtml, composeSvg } from '../export/svg-compose';

import WorldMap from './WorldMap.svelte';
import StatusLegend from './StatusLegend.svelte';
import StepChart from './StepChart.svelte';
import TallyBars from './TallyBars.svelte';
import AnnualBars from './AnnualBars.svelte';
import ObligationTimeline from './ObligationTimeline.svelte';

/** A component with its props, drawn to HTML by the caller's renderer. */
export interface Part {
	component: Component<never>;
	props: Record<string, unknown>;
}
export type Render = (component: Component<never>, props: Record<string, unknown>) => string | Promise<string>;
export type Rasterize = (svg: string, width: number, height: number) => Promise<Uint8Array | Blob>;

/** One standard slide, before it is drawn. */
export interface MspSlide {
	id: 'map' | 'timeline' | 'tallies' | 'annual' | 'obligations' | 'trust-fund';
	title: string;
	description: string;
	/** The source line as the page's figure shows it, with its dataset's own date. */
	source: string;
	/** The page the figure is on, in the deck's language, with its as-of day where it has one. */
	path: string;
	/** The chart's components, drawn one after another (the map, then its legend). */
	parts?: Part[];
	/** Lines printed with the chart (the map's UN disclaimer). */
	notes?: string[];
	/** A slide that is a table rather than a picture (the Trust Fund's published facts). */
	table?: DeckTable;
}

export interface MspContext {
	asOf: string;
	dataAsOf: string;
	/** Each dataset's own date (the manifest's `datasets`), for the source lines, as the pages add it. */
	datasets: Partial<Record<Dataset, DatasetDate>>;
	/** The map's shapes for the day's States (server: lib/server/geo.ts; the browser passes the page's). */
	geometry: (statuses: readonly StateStatus[]) => MapGeometry | Promise<MapGeometry>;
}

/** ChartFigure's source line: the phrase, then its dataset's date as a sentence. */
export function datedSource(source: string, date: DatasetDate | undefined): string {
	if (!date?.as_of) return source;
	const end = /[.。]$/.test(source) ? '' : t('punct.end');
	return `${source}${end} ${t('chart.dataDate', { date: formatPartialDate(date.as_of), basis: datasetBasisLabel(date.basis) })}`;
}

/** The six standard slides, loaded as of `ctx.asOf` in the current language. */
export async function mspSlides(db: Connector, ctx: MspContext): Promise<MspSlide[]> {
	const { asOf, dataAsOf, datasets } = ctx;
	const withAsOf = (path: string) => `${localPath(path)}?as_of=${asOf}&v=1`;
	const meetings = await loadMeetings(db);
	const slides: MspSlide[] = [];

	// Status map (/universalization).
	const view = await loadAsOf(db, asOf);
	const untc = t('chart.source', { source: t('chart.sourceUntc', { date: formatDate(dataAsOf) }) });
	const h = view.headline;
	const counts = {
		party: h.states_parties,
		partyNotInForce: h.states_parties - h.in_force,
		signatory: h.signatories_not_party,
		withdrawn: h.withdrawn,
		not_party: view.statuses.filter((s) => s.status === 'not_party').length
	};
	const colour = new Map(
		view.statuses.map((s) => [
			s.iso3,
			s.status !== 'party'
				? STATUS_COLOURS[s.status]
				: s.in_force
					? STATUS_COLOURS.party
					: STATUS_COLOURS.partyNotInForce
		])
	);
	const label = new Map(
		view.statuses.map((s) => [s.iso3, `${stateName(s.iso3, s.name)}: ${statusLabel(s.status, s.in_force)}`])
	);
	slides.push({
		id: 'map',
		title: t('map.title'),
		description: t('map.desc', {
			date: formatDate(asOf),
			parties: counts.party,
			signatories: counts.signatory,
			withdrawn: counts.withdrawn,
			notParty: counts.not_party
		}),
		source: datedSource(untc, datasets.accession),
		path: withAsOf('/universalization'),
		parts: [
			{
				component: WorldMap as Component<never>,
				props: {
					geometry: await ctx.geometry(view.statuses),
					fillOf: (iso3: string | null) => (iso3 && colour.get(iso3)) || STATUS_COLOURS.noStatus,
					titleOf: (iso3: string | null) => (iso3 && label.get(iso3)) || t('status.noStatus'),
					hrefOf: (iso3: string) => localPath(`/states/${iso3.toLowerCase()}`),
					labelledby: 'map-title'
				}
			},
			{ component: StatusLegend as Component<never>, props: { counts } }
		],
		notes: [t('map.disclaimer')]
	});

	// States Parties over time (/universalization), drawn up to the deck's day.
	const history = await loadHistory(db, asOf);
	const last = history.steps.at(-1);
	const marked = meetingsBetween(meetings, history.from, history.to);
	slides.push({
		id: 'timeline',
		title: t('timeline.title'),
		description: withMeetings(
			t('timeline.desc', {
				from: formatDate(history.from),
				to: formatDate(history.to),
				parties: last?.states_parties ?? 0,
				inForce: last?.in_force ?? 0
			}),
			marked.length
		),
		source: datedSource(untc, datasets.accession),
		path: withAsOf('/universalization'),
		parts: [
			{
				component: StepChart as Component<never>,
				props: {
					rows: history.steps,
					from: history.from,
					to: history.to,
					labelledby: 'timeline-title',
					meetings: marked,
					notes: history.withdrawals.map((w) => ({
						day: w.effective,
						label: t('timeline.withdrawalNote', { state: stateName(w.iso3, w.name), date: formatDate(w.effective) })
					})),
					series: [
						{ key: 'states_parties', label: t('timeline.parties'), colour: SERIES_COLOURS.parties },
						{ key: 'in_force', label: t('timeline.inForce'), colour: SERIES_COLOURS.inForce, dash: '6 3' }
					]
				}
			}
		]
	});

	// UNGA plenary tallies (/unga): the votes held by the deck's day.
	const { tallies: tallyRows, matrix, states } = await loadTallies(db, asOf);
	const grid = tallyRows.length ? tallyGrid(tallyRows) : [];
	const provisionalYears = [
		...new Set(tallyRows.filter((r) => r.provisional && r.provisional_note).map((r) => r.year))
	];
	const plenaryRows = plenaryTallyRows(grid);
	const tallyMeetings = meetingsInYears(
		meetings,
		plenaryRows.map((r) => r.year),
		asOf
	);
	const byYear = noVoters({ matrix, states }, nameOrder());
	const years = plenaryRows.map((r) => r.year).filter((y) => byYear[y]?.length);
	slides.push({
		id: 'tallies',
		title: t('tallies.title'),
		description: withMeetings(talliesDescription(grid, provisionalYears), tallyMeetings.length),
		source: datedSource(t('chart.source', { source: t('unga.sourceVotes') }), datasets.unga),
		path: localPath('/unga'),
		parts: [
			{
				component: TallyBars as Component<never>,
				props: {
					rows: plenaryRows,
					labels: tallyLabels(),
					meetings: tallyMeetings,
					labelledby: 'tallies-title'
				}
			}
		],
		notes: years.length
			? [
					t('tallies.noVotersNote', {
						list: years
							.map((y) => t('tallies.noVotersYear', { year: y, names: byYear[y]!.join(t('punct.list')) }))
							.join(t('punct.clauses'))
					})
				]
			: []
	});

	// Article 7 annual reports with coverage (/transparency).
	const record = transparencyOn(await loadTransparency(db), asOf, dataAsOf, nameOrder());
	const annualMeetings = meetingsInYears(
		meetings,
		record.annual.map((r) => r.year),
		asOf
	);
	const ANNUAL_KEYS = ['on_time', 'late', 'submitted_date_unknown', 'not_submitted', 'unknown'] as const;
	slides.push({
		id: 'annual',
		title: t('annual.title', { date: formatDate(asOf) }),
		description: withMeetings(`${t('annual.desc')} ${t('annual.derivedNote')}`, annualMeetings.length),
		source: datedSource(t('chart.source', { source: t('transparency.source') }), datasets.article7),
		path: withAsOf('/transparency'),
		parts: [
			{
				component: AnnualBars as Component<never>,
				props: {
					rows: record.annual,
					labels: {
						...Object.fromEntries(ANNUAL_KEYS.map((k) => [k, reportStatusLabel(k)])),
						coverage: t('annual.coverage'),
						coverageStated: t('annual.coverageStated')
					},
					meetings: annualMeetings,
					labelledby: 'annual-title'
				}
			}
		]
	});

	// Articles 3 and 4 (/implementation): the obligations still open on the day. Every obligation
	// (53 rows in 2026) made a slide no one could read from the room; the completed ones stay on the page.
	const implementation = await loadImplementation(db);
	const rows = openObligations(timelineOn(implementation, asOf));
	const implMeetings = meetingsBetween(meetingsList(implementation), CCM.openedForSignature, asOf);
	slides.push({
		id: 'obligations',
		title: t('impl.open.title', { date: formatDate(asOf) }),
		description: withMeetings(t('impl.open.desc', { count: rows.length }), implMeetings.length),
		source: datedSource(t('chart.source', { source: t('impl.source') }), datasets.implementation),
		path: withAsOf('/implementation'),
		parts: [
			{
				component: ObligationTimeline as Component<never>,
				props: { rows, meetings: implMeetings, asOf, labelledby: 'obligations-title' }
			}
		]
	});

	// Trust Fund (/trust-fund): the bundled data holds published facts, not a ledger, so the slide is
	// the page's facts table, each fact with its source; facts about years after the deck's day are left out.
	const tf = await loadTrustFund(db);
	const facts = tf.facts.filter((f) => f.year <= yearOf(asOf));
	slides.push({
		id: 'trust-fund',
		title: t('tf.factsTitle'),
		description: t('tf.factsDesc'),
		source: datedSource(t('chart.source', { source: t('tf.sourceLedger') }), datasets.trustfund),
		path: localPath('/trust-fund'),
		table: {
			columns: [t('tf.year'), t('msp.tfFund'), t('msp.tfMetric'), t('msp.tfValue'), t('msp.tfQuote')],
			rows: facts.map((f) => [
				String(f.year),
				factFundLabel(f.fund),
				factMetricLabel(f.metric),
				factValue(f),
				`“${displayQuote(f.quote)}” ${f.source}`
			])
		}
	});
	return slides;
}

type Fact = Awaited<ReturnType<typeof loadTrustFund>>['facts'][number];
// As /trust-fund shows a fact's value: a catalog phrase with its unit, or the value alone.
function factValue(f: Fact): string {
	return f.value === 'above' || f.value === 'below'
		? t(`tf.value.${f.value}`)
		: f.unit === 'states' || f.unit === 'delegates'
			? t(`tf.unit.${f.unit}`, { value: /^\d+$/.test(f.value) ? formatNumber(Number(f.value)) : f.value })
			: f.value;
}

// ChartFigure adds this sentence to the description of a chart with meetings marked.
const withMeetings = (description: string, meetings: number) =>
	meetings ? `${description} ${t('meetings.note')}` : description;

export interface MspDeckOptions {
	asOf: string;
	/** The deck's language: the one the caller has set for `t` (checked). */
	lang: Locale;
	dataAsOf: string;
	datasets: MspContext['datasets'];
	geometry: MspContext['geometry'];
	render: Render;
	rasterize: Rasterize;
	/** The site's address (`https://…/`), for the permalinks; paths alone without it. */
	origin?: string;
	/** Called with each slide's time, for measurements. */
	onSlide?: (id: MspSlide['id'], ms: { render: number; rasterize: number }) => void;
}

export interface MspDeck {
	bytes: Uint8Array;
	slides: { id: MspSlide['id']; title: string; notes: string[] }[];
}

/** The MSP deck as .pptx bytes, with each slide's title and notes paragraphs. */
export async function buildMspDeck(db: Connector, opts: MspDeckOptions): Promise<MspDeck> {
	if (currentLocale() !== opts.lang)
		throw new Error(`the page's language is ${currentLocale()}, not ${opts.lang}: set it before building the deck`);
	const locale = localeInfo(opts.lang);
	const dir = locale.dir;
	const lang = locale.intl.split('-u-')[0]!;
	const specs = await mspSlides(db, opts);
	const { width, height } = ASPECTS['16:9'];
	const asOfLine = t('asOf.figuresAsOf', { date: formatDate(opts.asOf) });
	const deckSlides: DeckSlide[] = [];
	for (const s of specs) {
		const permalink = `${opts.origin ? opts.origin.replace(/\/$/, '') : ''}${s.path}`;
		const common = { title: s.title, description: s.description, source: s.source, permalink, asOf: opts.asOf };
		if (s.table) {
			deckSlides.push({ ...common, png: new Uint8Array(), table: s.table });
			continue;
		}
		let start = performance.now();
		const html = (await Promise.all((s.parts ?? []).map((p) => opts.render(p.component, p.props)))).join('');
		const chart = chartFromHtml(html);
		const svg = composeSvg(chart, {
			title: s.title,
			subtitle: s.description,
			asOfLine,
			source: s.source,
			permalink: t('export.permalink', { url: permalink }),
			notes: s.notes,
			legend: chart.legend,
			width,
			height,
			dir,
			lang: opts.lang
		});
		const rendered = performance.now() - start;
		start = performance.now();
		const png = await opts.rasterize(svg, width, height);
		opts.onSlide?.(s.id, { render: rendered, rasterize: performance.now() - start });
		deckSlides.push({ ...common, png });
	}
	const labels = {
		deckTitle: t('msp.deckTitle'),
		dataAsOf: t('slides.dataAsOf', { date: formatDate(opts.dataAsOf) }),
		language: t('slides.language', { language: locale.name }),
		sourceLine: t('slides.titleSource', { url: opts.origin ?? localPath('/') }),
		asOf: (s: DeckSlide) => t('slides.notesAsOf', { date: formatDate(s.asOf) }),
		link: (s: DeckSlide) => t('slides.notesLink', { url: s.permalink }),
		lang,
		dir
	};
	const bytes = await buildDeck(deckSlides, labels);
	return {
		bytes,
		slides: specs.map((s, i) => {
			const d = deckSlides[i]!;
			return { id: s.id, title: s.title, notes: [d.source, labels.asOf(d), labels.link(d), d.description] };
		})
	};
}
