/**
 * What the confidence threshold hides from a filtered view: the events below it that the filter would
 * otherwise keep, counted for the "12 uncertain events hidden" notice. An event a link selects stays in
 * view below the threshold: opening a link must never show nothing.
 */

import { isConfident } from './confidence.ts';
import { filterEvents, type DatasetIndex, type DetailMatches, type EventFilter } from './filter.ts';
import type { EventId, TimelineEvent } from './types.ts';

/** The events a view shows, and how many of those the filter matches the threshold hides. */
export interface ShownEvents {
	/** In dataset order. */
	events: readonly TimelineEvent[];
	/** Events below the threshold that the rest of the filter keeps, and that are not shown. */
	hidden: number;
	/** Events below the threshold that the rest of the filter keeps, hidden or shown. */
	uncertain: number;
}

/**
 * The events a filter shows, with the selected event kept even below the threshold; `found` adds what
 * the details match (see `DetailMatches`).
 */
export function shownEvents(
	index: DatasetIndex,
	filter: EventFilter,
	selected?: EventId,
	found?: DetailMatches
): ShownEvents {
	const events = filterEvents(index, filter, found);
	if (!index.uncertain) return { events, hidden: 0, uncertain: 0 };
	const all = filter.uncertain ? events : filterEvents(index, { ...filter, uncertain: true }, found);
	let uncertain = 0;
	let selectedHidden = false;
	for (const event of all) {
		if (isConfident(event)) continue;
		uncertain++;
		if (event.id === selected) selectedHidden = !filter.uncertain;
	}
	if (filter.uncertain) return { events, hidden: 0, uncertain };
	if (!selectedHidden) return { events, hidden: uncertain, uncertain };
	return {
		events: all.filter((event) => isConfident(event) || event.id === selected),
		hidden: uncertain - 1,
		uncertain
	};
}
