/**
 * The compact index, detail shards and search buckets of a dataset written to a folder, as the
 * site's `data/` routes write them (the same pure encoders): for sizes whose `events.json` the site
 * build cannot write. Past about 900,000 events with quotes the dataset is more than 512 MB of JSON,
 * longer than a JavaScript string may be, so the benchmark measures 1,000,000 events on the widget
 * reading these files.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARD_SIZE } from '../../src/lib/model/compact-index.ts';
import { detailShard, encodeIndex } from '../../src/lib/model/encode-index.ts';
import { bucketFile, buildSearchIndex } from '../../src/lib/model/search-index.ts';
import type { Dataset } from '../../src/lib/model/types.ts';

/** Write `dir/data/index.json`, `dir/data/details/<n>.json` and `dir/data/search/<bucket>.json`. */
export function writeIndexFiles(dataset: Dataset, dir: string): void {
	const data = join(dir, 'data');
	mkdirSync(join(data, 'details'), { recursive: true });
	mkdirSync(join(data, 'search'), { recursive: true });
	const buckets = buildSearchIndex(dataset.events);
	const index = encodeIndex(dataset, {
		shardSize: SHARD_SIZE,
		search: { path: 'search/{bucket}.json', keys: [...buckets.keys()] }
	});
	for (const [key, bucket] of buckets)
		writeFileSync(join(data, 'search', `${bucketFile(key)}.json`), JSON.stringify(bucket));
	buckets.clear();
	for (let shard = 0; shard < index.details.shards; shard++)
		writeFileSync(
			join(data, 'details', `${shard}.json`),
			JSON.stringify(detailShard(dataset, SHARD_SIZE, shard))
		);
	writeFileSync(join(data, 'index.json'), JSON.stringify(index));
}
