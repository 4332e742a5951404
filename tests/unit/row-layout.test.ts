import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rowLayout } from '../../src/lib/charts/row-layout';
import { textWidth } from '../../src/lib/i18n/text-layout';

const base = { margin: 190, bar: 20, gap: 10, fontSize: 12, locale: 'en' };

describe('row names of a horizontal bar chart', () => {
	it('sit beside the bars on a desktop chart, as before', () => {
		const l = rowLayout(['Mine Ban 2014, day 49', 'CCM 2014, day 49 (computed)'], 8, { ...base, width: 720 });
		expect(l.above).toBe(false);
		expect(l.startMargin).toBe(190);
		expect(l.rows.map((r) => r.y)).toEqual([8, 38]);
		expect(l.height).toBe(60);
	});
	it('go above the bars on a chart laid out for a phone, which keeps the width for the bars', () => {
		const l = rowLayout(['Mine Ban 2014, day 49', 'CCM 2014, day 49 (computed)'], 8, { ...base, width: 366 });
		expect(l.above).toBe(true);
		expect(l.startMargin).toBe(8);
		// Each bar starts under its name's line, and the next name starts under the bar and its gap.
		expect(l.rows[0]!.labelY).toBe(20);
		expect(l.rows[0]!.y).toBe(8 + 14 + 4);
		expect(l.rows[1]!.labelY).toBeGreaterThan(l.rows[0]!.y + 20);
	});
	it('never lets a name wider than its room or a row overlap the next, at any width', () => {
		fc.assert(
			fc.property(
				fc.array(fc.string({ minLength: 1, maxLength: 60 }), { minLength: 1, maxLength: 8 }),
				fc.integer({ min: 300, max: 720 }),
				(labels, width) => {
					const l = rowLayout(labels, 0, { ...base, width });
					const room = l.above ? width - 16 : base.margin - 12;
					for (const r of l.rows)
						for (const line of r.lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(room + 0.01);
					for (let i = 1; i < l.rows.length; i++) {
						const prev = l.rows[i - 1]!;
						const next = l.rows[i]!;
						const nextTop = l.above ? next.labelY - 12 : next.y;
						expect(nextTop).toBeGreaterThanOrEqual(prev.y + base.bar);
					}
				}
			)
		);
	});
});
