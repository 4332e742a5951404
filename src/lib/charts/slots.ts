/** The columns of a chart with one slot per period (StackedBars): a year, a month. */
export interface Slot {
	key: number | string;
	/** Under the column: short ("09" for 2009, "Apr" for April). */
	label: string;
	/** What a pointer over the column shows: the whole year or month. */
	title: string;
	/** Drawn with its total in bold and its column outlined. */
	marked?: boolean;
}

/** Every year from `from` to `to`, labelled by its last two digits. */
export function yearSlots(from: number, to: number): Slot[] {
	return Array.from({ length: to - from + 1 }, (_, i) => {
		const year = from + i;
		return { key: year, label: String(year).slice(2), title: String(year) };
	});
}
