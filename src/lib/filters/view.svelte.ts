import {
	countByActor,
	EMPTY_FILTER,
	indexDataset,
	type DatasetIndex,
	type EventFilter
} from '../model/filter.ts';
import { byId } from '../model/lookup.ts';
import { shownEvents, type ShownEvents } from '../model/uncertain.ts';
import type { Actor, ActorId, Article, Dataset, EventId, TimelineEvent } from '../model/types.ts';
import { parseViewParams, viewToSearch, type Notice } from './url.ts';

/**
 * What a reader is looking at: the filter, the selected event and the notices about a link's
 * ignored parts, with everything derived from them. One per page or widget, handed down by props.
 */
export class TimelineView {
	filter: EventFilter = $state.raw(EMPTY_FILTER);
	selected: EventId | undefined = $state();
	notices: Notice[] = $state.raw([]);

	readonly dataset: Dataset;
	readonly index: DatasetIndex;
	readonly actors: ReadonlyMap<ActorId, Actor>;
	readonly articles: ReadonlyMap<string, Article>;
	readonly eventsById: ReadonlyMap<EventId, TimelineEvent>;

	/** The events the filter keeps, in dataset order (and the selected one, even below the threshold). */
	readonly events: readonly TimelineEvent[];
	/** How many events below the confidence threshold the filter keeps, and how many of them are hidden. */
	readonly uncertain: Omit<ShownEvents, 'events'>;
	/** Per actor, how many events the other filters keep that involve it. */
	readonly counts: Map<ActorId, number>;
	readonly selectedEvent: TimelineEvent | undefined;
	/** The view as a query string: '' for the default view. */
	readonly search: string;

	constructor(dataset: Dataset) {
		this.dataset = dataset;
		this.index = indexDataset(dataset);
		this.actors = byId(dataset.actors);
		this.articles = byId(dataset.articles);
		this.eventsById = byId(dataset.events);
		const shown = $derived(shownEvents(this.index, this.filter, this.selected));
		this.events = $derived(shown.events);
		this.uncertain = $derived({ hidden: shown.hidden, uncertain: shown.uncertain });
		this.counts = $derived(countByActor(this.index, this.filter));
		this.selectedEvent = $derived(this.selected ? this.eventsById.get(this.selected) : undefined);
		this.search = $derived(viewToSearch({ filter: this.filter, event: this.selected }));
	}

	/** Restore the view from a link (or a widget's attributes); what it cannot use becomes a notice. */
	apply(params: URLSearchParams, origin?: string): void {
		const { state, notices } = parseViewParams(params, this.dataset, origin);
		// Keep the same filter object when nothing changed, so the timeline keeps its zoom.
		if (viewToSearch({ filter: state.filter }) !== viewToSearch({ filter: this.filter }))
			this.filter = state.filter;
		this.selected = state.event;
		this.notices = notices;
	}

	setFilter(patch: Partial<EventFilter>): void {
		this.filter = { ...this.filter, ...patch };
	}

	clearFilter(): void {
		this.filter = EMPTY_FILTER;
	}

	dismissNotices(): void {
		this.notices = [];
	}
}
