import { zoomIdentity } from 'd3-zoom';
import { describe, expect, it, test } from 'vitest';
import { chooseTicks } from '../../../src/lib/timeline/ticks';
import {
	baseScale,
	fitExtent,
	pixelsPerDay,
	spanOf,
	timeScale,
	visibleDays
} from '../../../src/lib/timeline/scales';

describe('scales', () => {
	test('spanOf runs from the first day’s midnight to the midnight after the last day (UTC)', () => {
		const [a, b] = spanOf({ start: '2019-04-25', end: '2019-04-26' });
		expect(a.toISOString()).toBe('2019-04-25T00:00:00.000Z');
		expect(b.toISOString()).toBe('2019-04-27T00:00:00.000Z');
	});

	// The extent of a day on 10 January 2018 to a range through 30 June 2019, as an index keeps it.
	const extent = (first: string, afterLast: string) => [Date.parse(first), Date.parse(afterLast)] as const;

	test('fitExtent covers every event with padding', () => {
		const [a, b] = fitExtent(...extent('2018-01-10T00:00:00Z', '2019-07-01T00:00:00Z'));
		expect(+a).toBeLessThan(Date.UTC(2018, 0, 10));
		expect(+b).toBeGreaterThan(Date.UTC(2019, 6, 1));
	});

	test('fitExtent opens a lone day to about a month', () => {
		const [a, b] = fitExtent(...extent('2018-09-17T00:00:00Z', '2018-09-18T00:00:00Z'));
		expect((+b - +a) / 86_400_000).toBeGreaterThanOrEqual(30);
	});

	test('fitExtent of nothing falls back to the given span', () => {
		const [a] = fitExtent(NaN, NaN, ['2010-01-01', '2010-12-31'], 0);
		expect(a.toISOString()).toBe('2010-01-01T00:00:00.000Z');
	});

	test('visibleDays names the first and last calendar day in view', () => {
		const x = baseScale([new Date('2019-04-25T00:00:00Z'), new Date('2019-04-27T00:00:00Z')], 200);
		expect(visibleDays(x)).toEqual(['2019-04-25', '2019-04-26']);
	});
});

test('fitExtent pads the extent by 4% of its length on each side, and falls back to a whole span', () => {
	const lo = Date.parse('2018-01-01T00:00:00Z');
	const hi = Date.parse('2019-07-01T00:00:00Z');
	const pad = (hi - lo) * 0.04;
	expect(fitExtent(lo, hi).map(Number)).toEqual([lo - pad, hi + pad]);
	expect(fitExtent(NaN, NaN, ['2010-01-01', '2010-12-31'], 0).map((d) => d.toISOString())).toEqual([
		'2010-01-01T00:00:00.000Z',
		'2011-01-01T00:00:00.000Z'
	]);
});

describe('timeScale (d3 scaleUtc)', () => {
	const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
	const x = timeScale([day('2019-01-01'), day('2019-01-11')], [0, 1000]);

	it('maps instants to pixels linearly, and pixels back to instants', () => {
		expect(x(day('2019-01-06'))).toBe(500);
		expect(x.invert(250).toISOString()).toBe('2019-01-03T12:00:00.000Z');
		expect(x.domain().map((d) => d.toISOString().slice(0, 10))).toEqual(['2019-01-01', '2019-01-11']);
		expect(x.range()).toEqual([0, 1000]);
		expect(pixelsPerDay(x)).toBe(100);
	});

	it('is what d3-zoom rescales: a zoomed copy leaves the original as it was', () => {
		const zoomed = zoomIdentity.translate(-500, 0).scale(2).rescaleX(x);
		// Pixel 0 now shows what was at pixel 250, and the view spans half the days.
		expect(zoomed.domain().map((d) => d.toISOString())).toEqual([
			'2019-01-03T12:00:00.000Z',
			'2019-01-08T12:00:00.000Z'
		]);
		expect(zoomed(day('2019-01-06'))).toBeCloseTo(500);
		expect(x.domain()[0]!.toISOString().slice(0, 10)).toBe('2019-01-01');
	});

	it('does not divide by zero on an empty domain: every instant maps to the middle', () => {
		const flat = timeScale([day('2019-01-01'), day('2019-01-01')], [0, 100]);
		expect(flat(day('2019-06-01'))).toBe(50);
		expect(flat.invert(50).toISOString()).toBe('2019-01-01T00:00:00.000Z');
	});
});

describe('the edges of the calendar (years 1 to 9999)', () => {
	const extent = (first: string, last: string) =>
		spanOf({ start: first, end: last }).map(Number) as [number, number];

	it.each([
		['0001-01-01', '0001-01-01'],
		['9999-12-31', '9999-12-31'],
		['0001-01-01', '9999-12-31'],
		['9999-12-01', '9999-12-31']
	])('a timeline of %s to %s pads and zooms within them', (first, last) => {
		const domain = fitExtent(...extent(first, last));
		expect(+domain[0]).toBeGreaterThanOrEqual(Date.parse('0001-01-01T00:00:00Z'));
		expect(+domain[1]).toBeLessThanOrEqual(+spanOf({ start: '9999-12-31', end: '9999-12-31' })[1]);
		const x = baseScale(domain, 800);
		const [a, b] = visibleDays(x);
		expect(a >= '0001-01-01' && b <= '9999-12-31' && a <= b).toBe(true);
		expect(chooseTicks(x).every((tick) => tick.label.length > 0)).toBe(true);
	});

	it('spans the last day of 9999 without writing a day after it', () => {
		const [, end] = spanOf({ start: '9999-12-31', end: '9999-12-31' });
		expect(end.toISOString()).toBe('+010000-01-01T00:00:00.000Z');
	});
});
