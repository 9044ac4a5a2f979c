import { describe, expect, test } from 'vitest';
import {
	binInterval,
	binLabel,
	clusterEvents,
	clusterName,
	shortCount
} from '../../../src/lib/timeline/clusters';
import { baseScale } from '../../../src/lib/timeline/scales';
import { indexEvents } from '../../../src/lib/timeline/window';
import { makeEvent } from '../../support/events.ts';

const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const scale = (from: string, to: string, width: number) =>
	baseScale([new Date(ms(from)), new Date(ms(to))], width);

describe('binInterval', () => {
	test.each([
		{ name: 'a week across 1,000 px bins by day', from: '2019-03-01', to: '2019-03-08', unit: 'day' },
		{ name: 'three months across 1,000 px bin by week', from: '2019-01-01', to: '2019-04-01', unit: 'week' },
		{ name: 'a year across 1,000 px bins by month', from: '2019-01-01', to: '2020-01-01', unit: 'month' },
		{
			name: 'five years across 1,000 px bin by quarter',
			from: '2015-01-01',
			to: '2020-01-01',
			unit: 'quarter'
		},
		{
			name: 'fourteen years across 1,000 px bin by year',
			from: '2011-01-01',
			to: '2025-01-01',
			unit: 'year'
		},
		{
			name: 'a century across 1,000 px bins by ten years',
			from: '1920-01-01',
			to: '2020-01-01',
			unit: 'years'
		}
	])('$name', ({ from, to, unit }) => expect(binInterval(scale(from, to, 1000)).unit).toBe(unit));

	test('binInterval never makes a bin narrower than its minimum width', () => {
		const x = scale('2011-01-01', '2025-01-01', 1000);
		const bin = binInterval(x, 34);
		expect(bin.days * (1000 / ((ms('2025-01-01') - ms('2011-01-01')) / 86_400_000))).toBeGreaterThanOrEqual(
			34
		);
	});
});

describe('clusterEvents', () => {
	const events = [
		makeEvent('a', '2019-03-01'),
		makeEvent('b', '2019-03-15'),
		makeEvent('c', '2019-03-31', '2019-04-02'),
		makeEvent('d', '2019-03-20', '2019-03-20', { type: 'meeting' }),
		makeEvent('e', '2019-05-02')
	];
	const index = indexEvents(events);
	const x = scale('2019-01-01', '2020-01-01', 340); // about 28 px a month: month bins at 20 px

	test('clusterEvents counts per lane type and calendar bin the events that begin there', () => {
		const clusters = clusterEvents(index, x, ['talks', 'meeting'], undefined, binInterval(x, 20));
		expect(
			clusters.map((c) => [c.type, c.lane, new Date(c.start).toISOString().slice(0, 7), c.count])
		).toEqual([
			['talks', 0, '2019-03', 3],
			['talks', 0, '2019-05', 1],
			['meeting', 1, '2019-03', 1]
		]);
		const march = clusters[0]!;
		expect(march.key).toBe(`talks:${ms('2019-03-01')}`);
		expect(march.x0).toBeCloseTo(x(new Date(ms('2019-03-01'))));
		expect(march.x1).toBeCloseTo(x(new Date(ms('2019-04-01'))));
	});

	test('clusterEvents names each cluster and shades it by its count beside the fullest', () => {
		const clusters = clusterEvents(index, x, ['talks', 'meeting'], undefined, binInterval(x, 20));
		expect(clusters.map((c) => [c.name, c.countText])).toEqual([
			['3 events, March 2019, talks', '3'],
			['1 event, May 2019, talks', '1'],
			['1 event, March 2019, meeting', '1']
		]);
		expect(clusters.map((c) => c.name)).toEqual(clusters.map(clusterName));
		// Log scale: the fullest is 1, a single event still half as dark as three, not a third.
		expect(clusters.map((c) => c.density)).toEqual([1, Math.log(2) / Math.log(4), Math.log(2) / Math.log(4)]);
	});

	test('clusterEvents makes no cluster for a type with no lane, nor for an empty bin', () => {
		const clusters = clusterEvents(index, x, ['meeting'], undefined, binInterval(x, 20));
		expect(clusters.map((c) => c.count)).toEqual([1]);
	});

	test('clusterEvents covers only the span it is given', () => {
		const span: [number, number] = [ms('2019-04-15'), ms('2019-06-01')];
		const clusters = clusterEvents(index, x, ['talks'], span, binInterval(x, 20));
		expect(clusters.map((c) => new Date(c.start).toISOString().slice(0, 7))).toEqual(['2019-05']);
	});
});

describe('names', () => {
	test.each([
		{ unit: 'day', from: '2019-03-03', to: '2019-03-04', label: '3 March 2019' },
		{ unit: 'week', from: '2019-03-04', to: '2019-03-11', label: 'week of 4 March 2019' },
		{ unit: 'month', from: '2019-03-01', to: '2019-04-01', label: 'March 2019' },
		{ unit: 'quarter', from: '2019-01-01', to: '2019-04-01', label: 'January – March 2019' },
		{ unit: 'year', from: '2019-01-01', to: '2020-01-01', label: '2019' },
		{ unit: 'years', from: '2015-01-01', to: '2020-01-01', label: '2015–2019' }
	] as const)('binLabel of a $unit is "$label"', ({ unit, from, to, label }) =>
		expect(binLabel(ms(from), ms(to), unit)).toBe(label)
	);

	test('clusterName says how many, when and what', () => {
		const march = { start: ms('2019-03-01'), end: ms('2019-04-01'), unit: 'month' as const };
		expect(clusterName({ ...march, count: 37, type: 'talks' })).toBe('37 events, March 2019, talks');
		expect(clusterName({ ...march, count: 1, type: 'military' })).toBe('1 event, March 2019, military');
	});

	test.each([
		[37, '37'],
		[999, '999'],
		[1234, '1.2k'],
		[9999, '9.9k'],
		[12_345, '12k']
	])('shortCount(%i) is "%s"', (count, text) => expect(shortCount(count)).toBe(text));
});
