/**
 * The search index of what the compact index leaves out (quotes, summaries, places): for every
 * folded word, the events whose details contain it, in buckets by the word's first two letters, so
 * that a reader's search term fetches one small file rather than every quote. Pure: built at build
 * time, queried in the browser once a bucket has arrived.
 */

import { searchText } from './filter.ts';
import type { TimelineEvent } from './types.ts';

/** The words of one bucket, each with its events' positions (ascending, each the difference from the one before). */
export interface SearchBucket {
	format: 'dateline-search';
	version: 1;
	words: string[];
	postings: number[][];
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The bucket a folded word (or the start of one) belongs to: its first two characters. */
export function bucketKey(word: string): string {
	return word.slice(0, 2);
}

/**
 * The file name of a bucket: its key when that is plain ASCII letters and digits, else the key's
 * code points in base 36 (so that no host or file system has to agree on how to spell "ça").
 */
export function bucketFile(key: string): string {
	return /^[a-z0-9]+$/.test(key) ? key : `u${[...key].map((c) => c.codePointAt(0)!.toString(36)).join('-')}`;
}

/** The searchable words of a term or text, folded as `searchText` folds them. */
export function searchWords(text: string): string[] {
	return searchText(text).match(WORD) ?? [];
}

/** The details' text of an event that the index does not carry and search must still find. */
function detailText(event: TimelineEvent): string {
	const parts = event.sources.map((s) => s.quote);
	if (event.summary) parts.push(event.summary);
	if (event.place) parts.push(event.place);
	return parts.join('\n');
}

/** Every bucket of `events`' details, by key. Words are sorted within a bucket. */
export function buildSearchIndex(events: readonly TimelineEvent[]): Map<string, SearchBucket> {
	const postings = new Map<string, number[]>();
	events.forEach((event, i) => {
		for (const word of new Set(searchWords(detailText(event)))) {
			let list = postings.get(word);
			if (!list) postings.set(word, (list = []));
			list.push(i);
		}
	});
	const buckets = new Map<string, SearchBucket>();
	for (const word of [...postings.keys()].sort()) {
		const key = bucketKey(word);
		let bucket = buckets.get(key);
		if (!bucket)
			buckets.set(key, (bucket = { format: 'dateline-search', version: 1, words: [], postings: [] }));
		const list = postings.get(word)!;
		bucket.words.push(word);
		bucket.postings.push(list.map((p, k) => (k === 0 ? p : p - list[k - 1]!)));
	}
	return buckets;
}

/**
 * Mark in `hits` (one byte per event) the events with a word in their details that begins with
 * `prefix` (a folded word, of the bucket `bucketKey(prefix)`). Returns `hits`.
 */
export function markMatches(bucket: SearchBucket, prefix: string, hits: Uint8Array): Uint8Array {
	bucket.words.forEach((word, w) => {
		if (!word.startsWith(prefix)) return;
		let position = 0;
		for (const delta of bucket.postings[w]!) hits[(position += delta)] = 1;
	});
	return hits;
}
