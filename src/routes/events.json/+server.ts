import { json } from '@sveltejs/kit';
import dataset from '$lib/dataset';

export const prerender = true;

/** The whole dataset, in the DESIGN.md shape: what the widget and other tools read. */
export function GET() {
	return json(dataset);
}
