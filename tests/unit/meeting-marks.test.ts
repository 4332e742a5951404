/**
 * Where the meetings go on a time axis: which ones are marked, where in a year's band, and how
 * their labels share the lanes. The meetings below are fixtures, not the record.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	labelLanes,
	meetingsBetween,
	meetingsInYears,
	shortMeetingLabel,
	yearFraction,
	type MeetingMark
} from '../../src/lib/charts/frame/meeting-marks';

const fixture = (meeting: string, start_date: string | null): MeetingMark => ({
	meeting,
	start_date,
	end_date: null,
	city: null
});
const fixtureMeetings = [
	fixture('FX2MSP', '2011-09-13'),
	fixture('FX1MSP', '2010-11-09'),
	fixture('FX3RC', null),
	fixture('FX13MSP', '2025-09-16')
];

describe('meetings on an axis', () => {
	it('keeps those with an opening day inside the axis, in date order', () => {
		expect(meetingsBetween(fixtureMeetings, '2010-11-09', '2025-09-15').map((m) => m.meeting)).toEqual([
			'FX1MSP',
			'FX2MSP'
		]);
	});
	it('on a per-year axis, only the years drawn and nothing after the chosen day', () => {
		expect(meetingsInYears(fixtureMeetings, [2011, 2025], '2025-12-31').map((m) => m.meeting)).toEqual([
			'FX2MSP',
			'FX13MSP'
		]);
		expect(meetingsInYears(fixtureMeetings, [2011, 2025], '2025-09-15').map((m) => m.meeting)).toEqual(['FX2MSP']);
		expect(meetingsInYears(fixtureMeetings, [], '2025-12-31')).toEqual([]);
	});
	it('labels a conference held in parts by its part', () => {
		expect(shortMeetingLabel('2RC (part 1)')).toBe('2RC·1');
		expect(shortMeetingLabel('11MSP')).toBe('11MSP');
	});
	it('places a day inside its year: 1 January at 0, 31 December just under 1, leap years included', () => {
		expect(yearFraction('2023-01-01')).toBe(0);
		expect(yearFraction('2024-12-31')).toBeCloseTo(365 / 366);
		expect(yearFraction('2023-07-02')).toBeCloseTo(182 / 365);
	});
});

describe('label lanes', () => {
	it('puts a label that would touch its neighbour in the next lane', () => {
		expect(
			labelLanes(
				[
					{ x: 10, width: 20 },
					{ x: 25, width: 20 },
					{ x: 60, width: 20 }
				],
				2
			)
		).toEqual([0, 1, 0]);
	});
	it('leaves a label out (null) when no lane has room, rather than drawing it over another', () => {
		const items = [
			{ x: 10, width: 20 },
			{ x: 15, width: 20 },
			{ x: 20, width: 20 },
			{ x: 60, width: 20 }
		];
		expect(labelLanes(items, 2)).toEqual([0, 1, null, 0]);
	});
	it('never lets two labels of one lane overlap, however few the lanes', () => {
		fc.assert(
			fc.property(
				fc.array(fc.record({ x: fc.integer({ min: 0, max: 700 }), width: fc.integer({ min: 10, max: 60 }) }), {
					maxLength: 20
				}),
				fc.integer({ min: 1, max: 3 }),
				(raw, lanes) => {
					const items = [...raw].sort((a, b) => a.x - b.x);
					const lane = labelLanes(items, lanes);
					for (let i = 0; i < items.length; i++)
						for (let j = i + 1; j < items.length; j++)
							if (lane[i] !== null && lane[i] === lane[j]) {
								const [a, b] = [items[i]!, items[j]!];
								expect(a.x + a.width / 2 + 3).toBeLessThanOrEqual(b.x - b.width / 2);
							}
				}
			)
		);
	});
	it('never lets two labels of one lane overlap while a lane is free', () => {
		fc.assert(
			fc.property(
				fc.array(fc.record({ x: fc.integer({ min: 0, max: 700 }), width: fc.integer({ min: 10, max: 60 }) }), {
					maxLength: 20
				}),
				(raw) => {
					const items = [...raw].sort((a, b) => a.x - b.x);
					const lanes = items.length || 1;
					const lane = labelLanes(items, lanes);
					for (let i = 0; i < items.length; i++)
						for (let j = i + 1; j < items.length; j++)
							if (lane[i] === lane[j]) {
								const [a, b] = [items[i]!, items[j]!];
								expect(a.x + a.width / 2 + 3).toBeLessThanOrEqual(b.x - b.width / 2);
							}
				}
			)
		);
	});
});
