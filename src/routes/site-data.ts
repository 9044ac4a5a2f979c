/**
 * The dataset as the pages receive it. `/` and `/embed` read the compact index (`/data/index.json`):
 * what drawing, filtering and counting need, with quotes and other details fetched in shards when an
 * event is opened or searched (README.md, "Index and detail shards"). Event and actor pages read the
 * whole `/events.json`. While prerendering, both come from the dataset module. One request per page
 * view; client-side navigation reuses it.
 */

import { browser } from '$app/environment';
import { resolve } from '$app/paths';
import type { CompactIndex } from '$lib/model/compact-index';
import { decodeIndex } from '$lib/model/decode-index';
import type { Dataset } from '$lib/model/types';
import { DetailSource } from '$lib/loading/detail-source';
import { ownUrl } from '$lib/loading/own-url';

let fetched: Promise<Dataset> | undefined;
let indexed: Promise<SiteData> | undefined;

/** A dataset, and over the index, where its events' details come from. */
export interface SiteData {
	dataset: Dataset;
	details?: DetailSource;
}

async function getJson<T>(path: string): Promise<T> {
	const response = await fetch(ownUrl(path, location.href));
	if (!response.ok) throw new Error(`${path} answered ${response.status}`);
	return response.json() as Promise<T>;
}

/** The whole dataset. */
export function siteDataset(): Promise<Dataset> {
	if (!browser) return import('$lib/dataset').then((module) => module.default);
	fetched ??= getJson<Dataset>(resolve('/events.json'));
	// A failed request is not kept: the next navigation tries again.
	fetched.catch(() => (fetched = undefined));
	return fetched;
}

/**
 * The events as the compact index has them, and their details' source. Prerendered pages get the
 * whole dataset: they draw nothing that the index does not carry, so hydration finds the same markup.
 */
export function siteIndex(): Promise<SiteData> {
	if (!browser) return siteDataset().then((dataset) => ({ dataset }));
	indexed ??= getJson<CompactIndex>(resolve('/data/index.json')).then((index) => {
		const dataset = decodeIndex(index);
		const url = ownUrl(resolve('/data/index.json'), location.href).href;
		return { dataset, details: new DetailSource(url, index, dataset.events) };
	});
	indexed.catch(() => (indexed = undefined));
	return indexed;
}
