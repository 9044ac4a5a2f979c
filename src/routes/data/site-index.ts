/**
 * The site's compact index, detail shards and search buckets, computed once per build from the
 * dataset (see src/lib/model/compact-index.ts); the `data/` routes write them next to `/events.json`.
 */

import dataset from '$lib/dataset';
import { SHARD_SIZE, type CompactIndex } from '$lib/model/compact-index';
import { encodeIndex } from '$lib/model/encode-index';
import { bucketFile, buildSearchIndex, type SearchBucket } from '$lib/model/search-index';

export { SHARD_SIZE };

let buckets: Map<string, SearchBucket> | undefined;
let index: CompactIndex | undefined;

/** The search buckets, by key. */
export function searchBuckets(): Map<string, SearchBucket> {
	return (buckets ??= buildSearchIndex(dataset.events));
}

/** The bucket written as `search/<file>.json`. */
export function searchBucket(file: string): SearchBucket | undefined {
	for (const [key, bucket] of searchBuckets()) if (bucketFile(key) === file) return bucket;
	return undefined;
}

export function siteIndex(): CompactIndex {
	return (index ??= encodeIndex(dataset, {
		shardSize: SHARD_SIZE,
		search: { path: 'search/{bucket}.json', keys: [...searchBuckets().keys()] }
	}));
}
