/**
 * What a chart frame gives the layers drawn inside it (LayerCake's idea, without the library):
 * the SVG's size, its margins, the plot area they leave, and the x and y scales built for that
 * area. Axes, grid lines and marks read it with `getFrame()` instead of each chart repeating its
 * width, margins and ranges. D3 computes; Svelte renders.
 *
 * Coordinates are the SVG's own (the plot area runs from `left` to `right` and from `top` to
 * `bottom`), not translated to the plot area: a refactored chart draws the same numbers as before,
 * which the golden files (tests/golden/charts) check.
 *
 * Direction: in a right-to-left language the frame is mirrored. Time and the x values run from
 * right to left (the x range is [right, left]), the start margin (the y axis, the rows' names) is
 * on the right and the end margin (series labels) on the left. A chart gives its margins in
 * reading order (`left` is the start margin) and places text from the logical edges `start` and
 * `end`, stepping with `dx`; the SVG carries `direction="rtl"`, so `text-anchor` "start" and
 * "end" are logical too, and the same anchors read correctly both ways. In English every number
 * is what it was before.
 */
import { createContext, getContext, setContext } from 'svelte';
import { textWidth } from '../../i18n/text-layout';

export interface Margins {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/**
 * A position scale as the layers use it: d3's band, linear and time scales all fit. The value
 * type is left open (`never`) so one frame type holds any of them; a layer passes values taken
 * from the same scale (its ticks or domain).
 */
export interface PositionScale {
	(value: never): number | undefined;
	domain(): unknown[];
	ticks?(count?: number): unknown[];
	bandwidth?(): number;
}

export interface Frame<X extends PositionScale = PositionScale, Y extends PositionScale = PositionScale> {
	/** The SVG's viewBox size. */
	readonly width: number;
	readonly height: number;
	readonly margins: Margins;
	/** The plot area's edges and size, in SVG coordinates. */
	readonly left: number;
	readonly right: number;
	readonly top: number;
	readonly bottom: number;
	readonly innerWidth: number;
	readonly innerHeight: number;
	readonly x: X;
	readonly y: Y;
	/** The page reads right to left: the frame is mirrored (see above). */
	readonly rtl: boolean;
	/** The x where reading starts (the y axis side) and ends: `left` and `right`, swapped when mirrored. */
	readonly start: number;
	readonly end: number;
	/** A distance along the reading direction, as an x offset: `d`, or `-d` when mirrored. */
	readonly dx: (d: number) => number;
	/** The x at a distance from the SVG's start edge: `d`, or `width - d` when mirrored. */
	readonly fromStart: (d: number) => number;
	/**
	 * A font size in viewBox units, raised so that the text shows at least MIN_FONT_PX CSS pixels
	 * at the width the chart is shown; as given when that width is not known (prerendered, exported
	 * on the server).
	 */
	readonly font: (size: number) => number;
}

/** Makes a scale for a range: [left, right] for x, [bottom, top] for y (upwards). */
export type ScaleFactory<S extends PositionScale> = (range: [number, number]) => S;

const [get, set] = createContext<Frame>();

/** The frame of the chart this component is drawn in; throws outside a ChartFrame. */
export const getFrame: () => Frame = get;

const KEYS = [
	'width',
	'height',
	'margins',
	'left',
	'right',
	'top',
	'bottom',
	'innerWidth',
	'innerHeight',
	'x',
	'y',
	'rtl',
	'start',
	'end',
	'dx',
	'fromStart',
	'font'
] as const satisfies readonly (keyof Frame)[];

/**
 * Gives the layers a frame that follows the chart's props: each field reads the current frame, so
 * a layer that reads it in a template or a `$derived` updates when the chart's data change.
 */
export function setFrame(current: () => Frame): void {
	const live = {} as Frame;
	for (const key of KEYS) Object.defineProperty(live, key, { get: () => current()[key], enumerable: true });
	set(live);
}

/**
 * The frame's geometry for a size and margins (in reading order), scales built by the given
 * factories; `rtl` mirrors it.
 */
export function frameOf<X extends PositionScale, Y extends PositionScale>(
	width: number,
	height: number,
	margins: Margins,
	x: ScaleFactory<X>,
	y: ScaleFactory<Y>,
	rtl = false,
	available?: number
): Frame<X, Y> {
	const left = rtl ? margins.right : margins.left;
	const right = width - (rtl ? margins.left : margins.right);
	const top = margins.top;
	const bottom = height - margins.bottom;
	return {
		width,
		height,
		margins,
		left,
		right,
		top,
		bottom,
		innerWidth: right - left,
		innerHeight: bottom - top,
		x: x(rtl ? [right, left] : [left, right]),
		y: y([bottom, top]),
		rtl,
		start: rtl ? right : left,
		end: rtl ? left : right,
		dx: rtl ? (d: number) => -d : (d: number) => d,
		fromStart: rtl ? (d: number) => width - d : (d: number) => d,
		font: (size: number) => fontFloor(size, width, available)
	};
}

/** What the axes and grid lines share about their ticks. */
export interface TickProps {
	/** The values to mark; by default the bands of a band scale, else `count` ticks of the scale. */
	ticks?: readonly unknown[];
	/** How many ticks d3 aims for when `ticks` is left out. */
	count?: number;
	/** The scale, when not the frame's own (a panel with its own axis). */
	scale?: PositionScale;
}

/** A tick label's text and size, for the axes. */
export interface LabelProps {
	/** A tick's text (default: the value as it is). */
	format?: (value: never) => string;
	/** The labels' size in viewBox units (default 11). */
	fontSize?: number;
}

/** The values to mark on a scale: those given, the bands of a band scale, or its ticks. */
export function tickValues(
	scale: PositionScale,
	ticks: readonly unknown[] | undefined,
	count: number
): readonly unknown[] {
	return ticks ?? (scale.bandwidth ? scale.domain() : (scale.ticks?.(count) ?? []));
}

/**
 * The ticks an x axis labels in `width` units without one label running into the next: for a
 * time or linear scale, d3 is asked for fewer ticks (each label and a gap of one em); for a band
 * scale, every k-th band is labelled, counted back from the last so the latest stays named.
 * Ticks given explicitly are kept as they are.
 */
export function thinTicks(
	scale: PositionScale,
	ticks: readonly unknown[] | undefined,
	count: number,
	format: (value: unknown) => string,
	fontSize: number,
	width: number
): readonly unknown[] {
	if (ticks) return ticks;
	const all = tickValues(scale, undefined, count);
	const room = (values: readonly unknown[]) =>
		Math.max(0, ...values.map((v) => textWidth(format(v), fontSize))) + fontSize;
	if (scale.bandwidth) {
		const n = all.length;
		const k = n > 1 ? Math.ceil(room(all) / (width / n)) : 1;
		return k <= 1 ? all : all.filter((_, i) => (n - 1 - i) % k === 0);
	}
	let fewer = count;
	let values = all;
	while (fewer > 1 && values.length > 1 && room(values) * values.length > width) {
		fewer = Math.floor(fewer / 2);
		values = tickValues(scale, undefined, fewer);
	}
	return values;
}

/** A key for a tick in a keyed each: dates by their time. */
export const tickKey = (t: unknown) => (t instanceof Date ? t.getTime() : t);

/** The default width of a chart's viewBox: the SVG scales to its container, so this fixes proportions and type size. */
export const CHART_WIDTH = 720;

/**
 * The narrowest width a chart is laid out for, in CSS pixels. A chart's box narrower still (a
 * phone held upright with a wide margin) shows the 300-unit layout scaled down a little.
 */
export const MIN_CHART_WIDTH = 300;

/** The smallest text a chart shows, in CSS pixels, wherever it is read. */
export const MIN_FONT_PX = 11;

/**
 * The viewBox width a chart is laid out for when its box is `available` CSS pixels wide: the
 * default width on a wide screen (the picture grows with its box, text and all), the box's own
 * width below it, so that a phone gets a chart drawn for a phone (fewer ticks, wrapped labels)
 * rather than a desktop chart shrunk until its labels are 5 px high. Unknown (prerendered, no
 * script): the default.
 */
export function layoutWidth(available: number | undefined): number {
	if (!available || available >= CHART_WIDTH) return CHART_WIDTH;
	return Math.max(MIN_CHART_WIDTH, Math.floor(available));
}

/** `size` in the units of a `width`-wide viewBox shown `available` CSS pixels wide, raised to MIN_FONT_PX. */
export function fontFloor(size: number, width: number, available: number | undefined): number {
	if (!available) return size;
	return Math.max(size, Math.ceil((MIN_FONT_PX * width * 10) / available) / 10);
}

const AVAILABLE = Symbol('chart-available-width');

/**
 * Tells the charts inside a component how wide their box is (ChartFigure measures it once the page
 * runs); `get` returns undefined until then.
 */
export function setAvailableWidth(get: () => number | undefined): void {
	setContext(AVAILABLE, get);
}

/**
 * The width of the box the chart is shown in, read where it is called (call it in a component's
 * script, read the getter in `$derived`): undefined before the page measures it or outside a figure.
 */
export function availableWidth(): () => number | undefined {
	const get = getContext<(() => number | undefined) | undefined>(AVAILABLE);
	return () => get?.();
}
