/** The event index: events in sorted typed arrays, queried per frame in O(log n + visible). */
import { bisectLeft } from 'd3-array';
import { millisecondsInDay } from 'date-fns/constants';
import { EVENT_TYPES, type EventId, type EventType, type TimelineEvent } from '../model/types.ts';
import { toUtcDate } from '../model/dates.ts';
import { columnsOf } from '../model/event-columns.ts';

/**
 * Events of one duration class, by start: a window query looks back only as far as the longest of
 * them, so a few year-long events do not make every query scan a year of one-day events.
 */
interface DurationClass {
	/** Positions in `EventIndex.events`, ascending (and so by start). */
	ids: Int32Array;
	starts: Float64Array;
	/** The longest span in the class, in ms. */
	longest: number;
}

/** The events of one type by start: what the clusters count. */
export interface TypeIndex {
	ids: Int32Array;
	starts: Float64Array;
}

/**
 * The events of a timeline as sorted typed arrays, built once per dataset or filter change in
 * O(n) (O(n log n) if the input is not sorted by start), so that every frame after it asks only
 * binary searches and reads what is in view.
 */
export interface EventIndex {
	/** The events sorted by start (the input itself when it already was). */
	events: readonly TimelineEvent[];
	/** Instant the first day begins, per event, in ms. */
	start: Float64Array;
	/** Instant after the last day ends, per event, in ms. */
	end: Float64Array;
	classes: DurationClass[];
	byType: Map<EventType, TypeIndex>;
	/** Where each event is in `events`: use `positionOf`, which builds it on first use. */
	position?: Map<EventId, number>;
	/** Earliest start and latest end, in ms; NaN for no events. */
	min: number;
	max: number;
}

const TYPE_ORDER = Object.fromEntries(EVENT_TYPES.map((type, i) => [type, i])) as Record<EventType, number>;

const typeOrderOf = (type: string) => TYPE_ORDER[type as EventType] ?? EVENT_TYPES.length - 1;

/** Longest span of each duration class, in days: a day, a month, a year, anything longer. */
const CLASS_LIMITS = [1, 31, 366, Infinity];

/** Midnight UTC of a `YYYY-MM-DD` date in ms. */
export function dayStart(iso: string): number {
	return +toUtcDate(iso);
}

