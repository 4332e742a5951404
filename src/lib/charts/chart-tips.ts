/**
 * Values on hover and on keyboard focus, for every chart in a ChartFigure. A chart's marks carry
 * their value in a <title> (read by assistive technology, kept in exported files), which a browser
 * shows only after a mouse rests on it, never on a phone's tap or from the keyboard. This shows
 * the same words in a tooltip of the page's own: under the pointer or finger, and from the
 * keyboard, where the chart box is one tab stop and the arrow keys step through its marks in
 * their order in the chart (Home and End to the first and last, Escape to hide). The map is left
 * to its own links and keyboard (WorldMap).
 */

/** A mark with a value to show: an element whose first child is its <title>. */
export function tipMarks(root: ParentNode): Element[] {
	const marks: Element[] = [];
	for (const t of root.querySelectorAll('svg:not(.world-map) title')) {
		const el = t.parentNode;
		if (el instanceof Element && el.tagName !== 'svg' && el.firstElementChild === t && t.textContent?.trim())
			marks.push(el);
	}
	return marks;
}

/** The words a mark's tooltip shows: its title. */
export const tipText = (mark: Element) => (mark.querySelector(':scope > title')?.textContent ?? '').trim();

/**
 * The mark the arrow keys move to from `i` (-1: none yet) among `n`; null for any other key. In a
 * right-to-left page the chart is mirrored, so the left arrow goes on to the next mark.
 */
export function stepMark(key: string, i: number, n: number, rtl = false): number | null {
	if (n === 0) return null;
	const k = rtl && key === 'ArrowLeft' ? 'ArrowRight' : rtl && key === 'ArrowRight' ? 'ArrowLeft' : key;
	switch (k) {
		case 'ArrowRight':
		case 'ArrowDown':
			return i < 0 ? 0 : Math.min(n - 1, i + 1);
		case 'ArrowLeft':
		case 'ArrowUp':
			return i < 0 ? 0 : Math.max(0, i - 1);
		case 'Home':
			return 0;
		case 'End':
			return n - 1;
		default:
			return null;
	}
}

export interface Tip {
	text: string;
	/** Where the tooltip points, in the chart box's own coordinates (CSS pixels). */
	x: number;
	y: number;
	/**
	 * Which of its ends sits at x: near the box's left edge the tooltip starts there, near the
	 * right edge it ends there, elsewhere it is centred, so it never runs off a phone's screen.
	 */
	align: 'start' | 'middle' | 'end';
}

/** The tooltip for a mark: above its box's centre, inside the chart box. */
export function tipAt(mark: Element, box: Element): Tip {
	const m = mark.getBoundingClientRect();
	const b = box.getBoundingClientRect();
	const x = m.left + m.width / 2 - b.left;
	const align = x < b.width / 3 ? 'start' : x > (2 * b.width) / 3 ? 'end' : 'middle';
	return { text: tipText(mark), x, y: m.top - b.top, align };
}
