/** The timeline's linear time scale, from instants to pixels, with the instants an event's days span. */
import { addDays, fromUtcDate, toUtcDate } from '../model/dates.ts';
import type { IsoDate } from '../model/types.ts';

/**
 * A linear map from instants to pixels: the part of d3's `scaleUtc` the timeline uses (call, `domain`,
 * `range`, `invert`, `copy`, which is what d3-zoom's `rescaleX` needs). d3-scale would bring
 * interpolators, number and time formats along — about 5 KB gzip in the widget for nothing it uses.
 */
export interface TimeScale {
	(value: Date | number): number;
	domain(): [Date, Date];
	domain(domain: readonly (Date | number)[]): TimeScale;
	range(): [number, number];
	range(range: readonly number[]): TimeScale;
	invert(pixel: number): Date;
	copy(): TimeScale;
}

/** A `TimeScale` mapping `domain` linearly onto `range`. */
export function timeScale(
	domain: readonly (Date | number)[] = [0, 1],
	range: readonly number[] = [0, 1]
): TimeScale {
	const d0 = +domain[0]!;
	const d1 = +domain[1]!;
	const r0 = range[0]!;
	const r1 = range[1]!;
	const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
	const scale = ((value: Date | number) => r0 + (+value - d0) * k) as TimeScale;
	scale.domain = ((next?: readonly (Date | number)[]) =>
		next ? timeScale(next, [r0, r1]) : [new Date(d0), new Date(d1)]) as TimeScale['domain'];
	scale.range = ((next?: readonly number[]) =>
		next ? timeScale([d0, d1], next) : [r0, r1]) as TimeScale['range'];
	scale.invert = (pixel) => new Date(k === 0 ? d0 : d0 + (pixel - r0) / k);
	scale.copy = () => timeScale([d0, d1], [r0, r1]);
	return scale;
}

const DAY = 86_400_000;

const spans = new WeakMap<object, readonly [Date, Date]>();

/**
 * The instant an event's first day begins and the instant after its last day ends. Layout asks on
 * every zoom frame; events do not change, so each is parsed once and remembered.
 */
export function spanOf(event: { start: IsoDate; end: IsoDate }): readonly [Date, Date] {
	let span = spans.get(event);
	if (!span) {
		span = [toUtcDate(event.start), toUtcDate(addDays(event.end, 1))];
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
	const minimum = 30 * DAY;
	if (hi - lo < minimum) {
		const middle = (lo + hi) / 2;
		lo = middle - minimum / 2;
		hi = middle + minimum / 2;
	}
	const pad = (hi - lo) * padding;
	return [new Date(lo - pad), new Date(hi + pad)];
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