/** Index events (meant to be sorted by start, as the dataset is) for window queries and clusters. */
export function indexEvents(input: readonly TimelineEvent[]): EventIndex {
	let events = input;
	const n = input.length;
	let start = new Float64Array(n);
	let end = new Float64Array(n);
	let sorted = true;
	// A dataset names a few thousand distinct days for any number of events: parse each once.
	const days = new Map<string, number>();
	const read = (iso: string) => {
		let t = days.get(iso);
		if (t === undefined) days.set(iso, (t = dayStart(iso)));
		return t;
	};
	// Events read from a compact index have their days as numbers already: no string to parse.
	const indexed = columnsOf(input);
	for (let i = 0; i < n; i++) {
		if (indexed) {
			const p = indexed.positions[i]!;
			start[i] = indexed.columns.first[p]! * millisecondsInDay;
			end[i] = (indexed.columns.last[p]! + 1) * millisecondsInDay;
		} else {
			const e = input[i]!;
			start[i] = read(e.start);
			end[i] = read(e.end) + millisecondsInDay;
		}
		if (i > 0 && start[i]! < start[i - 1]!) sorted = false;
	}
	if (!sorted) {
		// Stable, so events of one day keep the order they came in.
		const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => start[a]! - start[b]! || a - b);
		events = order.map((i) => input[i]!);
		start = Float64Array.from(order, (i) => start[i]!);
		end = Float64Array.from(order, (i) => end[i]!);
	}

	// In the index's order, its types are read from its columns, one code a type; sorted anew, from the events.
	const typeOrder = sorted && indexed ? indexed.columns.types.map(typeOrderOf) : undefined;
	const classOf = new Int8Array(n);
	const classSizes = CLASS_LIMITS.map(() => 0);
	// Types as small integers (their place in EVENT_TYPES): array slots, not map lookups, per event.
	const typeOf = new Int8Array(n);
	const typeSizes = EVENT_TYPES.map(() => 0);
	let min = NaN;
	let max = NaN;
	for (let i = 0; i < n; i++) {
		const days = (end[i]! - start[i]!) / millisecondsInDay;
		let c = 0;
		while (days > CLASS_LIMITS[c]!) c++;
		classOf[i] = c;
		classSizes[c]!++;
		const t = typeOrder
			? typeOrder[indexed!.columns.type[indexed!.positions[i]!]!]!
			: typeOrderOf(events[i]!.type);
		typeOf[i] = t;
		typeSizes[t]!++;
		if (!(start[i]! >= min)) min = start[i]!;
		if (!(end[i]! <= max)) max = end[i]!;
	}
	const classes: DurationClass[] = classSizes.map((size) => ({
		ids: new Int32Array(size),
		starts: new Float64Array(size),
		longest: 0
	}));
	const typeIds: TypeIndex[] = typeSizes.map((size) => ({
		ids: new Int32Array(size),
		starts: new Float64Array(size)
	}));
	// The dataset's order of types, so lanes come out the same for every filter.
	const byType = new Map<EventType, TypeIndex>();
	EVENT_TYPES.forEach((type, t) => typeSizes[t] && byType.set(type, typeIds[t]!));
	const classFill = CLASS_LIMITS.map(() => 0);
	const typeFill = EVENT_TYPES.map(() => 0);
	for (let i = 0; i < n; i++) {
		const c = classes[classOf[i]!]!;
		const k = classFill[classOf[i]!]!++;
		c.ids[k] = i;
		c.starts[k] = start[i]!;
		c.longest = Math.max(c.longest, end[i]! - start[i]!);
		const t = typeOf[i]!;
		const j = typeFill[t]!++;
		typeIds[t]!.ids[j] = i;
		typeIds[t]!.starts[j] = start[i]!;
	}
	return { events, start, end, classes, byType, min, max };
}

/**
 * Where the event `id` is in `index.events`. The map behind it is built on the first question (a
 * reader focusing or selecting an event), not while the timeline first draws: 100,000 ids cost tens
 * of milliseconds to hash.
 */
export function positionOf(index: EventIndex, id: EventId): number | undefined {
	if (!index.position) {
		const position = new Map<EventId, number>();
		index.events.forEach((event, i) => position.set(event.id, i));
		index.position = position;
	}
	return index.position.get(id);
}

/**
 * Write into `out` the positions of the events that overlap `[t0, t1)` (ms), ascending, and return how
 * many there are — or, as soon as there are more than `cap`, return `cap + 1` with `out` unsorted:
 * the caller only needs to know there are too many to draw one by one. O(log n + visible), and it
 * allocates nothing: `out` is the caller's, reused frame after frame (at least `cap + 1` long).
 */
export function queryWindow(index: EventIndex, t0: number, t1: number, out: Int32Array, cap: number): number {
	let count = 0;
	for (const c of index.classes) {
		if (c.ids.length === 0) continue;
		const from = bisectLeft(c.starts, t0 - c.longest);
		const to = bisectLeft(c.starts, t1, from);
		for (let k = from; k < to; k++) {
			const i = c.ids[k]!;
			if (index.end[i]! <= t0) continue;
			if (count > cap) return cap + 1;
			out[count++] = i;
		}
	}
	if (count > cap) return cap + 1;
	out.subarray(0, count).sort();
	return count;
}

/** How many events of `type` begin in `[t0, t1)`: two binary searches. */
export function countStarts(index: EventIndex, type: EventType, t0: number, t1: number): number {
	const t = index.byType.get(type);
	if (!t) return 0;
	return bisectLeft(t.starts, t1) - bisectLeft(t.starts, t0);
}

/** Position of the first event of `type` that begins at or after `t` (or, `before`, the last that begins before it). */
export function nearestOfType(
	index: EventIndex,
	type: EventType,
	t: number,
	before = false
): number | undefined {
	const ids = index.byType.get(type);
	if (!ids) return undefined;
	const k = bisectLeft(ids.starts, t) - (before ? 1 : 0);
	return k >= 0 && k < ids.ids.length ? ids.ids[k] : undefined;
}
