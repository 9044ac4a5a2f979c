import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { describe, expect, test } from 'vitest';
import { baseScale, fitExtent } from '../../../src/lib/timeline/scales';
import { clampTransform, MIN_VIEW_DAYS, zoomLimits } from '../../../src/lib/timeline/zoom';

const DAY = 86_400_000;
const first = Date.parse('2017-01-01T00:00:00Z');
const last = Date.parse('2021-01-01T00:00:00Z');
// The timeline's own base scale: the data's extent with its margin, across 1000 px.
const base = baseScale(fitExtent(first, last), 1000);
const limits = zoomLimits(base, 1000, 300);
const [lo, hi] = base.domain().map(Number) as [number, number];

/** The instants a transform shows across the plot. */
const shown = (t: ZoomTransform) => t.rescaleX(base).domain().map(Number) as [number, number];

describe('zoomLimits', () => {
	test('zoomLimits zooms out to the whole base scale and in to about a day across the view', () => {
		const [min, max] = limits.scale;
		expect(min).toBe(1);
		const days = (hi - lo) / DAY;
		expect(max).toBeCloseTo(days / MIN_VIEW_DAYS, 6);
	});

	test('zoomLimits keeps the view on the base scale’s range, which is the data with its margin', () => {
		expect(limits.translate[0][0]).toBe(0);
		expect(limits.translate[1][0]).toBe(1000);
		expect(lo).toBeLessThan(first);
		expect(hi).toBeGreaterThan(last);
	});

	test('zoomLimits never lets a short extent zoom out past its whole', () => {
		const lone = baseScale(fitExtent(first, first + DAY), 1000);
		expect(zoomLimits(lone, 1000, 300, 60).scale).toEqual([1, 1]);
	});
});

describe('clampTransform', () => {
	test.each([
		{ name: 'a pan far past the last event', t: zoomIdentity.translate(-50_000, 0).scale(4) },
		{ name: 'a pan far before the first event', t: zoomIdentity.translate(80_000, 0).scale(4) },
		{ name: 'a zoom out to a tenth', t: zoomIdentity.translate(450, 0).scale(0.1) },
		{ name: 'a zoom in to an hour', t: zoomIdentity.translate(-500 * 35_000, 0).scale(35_000) },
		{ name: 'a pan down', t: zoomIdentity.translate(0, 400).scale(2) }
	])('clampTransform keeps $name on the data', ({ t }) => {
		const clamped = clampTransform(t, limits);
		const [d0, d1] = shown(clamped);
		expect(d0).toBeGreaterThanOrEqual(lo - 1);
		expect(d1).toBeLessThanOrEqual(hi + 1);
		expect(clamped.k).toBeGreaterThanOrEqual(limits.scale[0]);
		expect(clamped.k).toBeLessThanOrEqual(limits.scale[1]);
		expect(clamped.y).toBe(0);
		// About a day across the view at the most, never less.
		expect(d1 - d0).toBeGreaterThanOrEqual(MIN_VIEW_DAYS * DAY * 0.999);
	});

	test('clampTransform stops a pan at the end of the data, at the zoom it had', () => {
		const clamped = clampTransform(zoomIdentity.translate(-50_000, 0).scale(4), limits);
		expect(clamped.k).toBe(4);
		expect(shown(clamped)[1]).toBeCloseTo(hi, -3);
	});

	test('clampTransform zooms in no further than the limit, around the middle of the view', () => {
		const t = zoomIdentity.translate(-500 * 35_000 + 500, 0).scale(35_000);
		const middle = t.invertX(500);
		const clamped = clampTransform(t, limits);
		expect(clamped.k).toBe(limits.scale[1]);
		expect(clamped.invertX(500)).toBeCloseTo(middle, 6);
	});

	test('clampTransform hands back a transform within the limits as it is', () => {
		const t = zoomIdentity.translate(-300, 0).scale(2);
		expect(clampTransform(t, limits)).toBe(t);
		expect(clampTransform(zoomIdentity, limits)).toBe(zoomIdentity);
	});
});
