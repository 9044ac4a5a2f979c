/**
 * The dataset contract: what every page, export and widget reads. Defined once here; the pipeline,
 * the pages and the widget all import it. See DESIGN.md, "The dataset".
 */

/** The event kinds a timeline distinguishes, in legend order. */
export const EVENT_TYPES = ['meeting', 'talks', 'agreement', 'statement', 'military', 'other'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** How exactly an event's date is known: "September 2018" is month precision. */
export const PRECISIONS = ['day', 'month', 'year'] as const;
export type Precision = (typeof PRECISIONS)[number];

export const ACTOR_KINDS = ['person', 'country', 'organization', 'group'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** A calendar date written `YYYY-MM-DD`; never an instant, so no time zone can move it. */
export type IsoDate = string;

export type ActorId = string;
export type EventId = string;
export type ArticleId = string;

/** A canonical participant: a person, state, organisation or armed/civil group. */
export interface Actor {
	/** Lowercase slug, e.g. `assad`. */
	id: ActorId;
	name: string;
	kind: ActorKind;
	aliases: string[];
	/** Ids of the actors this one belongs to: a filter on Syria can include its officials. */
	memberOf: ActorId[];
}

/** Where an event is reported: the sentence that says so, with offsets into the article body. */
export interface Source {
	article: ArticleId;
	quote: string;
	start: number;
	end: number;
}

export interface TimelineEvent {
	/** Stable across builds: same input, same id. */
	id: EventId;
	title: string;
	type: EventType;
	start: IsoDate;
	/** Inclusive, >= start. */
	end: IsoDate;
	precision: Precision;
	actors: ActorId[];
	place?: string;
	summary?: string;
	sources: Source[];
}

export interface Article {
	/** The file name without `.md`. */
	id: ArticleId;
	title: string;
	published: IsoDate;
	source: string;
	url?: string;
}

export interface Dataset {
	version: 1;
	actors: Actor[];
	/** Sorted by start, then id. */
	events: TimelineEvent[];
	articles: Article[];
}
