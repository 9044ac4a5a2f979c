/**
 * The compact index: what drawing, filtering and counting need of every event, in columns, so that
 * a browser can show 1,000,000 events without fetching their quotes. `events.json` stays the
 * complete dataset; the index and its detail shards together hold exactly the same events
 * (`encodeIndex` then `decodeIndex` and `withDetails` give them back).
 */

import type { PackedColumn } from './packed-column.ts';
import type { Actor, Article, Source, TimelineEvent } from './types.ts';

/** The version of the index format; an index of another version is not read as one. */
export const INDEX_VERSION = 2;

/**
 * Events whose index columns and detail shards together rebuild them, field for field. Numbers are
 * packed columns (typed arrays in base64, see packed-column.ts) and each text column is one string,
 * so that reading a million events parses a few dozen JSON values, not millions.
 */
export interface CompactIndex {
	format: 'dateline-index';
	version: typeof INDEX_VERSION;
	actors: Actor[];
	articles: Article[];
	/** How many events; every per-event column below has this length. */
	count: number;
	/** Every event's id, one after the other; `idLength` says how long each is (in UTF-16 code units). */
	ids: string;
	idLength: PackedColumn;
	/** Every event's title, one after the other, as `ids`. */
	titles: string;
	titleLength: PackedColumn;
	/** First day as a day number (days since 1970-01-01), each the difference from the event before. */
	start: PackedColumn;
	/** Days from the first to the last day (0 for a one-day event). */
	length: PackedColumn;
	/** Codes into `precisions`. */
	precision: PackedColumn;
	precisions: string[];
	/** Codes into `types`. */
	type: PackedColumn;
	types: string[];
	/** How many actors each event has; their codes (into `actorIds`) follow one another in `actorCodes`. */
	actorCount: PackedColumn;
	actorCodes: PackedColumn;
	/** The dataset's actors' ids first, then any other id an event names. */
	actorIds: string[];
	/** Optional fields, only for the events that have them: positions ascending, with their values. */
	confidence?: Sparse<number>;
	planned?: Sparse<boolean>;
	inferred?: Sparse<boolean>;
	part?: Sparse<string>;
	/** Where the rest of each event is: `path` with `{shard}` replaced, relative to the index's URL. */
	details: { path: string; size: number; shards: number };
	/** The search index of the details' words (see search-index.ts), relative to the index's URL. */
	search?: { path: string; keys: string[] };
}

export interface Sparse<T> {
	at: number[];
	value: T[];
}

/** The rest of events `first`…`first + details.length - 1`: every field the index does not hold. */
export interface DetailShard {
	format: 'dateline-details';
	version: 1;
	first: number;
	details: EventDetail[];
}

/** An event's fields that are not in the index: sources, summary, place, cameo, agents, recipients… */
export type EventDetail = Partial<TimelineEvent> & Record<string, unknown>;

/**
 * Events per detail shard, as the site writes them: opening an event fetches its shard (README.md,
 * "Index and detail shards", has the measurement behind the size).
 */
export const SHARD_SIZE = 500;

/** The fields the index holds; everything else goes to the detail shards. */
export const INDEX_FIELDS = [
	'id',
	'title',
	'start',
	'end',
	'precision',
	'type',
	'actors',
	'confidence',
	'planned',
	'inferred',
	'part'
] as const;

/**
 * The `sources` of an event read from the index, until its details arrive: one shared, frozen,
 * empty list (a million events need no million empty arrays).
 */
export const PENDING_SOURCES: Source[] = Object.freeze([]) as unknown as Source[];

/** Whether `value` has the compact index's shape (its marker and version; the columns are checked when decoded). */
export function isCompactIndex(value: unknown): value is CompactIndex {
	const v = value as Partial<CompactIndex> | null;
	return typeof v === 'object' && v !== null && v.format === 'dateline-index' && v.version === INDEX_VERSION;
}

/** The URL of a detail shard or search bucket, from a `{key}` path relative to the index's URL. */
export function resolvePart(indexUrl: string, path: string, key: string | number): string {
	return new URL(path.replace(/\{\w+\}/, encodeURIComponent(String(key))), indexUrl).href;
}
