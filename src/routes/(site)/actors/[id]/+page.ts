import { error } from '@sveltejs/kit';
import dataset from '$lib/dataset';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => dataset.actors.map(({ id }) => ({ id }));

export const load: PageLoad = ({ params }) => {
	const actor = dataset.actors.find((a) => a.id === params.id);
	if (!actor) error(404, `No actor "${params.id}"`);
	return { actor };
};
