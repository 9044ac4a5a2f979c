import { env } from '$env/dynamic/private';
import dataset from '$lib/dataset';
import { eventsToIcs } from '$lib/formats/ics';
import { byId } from '$lib/model/lookup';

export const prerender = true;

/**
 * Every event as an all-day calendar entry, for a calendar to subscribe to (README.md, "Exports").
 * With `DATELINE_SITE_URL` set at build time, each entry links to its event page and its UID names
 * the site's host.
 */
export function GET() {
	const site = env.DATELINE_SITE_URL?.replace(/\/$/, '');
	const text = eventsToIcs(dataset.events, byId(dataset.actors), byId(dataset.articles), {
		name: 'Dateline',
		domain: site ? new URL(site).host : undefined,
		url: site ? (id) => `${site}/events/${id}` : undefined
	});
	return new Response(text, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
}
