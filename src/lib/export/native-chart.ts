/**
 * A chart's data as PowerPoint draws it natively (categories and named series of numbers), made
 * from the rows the figure's CSV export holds, so the editable chart on a slide and the CSV say the
 * same thing. Only bar, line and step charts have this form; a map or a timeline of obligations
 * stays a picture.
 */
import type { ChartData, ExportCell } from './csv-export';

/** Which columns of a figure's data make a native chart. */
export interface NativeChartSpec {
	/** Bars for bar charts; a line for line and step charts (PowerPoint has no step chart). */
	type: 'bar' | 'line';
	/** The column whose values run along the category axis (years, days, months). */
	category: string;
	/** The columns drawn as series, in the figure's order. */
	series?: readonly string[];
	/**
	 * For data in long form (one row per category and group): the column naming the group and the
	 * column holding its number; each group becomes a series.
	 */
	pivot?: { by: string; value: string };
	/** Bars stacked as the page draws them; 'percent' for bars that each fill 100%. */
	stacked?: boolean | 'percent';
}

export interface NativeChart {
	type: 'bar' | 'line';
	stacked: boolean | 'percent';
	categories: string[];
	series: { name: string; values: (number | null)[] }[];
}

const num = (cell: ExportCell): number | null => (typeof cell === 'number' && Number.isFinite(cell) ? cell : null);

/**
 * The native form of a figure's data, or null when there is nothing to draw (no rows, or no column
 * holding numbers). `label` shows a category as the page does (a formatted date, say).
 */
export function nativeChart(
	data: ChartData,
	spec: NativeChartSpec,
	label: (cell: ExportCell) => string = (c) => (c == null ? '' : String(c))
): NativeChart | null {
	const categories: string[] = [];
	const index = new Map<string, number>();
	for (const row of data.rows) {
		const key = String(row[spec.category] ?? '');
		if (!index.has(key)) {
			index.set(key, categories.length);
			categories.push(label(row[spec.category]));
		}
	}
	let series: NativeChart['series'];
	if (spec.pivot) {
		const { by, value } = spec.pivot;
		const groups = new Map<string, (number | null)[]>();
		for (const row of data.rows) {
			const name = String(row[by] ?? '');
			if (!groups.has(name))
				groups.set(
					name,
					categories.map(() => null)
				);
			const at = index.get(String(row[spec.category] ?? ''))!;
			const v = num(row[value]);
			const values = groups.get(name)!;
			if (v !== null) values[at] = (values[at] ?? 0) + v;
		}
		series = [...groups].map(([name, values]) => ({ name, values }));
	} else {
		const columns = data.columns.filter((c) => spec.series?.includes(c.key));
		series = columns.map((c) => {
			const values: (number | null)[] = categories.map(() => null);
			for (const row of data.rows) values[index.get(String(row[spec.category] ?? ''))!] = num(row[c.key]);
			return { name: c.label, values };
		});
	}
	series = series.filter((s) => s.values.some((v) => v !== null));
	if (!categories.length || !series.length) return null;
	return { type: spec.type, stacked: spec.stacked ?? false, categories, series };
}
