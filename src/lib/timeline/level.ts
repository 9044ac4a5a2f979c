/**
 * The level of detail: what a view of the timeline draws, its events one by one or their clusters.
 */
import type { EventType } from '../model/types.ts';
import { clusterEvents, type Cluster } from './clusters.ts';
import type { LabelWidth } from './label-width.ts';
import { layoutMarks, type Mark } from './layout.ts';
import type { TimeScale } from './scales.ts';
import { queryWindow, type EventIndex } from './window.ts';

/**
 * What the timeline draws: each event as its own mark, or clusters per lane (type) with counts.
 */
export type Level = 'events' | 'clusters';

/**
 * The most events laid out one by one. Above it a reader could not tell the marks apart anyway (they
 * overlap into a smear), and each mark is a few SVG nodes, so clusters take over: the DOM then
 * follows the pixels, not the data. 300 rather than 400: creating 400 marks in the frame where
 * clusters resolve took 50 ms at 100,000 events (`npm run bench`); 300 stay within a frame.
 */
export const DETAIL_LIMIT = 300;

/** The level of detail for a number of events in (or near) view. */
export function levelOf(count: number, limit = DETAIL_LIMIT): Level {
	return count > limit ? 'clusters' : 'events';
}

/**
 * The span, in ms, around the visible range that is laid out event by event: the range snapped
 * outwards to a grid of a power-of-two length near a quarter of it. While the reader pans (the span
 * stays) the laid-out set, and with it the lanes, changes only when the view crosses a grid line,
 * not on every frame; and it is never more than one and a half times the visible span.
 */
export function layoutSpan(x: TimeScale): [number, number] {
	const [d0, d1] = x.domain() as [Date, Date];
	const t0 = +d0;
	const t1 = +d1;
	const step = 2 ** Math.floor(Math.log2(Math.max(4, (t1 - t0) / 4)));
	return [Math.floor(t0 / step) * step, Math.ceil(t1 / step) * step];
}

/**
 * Events longer than the laid-out span (a month or a year known only to that precision, seen at a
 * zoom of days): drawn one by one they would be bars across the whole view, one lane each, pushing
 * the events of the days themselves out of sight. A summary stands for them.
 */
export interface Spanning {
	count: number;
	/** The earliest start and the latest end among them, in ms (NaN when there are none). */
	start: number;
	end: number;
}

export interface Detail {
	level: Level;
	/** At the events level, how many positions of `out` to lay out (ascending). */
	count: number;
	spanning: Spanning;
}

/**
 * The level of detail for the laid-out span `[s0, s1]` (see `layoutSpan`), and at the events level the
 * events to lay out, written to `out` (at least `2 × limit + 1` long, reused across frames): those
 * that meet the span, less those longer than it, which are only counted (a summary stands for them). Clusters are drawn when more than `limit` would remain. O(log n + visible), and it
 * allocates nothing per event.
 */
export function chooseDetail(
	index: EventIndex,
	[s0, s1]: [number, number],
	out: Int32Array,
	limit = DETAIL_LIMIT
): Detail {
	const spanning: Spanning = { count: 0, start: NaN, end: NaN };
	const n = queryWindow(index, s0, s1, out, 2 * limit);
	if (n > 2 * limit) return { level: 'clusters', count: 0, spanning };
	let kept = 0;
	for (let k = 0; k < n; k++) {
		const i = out[k]!;
		const start = index.start[i]!;
		const end = index.end[i]!;
		if (end - start >= s1 - s0) {
			spanning.count++;
			if (!(start >= spanning.start)) spanning.start = start;
			if (!(end <= spanning.end)) spanning.end = end;
		} else out[kept++] = i;
	}
	return { level: levelOf(kept, limit), count: kept, spanning };
}

/** What a view draws. Marks and clusters are laid out in pixels of the scale `chooseView` was given. */
export type View =
	| {
			kind: 'events';
			marks: Mark[];
			/** How many lanes the marks take. */
			lanes: number;
			/** The events longer than the laid-out span, summed up rather than drawn. */
			spanning: Spanning;
	  }
	| {
			kind: 'clusters';
			clusters: Cluster[];
			/** The clusters' lanes: one per type, in the dataset's order of types. */
			lanes: readonly EventType[];
	  };

export interface ViewOptions {
	/**
	 * The span to lay out, in ms (see `layoutSpan`): only the events that meet it are drawn, or their
	 * clusters when there are too many. Without it every event is laid out (a small timeline).
	 */
	span?: [number, number];
	/** The lanes of clusters, one per type. */
	lanes: readonly EventType[];
	/** The plot's width: no label runs past it (for a small timeline, laid out under the visible scale). */
	width?: number;
	measure?: LabelWidth;
	/** Positions written by the window query, reused frame after frame (at least `2 × limit + 1` long). */
	out: Int32Array;
	limit?: number;
}

const NO_SPAN: Spanning = { count: 0, start: NaN, end: NaN };

/**
 * The level of detail of a view under `x`, and what it draws: every event laid out one by one when no
 * `span` is given; else the events of the span, or clusters per type lane when more than `limit` of
 * them would be laid out.
 */
export function chooseView(
	index: EventIndex,
	x: TimeScale,
	{ span, lanes, width, measure, out, limit = DETAIL_LIMIT }: ViewOptions
): View {
	if (!span)
		return { kind: 'events', ...layoutMarks(index.events, x, { width, measure }), spanning: NO_SPAN };
	const detail = chooseDetail(index, span, out, limit);
	if (detail.level === 'clusters')
		return { kind: 'clusters', clusters: clusterEvents(index, x, lanes, span), lanes };
	const subset = Array.from(out.subarray(0, detail.count), (i) => index.events[i]!);
	return { kind: 'events', ...layoutMarks(subset, x, { measure }), spanning: detail.spanning };
}
