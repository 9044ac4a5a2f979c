import { describe, expect, test } from 'vitest';
import { fitDomain, fitExtent, spanOf, visibleDays } from '../../../src/lib/timeline/scales';
import { zoomLimits } from '../../../src/lib/timeline/zoom';
import { baseScale } from '../../../src/lib/timeline/scales';

describe('scales', () => {
	test('spanOf runs from the first day’s midnight to the midnight after the last day (UTC)', () => {
		const [a, b] = spanOf({ start: '2019-04-25', end: '2019-04-26' });
		expect(a.toISOString()).toBe('2019-04-25T00:00:00.000Z');
		expect(b.toISOString()).toBe('2019-04-27T00:00:00.000Z');
	});

	test('fitDomain covers every event with padding', () => {
		const [a, b] = fitDomain([
			{ start: '2018-01-10', end: '2018-01-10' },
			{ start: '2019-06-01', end: '2019-06-30' }
		]);
		expect(+a).toBeLessThan(Date.UTC(2018, 0, 10));
		expect(+b).toBeGreaterThan(Date.UTC(2019, 6, 1));
	});

	test('fitDomain opens a lone day to about a month', () => {
		const [a, b] = fitDomain([{ start: '2018-09-17', end: '2018-09-17' }]);
		expect((+b - +a) / 86_400_000).toBeGreaterThanOrEqual(30);
	});

	test('fitDomain of nothing falls back to the given span', () => {
		const [a] = fitDomain([], ['2010-01-01', '2010-12-31'], 0);
		expect(a.toISOString()).toBe('2010-01-01T00:00:00.000Z');
	});

	test('visibleDays names the first and last calendar day in view', () => {
		const x = baseScale([new Date('2019-04-25T00:00:00Z'), new Date('2019-04-27T00:00:00Z')], 200);
		expect(visibleDays(x)).toEqual(['2019-04-25', '2019-04-26']);
	});

	test('zoomLimits lets four years zoom in to a few days', () => {
		const [min, max] = zoomLimits(baseScale([new Date('2017-01-01'), new Date('2021-01-01')], 1000));
		expect(min).toBe(0.5);
		expect(max).toBeCloseTo(1461 / 3, 0);
	});
});

test('fitExtent fits an extent known in ms exactly as fitDomain fits the events', () => {
	const events = [
		{ start: '2018-01-01', end: '2018-01-01' },
		{ start: '2019-06-01', end: '2019-06-30' }
	];
	const lo = Date.parse('2018-01-01T00:00:00Z');
	const hi = Date.parse('2019-07-01T00:00:00Z');
	expect(fitExtent(lo, hi)).toEqual(fitDomain(events));
	expect(fitExtent(NaN, NaN, ['2010-01-01', '2010-12-31'], 0)).toEqual(
		fitDomain([], ['2010-01-01', '2010-12-31'], 0)
	);
});
