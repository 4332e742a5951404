// Chart and export text laid out without a DOM: widths estimated per script, lines broken by each
// language's rules (Chinese between words, no break before a closing mark or after an opening one).
import { describe, expect, it } from 'vitest';
import { breakUnits, clampLines, textWidth, wrapLines } from '../../src/lib/i18n/text-layout';

describe('textWidth', () => {
	it('counts a Chinese character as a full em, Latin and Arabic narrower', () => {
		expect(textWidth('集束弹药公约', 10)).toBe(60);
		expect(textWidth('Cluster', 10)).toBeLessThan(50);
		expect(textWidth('الذخائر', 10)).toBeLessThan(40);
	});
});

describe('wrapLines', () => {
	const zh = '《禁止为军事或任何其他敌对目的使用改变环境的技术的公约》缔约国按区域组分列（截至2026年2月3日）：数据。';

	it('breaks Chinese text that has no spaces, every line within the width', () => {
		const lines = wrapLines(zh, 200, 20, 'zh');
		expect(lines.length).toBeGreaterThan(2);
		expect(lines.join('')).toBe(zh);
		for (const l of lines) expect(textWidth(l, 20)).toBeLessThanOrEqual(200);
	});

	it('never starts a Chinese line with a closing mark nor ends one with an opening mark', () => {
		for (const width of [80, 120, 160, 220, 300]) {
			for (const l of wrapLines(zh, width, 20, 'zh')) {
				expect(l).not.toMatch(/^[，。》）：]/);
				expect(l).not.toMatch(/[《（]$/);
			}
		}
	});

	it('keeps Chinese words whole where a line can hold them', () => {
		const units = breakUnits('集束弹药公约缔约国', 'zh');
		expect(units.length).toBeGreaterThan(1);
		expect(units.join('')).toBe('集束弹药公约缔约国');
	});

	it('breaks English and Arabic at spaces, as before', () => {
		expect(wrapLines('one two three four', 60, 10, 'en')).toEqual(['one two', 'three four']);
		const ar = 'رسم بياني درجي من ديسمبر إلى فبراير';
		const lines = wrapLines(ar, 60, 10, 'ar');
		expect(lines.join(' ')).toBe(ar);
		expect(lines.length).toBeGreaterThan(1);
	});

	it('clamps to a number of lines, the last ending with an ellipsis', () => {
		const lines = clampLines(wrapLines(zh, 120, 20, 'zh'), 2, 120, 20);
		expect(lines).toHaveLength(2);
		expect(lines[1]).toMatch(/…$/);
		expect(textWidth(lines[1]!, 20)).toBeLessThanOrEqual(120);
	});
});
