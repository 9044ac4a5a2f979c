import { error, json } from '@sveltejs/kit';
import { bucketFile } from '$lib/model/search-index';
import { searchBucket, searchBuckets } from '../../site-index';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => [...searchBuckets().keys()].map((key) => ({ bucket: bucketFile(key) }));

/** The words of the details that begin with one pair of letters, with their events. */
export const GET: RequestHandler = ({ params }) => {
	const bucket = searchBucket(params.bucket);
	if (!bucket) error(404, 'No such bucket');
	return json(bucket);
};
