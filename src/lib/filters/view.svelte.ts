import { SvelteMap } from 'svelte/reactivity';
import {
	countByActor,
	EMPTY_FILTER,
	indexDataset,
	searchTerms,
	type DatasetIndex,
	type EventFilter
} from '../model/filter.ts';
import { detailsPending } from '../model/decode-index.ts';
import { byId } from '../model/lookup.ts';
import { shownEvents, type ShownEvents } from '../model/uncertain.ts';
import type { Actor, ActorId, Article, Dataset, EventId, TimelineEvent } from '../model/types.ts';
import type { DetailSource } from '../loading/detail-source.ts';
import type { Lang } from '../i18n/locales.ts';
import { parseViewParams, viewToSearch, type Notice, type NoticeOrigin } from './url.ts';

/** What went wrong fetching details: which step (a key of the message tables) and the error's own words. */
export interface DetailsError {
	key: 'error.details' | 'error.search';
	message: string;
}

/**
 * What a reader is looking at: the filter, the selected event and the notices about a link's
 * ignored parts, with everything derived from them. One per page or widget, handed down by props.
 * Over a compact index (`details` given), an opened event's details and the quotes a search must
 * look into arrive after it: the view asks for them when the selection or the text changes.
 */
/** An event whose details were asked for: a download must not quietly lose its sources. */
function whole(event: TimelineEvent | undefined, id: EventId): TimelineEvent {
	if (!event) throw new Error(`the details of ${id} are missing`);
	return event;
}

export class TimelineView {
	#filter: EventFilter = $state.raw(EMPTY_FILTER);
	#selected: EventId | undefined = $state();
	notices: Notice[] = $state.raw([]);
	/** The language the link asks for; without one the page follows the browser's. */
	lang: Lang | undefined = $state();

	readonly dataset: Dataset;
	readonly index: DatasetIndex;
	readonly actors: ReadonlyMap<ActorId, Actor>;
	readonly articles: ReadonlyMap<string, Article>;
	#eventsById: ReadonlyMap<EventId, TimelineEvent> | undefined;
	readonly #details: DetailSource | undefined;
	/** Events whose details have arrived, whole. */
	readonly #opened = new SvelteMap<EventId, TimelineEvent>();
	/** Per search term, the events whose details match it, once known. */
	readonly #found = new SvelteMap<string, Uint8Array>();
	/** What went wrong fetching details, for the reader. */
	detailsError: DetailsError | undefined = $state.raw();

	/** The events the filter keeps, in dataset order (and the selected one, even below the threshold). */
	readonly events: readonly TimelineEvent[];
	/** How many events below the confidence threshold the filter keeps, and how many of them are hidden. */
	readonly uncertain: Omit<ShownEvents, 'events'>;
	/** Per actor, how many events the other filters keep that involve it. */
	readonly counts: Map<ActorId, number>;
	/** The selected event, whole once its details are in (see `detailsPending`). */
	readonly selectedEvent: TimelineEvent | undefined;
	/** Whether the text filter still waits for the quotes it must search (titles already match). */
	readonly searching: boolean;
	/** The view as a query string: '' for the default view. */
	readonly search: string;

	constructor(dataset: Dataset, details?: DetailSource) {
		this.dataset = dataset;
		this.#details = details;
		this.index = indexDataset(dataset);
		this.actors = byId(dataset.actors);
		this.articles = byId(dataset.articles);
		const shown = $derived(shownEvents(this.index, this.filter, this.selected, this.#found));
		this.events = $derived(shown.events);
		this.uncertain = $derived({ hidden: shown.hidden, uncertain: shown.uncertain });
		this.counts = $derived(countByActor(this.index, this.filter, this.#found));
		this.selectedEvent = $derived.by(() => {
			const id = this.selected;
			return id ? (this.#opened.get(id) ?? this.eventsById.get(id)) : undefined;
		});
		this.searching = $derived(
			details?.searchable === true && searchTerms(this.filter.q).some((term) => !this.#found.has(term))
		);
		this.search = $derived(viewToSearch({ filter: this.filter, event: this.selected, lang: this.lang }));
	}

	/**
	 * The events the view shows, whole: what a download holds. Over a compact index their details
	 * (quotes, summary, place) come from their shards first, each shard fetched once.
	 */
	async wholeEvents(): Promise<TimelineEvent[]> {
		const details = this.#details;
		return Promise.all(
			this.events.map(async (event) =>
				details && detailsPending(event) ? whole(await details.event(event.id), event.id) : event
			)
		);
	}

	/**
	 * Events by id, made on the first question (an event opened), not while the page loads: hashing
	 * 1,000,000 ids costs a few hundred ms and tens of MB.
	 */
	get eventsById(): ReadonlyMap<EventId, TimelineEvent> {
		return (this.#eventsById ??= byId(this.dataset.events));
	}

	get filter(): EventFilter {
		return this.#filter;
	}

	set filter(filter: EventFilter) {
		this.#filter = filter;
		void this.#searchDetails(filter.q);
	}

	get selected(): EventId | undefined {
		return this.#selected;
	}

	set selected(id: EventId | undefined) {
		this.#selected = id;
		if (id) void this.#open(id);
	}

	async #open(id: EventId): Promise<void> {
		const event = this.eventsById.get(id);
		if (!this.#details || !event || !detailsPending(event) || this.#opened.has(id)) return;
		try {
			const whole = await this.#details.event(id);
			if (whole) this.#opened.set(id, whole);
			this.detailsError = undefined;
		} catch (error) {
			this.detailsError = { key: 'error.details', message: (error as Error).message };
		}
	}

	async #searchDetails(q: string): Promise<void> {
		const details = this.#details;
		if (!details?.searchable) return;
		const terms = searchTerms(q);
		// Only the current query's matches are kept (1 byte an event each); a term typed again is
		// looked up again, so a failed lookup is retried.
		for (const term of [...this.#found.keys()]) if (!terms.includes(term)) this.#found.delete(term);
		for (const term of terms) {
			if (this.#found.has(term)) continue;
			// The search index files words by their first two letters: a single letter finds titles only.
			if (term.length < 2) {
				this.#found.set(term, new Uint8Array(this.dataset.events.length));
				continue;
			}
			try {
				const hits = await details.search(term);
				this.#found.set(term, hits);
				this.detailsError = undefined;
			} catch (error) {
				// Titles still match; the reader is told the quotes were not searched.
				this.detailsError = { key: 'error.search', message: (error as Error).message };
				this.#found.set(term, new Uint8Array(this.dataset.events.length));
			}
		}
	}

	/** Restore the view from a link (or a widget's attributes); what it cannot use becomes a notice. */
	apply(params: URLSearchParams, origin?: NoticeOrigin): void {
		const { state, notices } = parseViewParams(params, this.dataset, origin);
		// Keep the same filter object when nothing changed, so the timeline keeps its zoom.
		if (viewToSearch({ filter: state.filter }) !== viewToSearch({ filter: this.filter }))
			this.filter = state.filter;
		this.selected = state.event;
		this.lang = state.lang;
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
