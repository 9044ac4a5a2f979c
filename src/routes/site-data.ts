/**
 * The dataset as `/` and `/embed` receive it: imported while prerendering, fetched as JSON in the
 * browser. As a module (`JSON.parse` of a 35 MB string literal) 100,000 events took 2.1 s to arrive
 * in headless Chromium; fetched from `/events.json` and parsed by `response.json()`, 0.75 s
 * (tests/bench/data-load.ts). One request per page view; client-side navigation reuses it.
 */

import { browser } from '$app/environment';
import { resolve } from '$app/paths';
import type { Dataset } from '$lib/model/types';

let fetched: Promise<Dataset> | undefined;

export function siteDataset(): Promise<Dataset> {
	if (!browser) return import('$lib/dataset').then((module) => module.default);
	fetched ??= fetch(resolve('/events.json')).then((response) => {
		if (!response.ok) throw new Error(`${resolve('/events.json')} answered ${response.status}`);
		return response.json() as Promise<Dataset>;
	});
	// A failed request is not kept: the next navigation tries again.
	fetched.catch(() => (fetched = undefined));
	return fetched;
}
