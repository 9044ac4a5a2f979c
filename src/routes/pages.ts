/**
 * How much of a dataset the static site writes out as pages. A page per event is right for a few
 * thousand events and wrong for 100,000 (hours of prerendering, gigabytes of HTML): above the limit
 * an event's link opens it on the timeline instead, where `?event=` selects it.
 */

import { resolve } from '$app/paths';
import type { Dataset, EventId } from '$lib/model/types';

/** Most events that get a page of their own. */
export const EVENT_PAGE_LIMIT = 5000;
/** Most events a page lists as plain links (the no-script list, an actor's events). */
export const LIST_LIMIT = 500;

export function hasEventPages(dataset: Dataset): boolean {
	return dataset.events.length <= EVENT_PAGE_LIMIT;
}

/** Where a link to an event goes: its page, or the timeline with it open. */
export function eventLink(dataset: Dataset, id: EventId): string {
	return hasEventPages(dataset)
		? resolve('/(site)/events/[id]', { id })
		: `${resolve('/')}?event=${encodeURIComponent(id)}`;
}
