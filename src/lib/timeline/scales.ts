/** The timeline's time scale, from instants to pixels, with the instants an event's days span. */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { millisecondsInDay } from 'date-fns/constants';
import { FIRST_DATE, fromUtcDate, LAST_DATE, toUtcDate } from '../model/dates.ts';
import type { IsoDate } from '../model/types.ts';

/** The timeline's x scale: d3's UTC time scale, which d3-zoom's `rescaleX` rescales. */
export type TimeScale = ScaleTime<number, number>;

/** A UTC time scale mapping `domain` linearly onto `range`. */
export function timeScale(
	domain: readonly (Date | number)[] = [0, 1],
	range: readonly number[] = [0, 1]
): TimeScale {
	return scaleUtc(domain, range);
}

/** How many pixels a day takes under `x` (its whole range over its whole domain). */
export function pixelsPerDay(x: TimeScale): number {
	const [r0, r1] = x.range() as [number, number];
	const [d0, d1] = x.domain() as [Date, Date];
	return (r1 - r0) / Math.max(1e-9, (+d1 - +d0) / millisecondsInDay);
}

const spans = new WeakMap<object, readonly [Date, Date]>();

/**
 * The instant an event's first day begins and the instant after its last day ends. Layout asks on
 * every zoom frame; events do not change, so each is parsed once and remembered.
 */
export function spanOf(event: { start: IsoDate; end: IsoDate }): readonly [Date, Date] {
	let span = spans.get(event);
	if (!span) {
		// The instant after the last day, not that day's date: after 9999-12-31 there is none.
		span = [toUtcDate(event.start), new Date(+toUtcDate(event.end) + millisecondsInDay)];
		spans.set(event, span);
	}
	return span;
}

/**
 * The domain that shows an extent (first instant to the instant after the last day, in ms, as an
 * index keeps it) with some air on both sides; a lone day opens to a month so the axis has something
 * to say. A non-finite extent (no events) falls back to `fallback`.
 */
export function fitExtent(
	lo: number,
	hi: number,
	fallback: [IsoDate, IsoDate] = ['2017-01-01', '2020-12-31'],
	padding = 0.04
): [Date, Date] {
	if (!Number.isFinite(lo) || !Number.isFinite(hi))
		[lo, hi] = spanOf({ start: fallback[0], end: fallback[1] }).map(Number) as [number, number];
	const minimum = 30 * millisecondsInDay;
	if (hi - lo < minimum) {
		const middle = (lo + hi) / 2;
		lo = middle - minimum / 2;
		hi = middle + minimum / 2;
	}
	const pad = (hi - lo) * padding;
	// Never past the dates a day can be written as: padding and zoom stay within them.
	const [first, afterLast] = spanOf({ start: FIRST_DATE, end: LAST_DATE }).map(Number) as [number, number];
	return [new Date(Math.max(first, lo - pad)), new Date(Math.min(afterLast, hi + pad))];
}

/** The base (unzoomed) x scale: the domain mapped onto `[0, width]`. The zoom rescales a copy of it. */
export function baseScale(domain: [Date, Date], width: number): TimeScale {
	return timeScale(domain, [0, Math.max(1, width)]);
}

/** The calendar days the scale's range shows, first and last (inclusive). */
export function visibleDays(x: TimeScale): [IsoDate, IsoDate] {
	const [r0, r1] = x.range() as [number, number];
	return [fromUtcDate(x.invert(r0)), fromUtcDate(new Date(+x.invert(r1) - 1))];
}
