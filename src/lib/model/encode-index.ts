/**
 * Writing the compact index and its detail shards from a dataset (at build time, and by the
 * benchmark). Pure: the caller writes the files.
 */

import {
	INDEX_FIELDS,
	type CompactIndex,
	type DetailShard,
	type EventDetail,
	type Sparse
} from './compact-index.ts';
import { dayNumber } from './dates.ts';
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
	const types = dictionary(EVENT_TYPES);
	const precisions = dictionary(PRECISIONS);
	const actorIds = dictionary(dataset.actors.map((a) => a.id));
	const confidence: Sparse<number> = { at: [], value: [] };
	const planned: Sparse<boolean> = { at: [], value: [] };
	const inferred: Sparse<boolean> = { at: [], value: [] };
	const part: Sparse<string> = { at: [], value: [] };
	const index: CompactIndex = {
		format: 'dateline-index',
		version: 1,
		actors: dataset.actors,
		articles: dataset.articles,
		count: events.length,
		ids: [],
		titles: [],
		start: [],
		length: [],
		precision: [],
		precisions: precisions.values,
		type: [],
		types: types.values,
		actorCount: [],
		actorCodes: [],
		actorIds: actorIds.values,
		details: {
			path: options.detailsPath ?? 'details/{shard}.json',
			size: options.shardSize,
			shards: Math.ceil(events.length / options.shardSize)
		}
	};
	// Days repeat across thousands of events: convert each date once.
	const days = new Map<string, number>();
	const day = (iso: string) => {
		let n = days.get(iso);
		if (n === undefined) days.set(iso, (n = dayNumber(iso)));
		return n;
	};
	let previous = 0;
	events.forEach((event, i) => {
		const start = day(event.start);
		index.ids.push(event.id);
		index.titles.push(event.title);
		index.start.push(start - previous);
		previous = start;
		index.length.push(day(event.end) - start);
		index.precision.push(precisions.code(event.precision));
		index.type.push(types.code(event.type));
		index.actorCount.push(event.actors.length);
		for (const id of event.actors) index.actorCodes.push(actorIds.code(id));
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
