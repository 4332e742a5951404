import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stepMark } from '../../src/lib/charts/chart-tips';

describe('stepping through a chart’s marks from the keyboard', () => {
	it('starts on the first mark, steps both ways, and jumps to the ends', () => {
		expect(stepMark('ArrowRight', -1, 5)).toBe(0);
		expect(stepMark('ArrowRight', 0, 5)).toBe(1);
		expect(stepMark('ArrowDown', 1, 5)).toBe(2);
		expect(stepMark('ArrowLeft', 2, 5)).toBe(1);
		expect(stepMark('End', 1, 5)).toBe(4);
		expect(stepMark('Home', 4, 5)).toBe(0);
		expect(stepMark('Tab', 2, 5)).toBeNull();
		expect(stepMark('ArrowRight', -1, 0)).toBeNull();
	});
	it('goes on with the left arrow in a mirrored (right-to-left) chart', () => {
		expect(stepMark('ArrowLeft', 1, 5, true)).toBe(2);
		expect(stepMark('ArrowRight', 1, 5, true)).toBe(0);
		expect(stepMark('ArrowDown', 1, 5, true)).toBe(2);
	});
	it('never leaves the marks, whatever keys are pressed', () => {
		const keys = fc.constantFrom('ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'a');
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 50 }), fc.array(keys, { maxLength: 60 }), (n, pressed) => {
				let i = -1;
				for (const k of pressed) {
					const next = stepMark(k, i, n);
					if (next === null) continue;
					expect(next).toBeGreaterThanOrEqual(0);
					expect(next).toBeLessThan(n);
					i = next;
				}
			})
		);
	});
});
