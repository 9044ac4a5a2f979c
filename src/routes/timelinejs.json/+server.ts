import { json } from '@sveltejs/kit';
import dataset from '$lib/dataset';
import { toTimelineJs } from '$lib/formats/timelinejs';

export const prerender = true;

/** The whole dataset as TimelineJS3 JSON: what a TimelineJS embed can load as it is. */
export function GET() {
	return json(toTimelineJs(dataset));
}
