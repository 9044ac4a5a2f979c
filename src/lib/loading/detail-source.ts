/**
 * Where the browser gets what the compact index leaves out: an event's details from its shard, and
 * which events' details contain a search term from the search index's buckets. Each file is fetched
 * once and kept; a failed fetch is forgotten, so asking again retries it.
 */

import { resolvePart, type CompactIndex, type DetailShard } from '../model/compact-index.ts';
import { withDetails } from '../model/decode-index.ts';
import { bucketFile, bucketKey, markMatches, searchWords, type SearchBucket } from '../model/search-index.ts';
import type { EventId, TimelineEvent } from '../model/types.ts';

/** What a detail source keeps of the index: where the shards and buckets are, not the columns. */
type Where = Pick<CompactIndex, 'details' | 'search'>;

export class DetailSource {
	readonly #url: string;
	readonly #where: Where;
	readonly #events: readonly TimelineEvent[];
	readonly #fetch: typeof fetch;
	readonly #files = new Map<string, Promise<unknown>>();
	readonly #keys: ReadonlySet<string>;
	#positions: Map<EventId, number> | undefined;

	/** `events` are the index's, decoded; `url` is the index's own, which shard paths are relative to. */
	constructor(
		url: string,
		index: CompactIndex,
		events: readonly TimelineEvent[],
		fetcher: typeof fetch = fetch
	) {
		this.#url = url;
		// Only the paths: the columns (hundreds of MB at 1,000,000 events) are garbage once decoded.
		this.#where = { details: index.details, search: index.search };
		this.#events = events;
		// Called on its own, never as a method of this object: `window.fetch` refuses another `this`.
		this.#fetch = (input, init) => fetcher(input, init);
		this.#keys = new Set(index.search?.keys ?? []);
	}

	/** Whether search terms can be looked up in the details (the index has a search index). */
	get searchable(): boolean {
		return this.#where.search !== undefined;
	}

	#json<T>(path: string, key: string | number): Promise<T> {
		const url = resolvePart(this.#url, path, key);
		let file = this.#files.get(url);
		if (!file) {
			file = this.#fetch(url).then((response) => {
				if (!response.ok) throw new Error(`${url} answered ${response.status}`);
				return response.json();
			});
			this.#files.set(url, file);
			file.catch(() => this.#files.delete(url));
		}
		return file as Promise<T>;
	}

	/** The event `id` whole, once its shard has arrived; undefined for an id the index does not have. */
	async event(id: EventId): Promise<TimelineEvent | undefined> {
		// Made on the first event opened, not while the page loads: hashing every id costs tens of ms.
		this.#positions ??= new Map(this.#events.map((e, i) => [e.id, i]));
		const position = this.#positions.get(id);
		if (position === undefined) return undefined;
		const { size, path } = this.#where.details;
		const shard = await this.#json<DetailShard>(path, Math.floor(position / size));
		const detail = shard.details[position - shard.first];
		if (!detail) throw new Error(`the details of ${id} are missing from their shard`);
		return withDetails(this.#events[position]!, detail);
	}

	/**
	 * Per event (by position), 1 when its details (quotes, summary, place) have, for every word of
	 * `term`, a word that begins with it.
	 */
	async search(term: string): Promise<Uint8Array> {
		const count = this.#events.length;
		const words = searchWords(term);
		if (words.length === 0 || !this.#where.search) return new Uint8Array(count);
		const masks = await Promise.all(
			words.map(async (word) => {
				const key = bucketKey(word);
				if (!this.#keys.has(key)) return new Uint8Array(count);
				const bucket = await this.#json<SearchBucket>(this.#where.search!.path, bucketFile(key));
				return markMatches(bucket, word, new Uint8Array(count));
			})
		);
		const [all, ...rest] = masks;
		for (const mask of rest) for (let i = 0; i < count; i++) all![i]! &= mask[i]!;
		return all!;
	}
}
