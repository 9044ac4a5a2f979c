import { error } from '@sveltejs/kit';
import dataset from '$lib/dataset';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => dataset.events.map(({ id }) => ({ id }));

export const load: PageLoad = ({ params }) => {
	const event = dataset.events.find((e) => e.id === params.id);
	if (!event) error(404, `No event "${params.id}"`);
	return { event };
};
