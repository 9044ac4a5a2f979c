/**
 * Reading the compact index back into events, and completing an event with its details once its
 * shard arrives. Pure; the fetching is the caller's.
 */

import { PENDING_SOURCES, type CompactIndex, type EventDetail, type Sparse } from './compact-index.ts';
import { fromDayNumber } from './dates.ts';
import type { Dataset, EventType, Precision, TimelineEvent } from './types.ts';

/** Why an index cannot be read: a column of the wrong length or a code out of range. */
export class IndexError extends Error {}

function check(ok: boolean, message: string): asserts ok {
	if (!ok) throw new IndexError(message);
}

function column(index: CompactIndex, name: keyof CompactIndex, length = index.count): unknown[] {
	const values = index[name];
	check(Array.isArray(values), `its "${name}" column is missing`);
	check(values.length === length, `its "${name}" column has ${values.length} entries for ${length}`);
	return values;
}

/** Set `field` on the events the sparse column names (positions ascending, checked). */
function applySparse(
	index: CompactIndex,
	events: TimelineEvent[],
	field: 'confidence' | 'planned' | 'inferred' | 'part'
) {
	const s = index[field] as Sparse<unknown> | undefined;
	if (!s) return;
	check(
		Array.isArray(s.at) && Array.isArray(s.value) && s.at.length === s.value.length,
		`its "${field}" entries do not pair up`
	);
	for (let k = 0; k < s.at.length; k++) {
		const event = events[s.at[k]!];
		check(event !== undefined, `its "${field}" entries name an event out of range`);
		(event as unknown as Record<string, unknown>)[field] = s.value[k];
	}
}

/**
 * The dataset an index describes, each event with every index field and, until `withDetails`, the
 * shared empty `PENDING_SOURCES` for sources. Throws an `IndexError` naming what is wrong with a
 * malformed index.
 */
export function decodeIndex(index: CompactIndex): Dataset {
	const { count } = index;
	check(Number.isInteger(count) && count >= 0, 'its event count is not a number');
	const ids = column(index, 'ids') as string[];
	const titles = column(index, 'titles') as string[];
	const starts = column(index, 'start') as number[];
	const lengths = column(index, 'length') as number[];
	const precisionCodes = column(index, 'precision') as number[];
	const typeCodes = column(index, 'type') as number[];
	const actorCount = column(index, 'actorCount') as number[];
	const actorCodes = index.actorCodes;
	check(Array.isArray(actorCodes), 'its "actorCodes" column is missing');
	const { types, precisions, actorIds } = index;
	check(
		Array.isArray(types) && Array.isArray(precisions) && Array.isArray(actorIds),
		'its dictionaries are missing'
	);

	// A dataset names a few thousand distinct days: each becomes a string once, shared by its events.
	const dates = new Map<number, string>();
	const date = (n: number) => {
		let iso = dates.get(n);
		if (iso === undefined) dates.set(n, (iso = fromDayNumber(n)));
		return iso;
	};
	const events: TimelineEvent[] = new Array(count);
	let day = 0;
	let k = 0;
	for (let i = 0; i < count; i++) {
		day += starts[i]!;
		const type = types[typeCodes[i]!];
		const precision = precisions[precisionCodes[i]!];
		check(
			type !== undefined && precision !== undefined,
			`event ${ids[i]} has a type or precision code out of range`
		);
		const actors: string[] = new Array(actorCount[i]!);
		for (let a = 0; a < actors.length; a++) {
			const id = actorIds[actorCodes[k++]!];
			check(id !== undefined, `event ${ids[i]} names an actor code out of range`);
			actors[a] = id;
		}
		const event: TimelineEvent = {
			id: ids[i]!,
			title: titles[i]!,
			type: type as EventType,
			start: date(day),
			end: date(day + lengths[i]!),
			precision: precision as Precision,
			actors,
			sources: PENDING_SOURCES
		};
		events[i] = event;
	}
	for (const field of ['confidence', 'planned', 'inferred', 'part'] as const)
		applySparse(index, events, field);
	check(k === actorCodes.length, `its "actorCodes" column has ${actorCodes.length} entries for ${k}`);
	return { version: 1, actors: index.actors, articles: index.articles, events };
}

/** Whether an event read from the index still waits for its details (its sources, summary…). */
export function detailsPending(event: TimelineEvent): boolean {
	return event.sources === PENDING_SOURCES;
}

/** The whole event: what the index gave, with its details. A new object; neither input changes. */
export function withDetails(event: TimelineEvent, detail: EventDetail): TimelineEvent {
	return { ...event, ...detail } as TimelineEvent;
}
