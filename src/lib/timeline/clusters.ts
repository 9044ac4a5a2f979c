/** Clusters: the events of one type that begin in one calendar bin, counted for a view too full to draw them one by one. */
import { counted } from '../model/format.ts';
import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { MONTHS } from '../model/format.ts';
import { TYPE_LABELS } from '../model/event-types.ts';
import type { EventType } from '../model/types.ts';
import { pixelsPerDay, type TimeScale } from './scales.ts';
import { countStarts, type EventIndex } from './window.ts';

/** The calendar unit a cluster covers: what its name says ("March 2019", "week of 4 March 2019"). */
export type BinUnit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'years';

export interface BinInterval {
	interval: TimeInterval;
	unit: BinUnit;
	/** Length, roughly, in days. */
	days: number;
}

/** Many events of one type (one lane) that begin in one calendar bin, drawn and named as one control. */
export interface Cluster {
	/** Stable across frames while the bin stays: `type:start`. */
	key: string;
	type: EventType;
	lane: number;
	/** The bin, in ms: `[start, end)`. */
	start: number;
	end: number;
	count: number;
	unit: BinUnit;
	/** The bin's extent and middle in pixels of the visible scale. */
	x0: number;
	x1: number;
	cx: number;
	/** Its accessible name (see `clusterName`), and its count as drawn (see `shortCount`). */
	name: string;
	countText: string;
	/** How full it is beside the fullest cluster of the same call, 0–1 on a log scale. */
	density: number;
}

const every = (interval: CountableTimeInterval, step: number) => interval.every(step) ?? interval;

const BINS: BinInterval[] = [
	{ interval: utcDay, unit: 'day', days: 1 },
	{ interval: utcMonday, unit: 'week', days: 7 },
	{ interval: utcMonth, unit: 'month', days: 30.4 },
	{ interval: every(utcMonth, 3), unit: 'quarter', days: 91.3 },
	{ interval: utcYear, unit: 'year', days: 365.25 },
	{ interval: every(utcYear, 2), unit: 'years', days: 730.5 },
	{ interval: every(utcYear, 5), unit: 'years', days: 1826 },
	{ interval: every(utcYear, 10), unit: 'years', days: 3652 }
];

/** The narrowest width, in pixels, a cluster may have: room for a count like "1.2k". */
export const MIN_CLUSTER_WIDTH = 34;

/** The finest calendar unit whose bins are at least `minWidth` pixels wide under `x`. */
export function binInterval(x: TimeScale, minWidth = MIN_CLUSTER_WIDTH): BinInterval {
	const pxPerDay = pixelsPerDay(x);
	return BINS.find((b) => b.days * pxPerDay >= minWidth) ?? BINS[BINS.length - 1]!;
}

/**
 * The clusters of a span (by default the scale's domain): for each lane's type and each calendar bin
 * of `bin` that meets the span, the events of that type that begin in the bin (an event that began earlier is counted
 * where it began). Empty bins make no cluster. O(lanes × bins × log n): the work follows the pixels,
 * never the number of events.
 */
export function clusterEvents(
	index: EventIndex,
	x: TimeScale,
	lanes: readonly EventType[],
	span: [number, number] = (x.domain() as [Date, Date]).map(Number) as [number, number],
	bin: BinInterval = binInterval(x)
): Cluster[] {
	const d0 = new Date(span[0]);
	const d1 = new Date(span[1]);
	const edges = bin.interval.range(bin.interval.floor(d0), d1);
	// The bin that ends after the visible range: its end is the next boundary.
	edges.push(bin.interval.offset(edges[edges.length - 1] ?? bin.interval.floor(d0), 1));
	// Each bin is named once for all the lanes it appears in.
	const labels: (string | undefined)[] = [];
	const clusters: Cluster[] = [];
	let max = 1;
	lanes.forEach((type, lane) => {
		for (let k = 0; k + 1 < edges.length; k++) {
			const start = +edges[k]!;
			const end = +edges[k + 1]!;
			const count = countStarts(index, type, start, end);
			if (count === 0) continue;
			const x0 = x(start);
			const x1 = x(end);
			const label = (labels[k] ??= binLabel(start, end, bin.unit));
			if (count > max) max = count;
			clusters.push({
				key: `${type}:${start}`,
				type,
				lane,
				start,
				end,
				count,
				unit: bin.unit,
				x0,
				x1,
				cx: (x0 + x1) / 2,
				name: nameOf(count, label, type),
				countText: shortCount(count),
				density: 0
			});
		}
	});
	// Log scale: one event still shows, and a burst of thousands does not wash out its neighbours.
	for (const c of clusters) c.density = Math.log1p(c.count) / Math.log1p(max);
	return clusters;
}

/** The bin in words: "3 March 2019", "week of 4 March 2019", "March 2019", "January – March 2019", "2019". */
export function binLabel(start: number, end: number, unit: BinUnit): string {
	const a = new Date(start);
	const last = new Date(end - 1);
	const year = a.getUTCFullYear();
	switch (unit) {
		case 'day':
			return `${a.getUTCDate()} ${MONTHS[a.getUTCMonth()]} ${year}`;
		case 'week':
			return `week of ${a.getUTCDate()} ${MONTHS[a.getUTCMonth()]} ${year}`;
		case 'month':
			return `${MONTHS[a.getUTCMonth()]} ${year}`;
		case 'quarter':
			return `${MONTHS[a.getUTCMonth()]} – ${MONTHS[last.getUTCMonth()]} ${year}`;
		case 'year':
			return String(year);
		case 'years':
			return `${year}–${last.getUTCFullYear()}`;
	}
}

/** A cluster's accessible name: "37 events, March 2019, talks". */
export function clusterName(cluster: Pick<Cluster, 'count' | 'start' | 'end' | 'unit' | 'type'>): string {
	const { count, start, end, unit, type } = cluster;
	return nameOf(count, binLabel(start, end, unit), type);
}

function nameOf(count: number, bin: string, type: EventType): string {
	return `${counted(count, 'event')}, ${bin}, ${TYPE_LABELS[type].toLowerCase()}`;
}

/** A count short enough for a narrow cluster: 37, 940, 1.2k, 12k. */
export function shortCount(count: number): string {
	if (count < 1000) return String(count);
	if (count < 10_000) return `${(Math.floor(count / 100) / 10).toString()}k`;
	return `${Math.floor(count / 1000)}k`;
}
