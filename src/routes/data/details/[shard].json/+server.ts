import { error, json } from '@sveltejs/kit';
import dataset from '$lib/dataset';
import { detailShard } from '$lib/model/encode-index';
import { SHARD_SIZE, siteIndex } from '../../site-index';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	Array.from({ length: siteIndex().details.shards }, (_, shard) => ({ shard: String(shard) }));

/** The details (sources, summary, place…) of `SHARD_SIZE` events, fetched when one is opened. */
export const GET: RequestHandler = ({ params }) => {
	const shard = Number(params.shard);
	if (!Number.isInteger(shard) || shard < 0 || shard >= siteIndex().details.shards) error(404, 'No such shard');
	return json(detailShard(dataset, SHARD_SIZE, shard));
};
