/**
 * Writing the compact index and its detail shards from a dataset (at build time, and by the
 * benchmark). Pure: the caller writes the files.
 */

import {
	INDEX_FIELDS,
	INDEX_VERSION,
	type CompactIndex,
	type DetailShard,
	type EventDetail,
	type Sparse
} from './compact-index.ts';
import { dayNumber } from './dates.ts';
import { packColumn } from './packed-column.ts';
import type { Dataset } from './types.ts';
import { PRECISIONS, EVENT_TYPES } from './types.ts';

export interface IndexOptions {
	/** Events per detail shard. */
	shardSize: number;
	/** Where the shards are, relative to the index: `{shard}` becomes the shard's number. */
	detailsPath?: string;
	/** The search index's buckets, when there is one: its path (with `{key}`) and keys. */
	search?: { path: string; keys: string[] };
}

const INDEXED = new Set<string>(INDEX_FIELDS);

/** A code per distinct value, the known values first in their usual order. */
function dictionary(known: readonly string[]) {
	const values = [...known];
	const codes = new Map(values.map((v, i) => [v, i]));
	return {
		values,
		code(value: string): number {
			let c = codes.get(value);
			if (c === undefined) codes.set(value, (c = values.push(value) - 1));
			return c;
		}
	};
}

/** The index of `dataset`: its events' index fields as columns, its actors and articles as they are. */
export function encodeIndex(dataset: Dataset, options: IndexOptions): CompactIndex {
	const { events } = dataset;
	const n = events.length;
	const types = dictionary(EVENT_TYPES);
	const precisions = dictionary(PRECISIONS);
	const actorIds = dictionary(dataset.actors.map((a) => a.id));
	const confidence: Sparse<number> = { at: [], value: [] };
	const planned: Sparse<boolean> = { at: [], value: [] };
	const inferred: Sparse<boolean> = { at: [], value: [] };
	const part: Sparse<string> = { at: [], value: [] };
	const idLength = new Float64Array(n);
	const titleLength = new Float64Array(n);
	const start = new Float64Array(n);
	const length = new Float64Array(n);
	const precision = new Float64Array(n);
	const type = new Float64Array(n);
	const actorCount = new Float64Array(n);
	const actorCodes: number[] = [];
	// Days repeat across thousands of events: convert each date once.
	const days = new Map<string, number>();
	const day = (iso: string) => {
		let d = days.get(iso);
		if (d === undefined) days.set(iso, (d = dayNumber(iso)));
		return d;
	};
	let previous = 0;
	events.forEach((event, i) => {
		const first = day(event.start);
		idLength[i] = event.id.length;
		titleLength[i] = event.title.length;
		start[i] = first - previous;
		previous = first;
		length[i] = day(event.end) - first;
		precision[i] = precisions.code(event.precision);
		type[i] = types.code(event.type);
		actorCount[i] = event.actors.length;
		for (const id of event.actors) actorCodes.push(actorIds.code(id));
		const sparse = <T>(column: Sparse<T>, value: T | undefined) => {
			if (value === undefined) return;
			column.at.push(i);
			column.value.push(value);
		};
		sparse(confidence, event.confidence);
		sparse(planned, event.planned);
		sparse(inferred, event.inferred);
		sparse(part, event.part);
	});
	const index: CompactIndex = {
		format: 'dateline-index',
		version: INDEX_VERSION,
		actors: dataset.actors,
		articles: dataset.articles,
		count: n,
		ids: events.map((e) => e.id).join(''),
		idLength: packColumn(idLength),
		titles: events.map((e) => e.title).join(''),
		titleLength: packColumn(titleLength),
		start: packColumn(start),
		length: packColumn(length),
		precision: packColumn(precision),
		precisions: precisions.values,
		type: packColumn(type),
		types: types.values,
		actorCount: packColumn(actorCount),
		actorCodes: packColumn(actorCodes),
		actorIds: actorIds.values,
		details: {
			path: options.detailsPath ?? 'details/{shard}.json',
			size: options.shardSize,
			shards: Math.ceil(n / options.shardSize)
		}
	};
	if (confidence.at.length) index.confidence = confidence;
	if (planned.at.length) index.planned = planned;
	if (inferred.at.length) index.inferred = inferred;
	if (part.at.length) index.part = part;
	if (options.search) index.search = options.search;
	return index;
}

/** Everything of an event that the index does not hold. */
export function eventDetail(event: object): EventDetail {
	const detail: EventDetail = {};
	for (const [key, value] of Object.entries(event)) if (!INDEXED.has(key)) detail[key] = value;
	return detail;
}

/** Detail shard number `shard` (of `size` events) of `dataset`. */
export function detailShard(dataset: Dataset, size: number, shard: number): DetailShard {
	const first = shard * size;
	return {
		format: 'dateline-details',
		version: 1,
		first,
		details: dataset.events.slice(first, first + size).map(eventDetail)
	};
}
