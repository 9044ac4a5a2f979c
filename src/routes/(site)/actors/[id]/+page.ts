import { error } from '@sveltejs/kit';
import { siteDataset } from '../../../site-data';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = async () => (await siteDataset()).actors.map(({ id }) => ({ id }));

export const load: PageLoad = async ({ params }) => {
	const dataset = await siteDataset();
	const actor = dataset.actors.find((a) => a.id === params.id);
	if (!actor) error(404, `No actor "${params.id}"`);
	return { actor, dataset };
};
