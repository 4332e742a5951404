/**
 * The previous object when a new one holds the same numbers: a component handed the same object
 * does not re-render, and most as-of steps change no count.
 */
export function sameCounts<T extends Record<string, number>>(previous: T | null, next: T): T {
	if (!previous) return next;
	for (const k of Object.keys(next)) if (previous[k] !== next[k]) return next;
	return previous;
}
