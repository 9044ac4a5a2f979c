import { describe, expect, test } from 'vitest';
import { baseScale } from '../../../src/lib/timeline/scales';
import { chooseTicks } from '../../../src/lib/timeline/ticks';

const utc = (s: string) => new Date(`${s}T00:00:00Z`);
const scale = (from: string, to: string, width: number) => baseScale([utc(from), utc(to)], width);

describe('chooseTicks', () => {
	test.each([
		{
			name: 'twelve years in 1000 px are labelled by year',
			from: '2010-01-01',
			to: '2022-01-01',
			width: 1000,
			level: 'year',
			first: '2010'
		},
		{
			name: 'four years in 1000 px are labelled by half-year',
			from: '2017-01-01',
			to: '2021-01-01',
			width: 1000,
			level: 'month',
			first: '2017'
		},
		{
			name: 'one year in 1000 px is labelled by month',
			from: '2018-01-01',
			to: '2019-01-01',
			width: 1000,
			level: 'month',
			first: '2018'
		},
		{
			name: 'a month in 1000 px is labelled by week, on Mondays',
			from: '2018-09-01',
			to: '2018-10-01',
			width: 1000,
			level: 'day',
			first: '3 Sep 2018'
		},
		{
			name: 'ten days in 1000 px are labelled by day',
			from: '2018-09-10',
			to: '2018-09-20',
			width: 1000,
			level: 'day',
			first: '10 Sep 2018'
		},
		{
			name: 'twenty years in 300 px thin out to every 5 or 10 years',
			from: '2000-01-01',
			to: '2020-01-01',
			width: 300,
			level: 'year',
			first: '2000'
		}
	])('$name', ({ from, to, width, level, first }) => {
		const ticks = chooseTicks(scale(from, to, width));
		expect(ticks.length).toBeGreaterThan(1);
		expect(ticks.every((t) => t.level === level)).toBe(true);
		expect(ticks[0]!.label).toBe(first);
	});

	test('chooseTicks walks years → months → days as the same span gets wider', () => {
		const levels = [600, 6000, 600_000].map(
			(w) => chooseTicks(scale('2010-01-01', '2020-01-01', w))[0]!.level
		);
		expect(levels).toEqual(['year', 'month', 'day']);
	});

	test('chooseTicks keeps labels apart', () => {
		for (const width of [320, 640, 1280, 5000]) {
			const ticks = chooseTicks(scale('2017-01-01', '2020-12-31', width));
			for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(44);
		}
	});

	test('chooseTicks labels January with its year and other months by name', () => {
		const labels = chooseTicks(scale('2017-11-01', '2018-04-01', 1000)).map((t) => t.label);
		expect(labels).toEqual(['Nov 2017', 'Dec', '2018', 'Feb', 'Mar']);
	});

	test('chooseTicks places day ticks on UTC midnights, whatever the zone', () => {
		const ticks = chooseTicks(scale('2018-09-10', '2018-09-20', 1000));
		expect(ticks.map((t) => t.date.toISOString().slice(11))).toEqual(ticks.map(() => '00:00:00.000Z'));
		expect(ticks[0]!.label).toBe('10 Sep 2018');
	});

	test('chooseTicks leaves out a label that would run off the right edge', () => {
		const ticks = chooseTicks(scale('2018-01-01', '2018-03-20', 1000));
		expect(ticks.at(-1)!.x).toBeLessThanOrEqual(1000 - 48);
	});

	test('chooseTicks gives the first tick its year only when the next tick leaves room', () => {
		const roomy = chooseTicks(scale('2018-09-10', '2018-09-20', 1000));
		const tight = chooseTicks(scale('2018-03-01', '2018-09-01', 515));
		expect(roomy[0]!.label).toBe('10 Sep 2018');
		expect(tight[1]!.x - tight[0]!.x).toBeLessThan(96);
		expect(tight[0]!.label).toBe('Mar');
	});
});
