import dataset from '$lib/dataset';
import { eventsToCsv } from '$lib/formats/csv';
import { byId } from '$lib/model/lookup';

export const prerender = true;

/** Every event as a CSV row (README.md, "Exports"). */
export function GET() {
	return new Response(eventsToCsv(dataset.events, byId(dataset.actors), byId(dataset.articles)), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
