import { json } from '@sveltejs/kit';
import { siteIndex } from '../site-index';

export const prerender = true;

/** The compact index: what `/`, `/embed` and the widget load to draw and filter every event. */
export function GET() {
	return json(siteIndex());
}
