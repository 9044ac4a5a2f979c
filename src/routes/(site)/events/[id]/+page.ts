import { error } from '@sveltejs/kit';
import { hasEventPages } from '../../../pages';
import { siteDataset } from '../../../site-data';
import type { EntryGenerator, PageLoad } from './$types';

// Past the limit no page links here (see pages.ts), so none is written.
export const entries: EntryGenerator = async () => {
	const dataset = await siteDataset();
	return hasEventPages(dataset) ? dataset.events.map(({ id }) => ({ id })) : [];
};

export const load: PageLoad = async ({ params }) => {
	const dataset = await siteDataset();
	const event = dataset.events.find((e) => e.id === params.id);
	if (!event) error(404, `No event "${params.id}"`);
	return { event, dataset };
};
