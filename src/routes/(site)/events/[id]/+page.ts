import { error } from '@sveltejs/kit';
import dataset from '$lib/dataset';
import { hasEventPages } from '../../../pages';
import type { EntryGenerator, PageLoad } from './$types';

// Past the limit no page links here (see pages.ts), so none is written.
export const entries: EntryGenerator = () =>
	hasEventPages(dataset) ? dataset.events.map(({ id }) => ({ id })) : [];

export const load: PageLoad = ({ params }) => {
	const event = dataset.events.find((e) => e.id === params.id);
	if (!event) error(404, `No event "${params.id}"`);
	return { event };
};
