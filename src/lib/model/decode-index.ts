/**
 * Reading the compact index back into events, and completing an event with its details once its
 * shard arrives. Pure; the fetching is the caller's.
 */

import { PENDING_SOURCES, type CompactIndex, type EventDetail, type Sparse } from './compact-index.ts';
import { fromDayNumber } from './dates.ts';
import { IndexedEvent, plainEvent, type EventColumns } from './event-columns.ts';
import { unpackColumn, type PackedColumn } from './packed-column.ts';
import type { Dataset, IsoDate, TimelineEvent } from './types.ts';

/** Why an index cannot be read: a column of the wrong length or a code out of range. */
export class IndexError extends Error {}

function check(ok: boolean, message: string): asserts ok {
	if (!ok) throw new IndexError(message);
}

function packed(index: CompactIndex, name: keyof CompactIndex, length: number | null = index.count) {
	const value = index[name] as PackedColumn | undefined;
	check(value !== undefined, `its "${name}" column is missing`);
	try {
		return unpackColumn(value, length ?? undefined);
	} catch (error) {
		throw new IndexError(`its "${name}" column: ${(error as Error).message}`);
	}
}

/** Where each of `count` strings begins in their concatenation `text`, and where the last ends. */
function starts(index: CompactIndex, name: 'ids' | 'titles', lengths: ArrayLike<number>): Uint32Array {
	const text = index[name];
	check(typeof text === 'string', `its "${name}" column is missing`);
	const out = new Uint32Array(lengths.length + 1);
	let at = 0;
	for (let i = 0; i < lengths.length; i++) {
		out[i] = at;
		at += lengths[i]!;
	}
	out[lengths.length] = at;
	check(
		at === text.length,
		`its "${name}" are ${text.length} characters long, their lengths add up to ${at}`
	);
	return out;
}

/**
 * A sparse column's values by position, in the array `make` gives (its fill stands for "none"), or
 * undefined when the index has no such column. Checked.
 */
function sparse<T, A extends { length: number; [i: number]: number }>(
	index: CompactIndex,
	field: 'confidence' | 'planned' | 'inferred' | 'part',
	make: () => A,
	code: (value: T) => number
): A | undefined {
	const s = index[field] as Sparse<T> | undefined;
	if (!s) return undefined;
	check(
		Array.isArray(s.at) && Array.isArray(s.value) && s.at.length === s.value.length,
		`its "${field}" entries do not pair up`
	);
	const values = make();
	for (let k = 0; k < s.at.length; k++) {
		const i = s.at[k]!;
		if (!(Number.isInteger(i) && i >= 0 && i < values.length))
			throw new IndexError(`its "${field}" entries name an event out of range`);
		values[i] = code(s.value[k]!);
	}
	return values;
}

/**
 * The dataset an index describes, each event an `IndexedEvent` that reads its index fields from the
 * columns and has, until `withDetails`, the shared empty `PENDING_SOURCES` for sources. Throws an
 * `IndexError` naming what is wrong with a malformed index.
 */
export function decodeIndex(index: CompactIndex): Dataset {
	const { count } = index;
	check(Number.isInteger(count) && count >= 0, 'its event count is not a number');
	const { types, precisions, actorIds } = index;
	check(
		Array.isArray(types) && Array.isArray(precisions) && Array.isArray(actorIds),
		'its dictionaries are missing'
	);
	const deltas = packed(index, 'start');
	const lengths = packed(index, 'length');
	const type = packed(index, 'type');
	const precision = packed(index, 'precision');
	const actorCount = packed(index, 'actorCount');
	const actorCodes = packed(index, 'actorCodes', null);

	const first = new Int32Array(count);
	const last = new Int32Array(count);
	const actorStart = new Uint32Array(count + 1);
	let day = 0;
	let k = 0;
	for (let i = 0; i < count; i++) {
		day += deltas[i]!;
		first[i] = day;
		last[i] = day + lengths[i]!;
		// Not `check`: its message would be written for every event.
		if (type[i]! >= types.length || precision[i]! >= precisions.length)
			throw new IndexError(`event ${i} has a type or precision code out of range`);
		actorStart[i] = k;
		k += actorCount[i]!;
	}
	actorStart[count] = k;
	check(k === actorCodes.length, `its "actorCodes" column has ${actorCodes.length} entries for ${k}`);
	for (let a = 0; a < actorCodes.length; a++)
		if (actorCodes[a]! >= actorIds.length) throw new IndexError('an event names an actor code out of range');

	const parts: string[] = [];
	const dates = new Map<number, IsoDate>();
	const columns: EventColumns = {
		count,
		ids: index.ids,
		idStart: starts(index, 'ids', packed(index, 'idLength')),
		titles: index.titles,
		titleStart: starts(index, 'titles', packed(index, 'titleLength')),
		first,
		last,
		type,
		types,
		precision,
		precisions,
		actorStart,
		actorCodes,
		actorIds,
		confidence: sparse(
			index,
			'confidence',
			() => new Float64Array(count).fill(NaN),
			(v: number) => v
		),
		planned: sparse(
			index,
			'planned',
			() => new Int8Array(count).fill(-1),
			(v: boolean) => +v
		),
		inferred: sparse(
			index,
			'inferred',
			() => new Int8Array(count).fill(-1),
			(v: boolean) => +v
		),
		part: sparse(
			index,
			'part',
			() => new Int8Array(count).fill(-1),
			(v: string) => {
				const code = parts.indexOf(v);
				if (code >= 0) return code;
				// Three parts are known (early, mid, late); a byte's worth is more than any index needs.
				if (parts.length === 127) throw new IndexError('its "part" entries have over 127 values');
				return parts.push(v) - 1;
			}
		),
		parts,
		// A dataset names a few thousand distinct days: each becomes a string once, shared by its events.
		date(n) {
			let iso = dates.get(n);
			if (iso === undefined) dates.set(n, (iso = fromDayNumber(n)));
			return iso;
		}
	};
	const events = new Array<TimelineEvent>(count);
	for (let i = 0; i < count; i++) events[i] = new IndexedEvent(columns, i) as unknown as TimelineEvent;
	return { version: 1, actors: index.actors, articles: index.articles, events };
}

/** Whether an event read from the index still waits for its details (its sources, summary…). */
export function detailsPending(event: TimelineEvent): boolean {
	return event.sources === PENDING_SOURCES;
}

/** The whole event: what the index gave, with its details. A new object; neither input changes. */
export function withDetails(event: TimelineEvent, detail: EventDetail): TimelineEvent {
	// A plain copy first: an `IndexedEvent`'s fields are read through its class, which a spread does not see.
	return { ...plainEvent(event), ...detail } as TimelineEvent;
}
