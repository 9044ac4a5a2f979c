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

/** Which part of a month or year a vague date names: "early 2019", "mid-July", "late 2018". */
export const PERIOD_PARTS = ['early', 'mid', 'late'] as const;
export type PeriodPart = (typeof PERIOD_PARTS)[number];

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
	/** Named in an article but not in the gazetteer: the id was made from the name, nobody has checked it. */
	unreviewed?: boolean;
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
	/** The CAMEO event code the type was mapped from, e.g. `036` (express intent to meet). */
	cameo?: string;
	/** No date in the reporting clause: the date is the article's publication date. */
	inferred?: boolean;
	/** A vague part of the period ("mid-July", "late 2018"): the dates span the whole period. */
	part?: PeriodPart;
	/**
	 * How sure the extraction is that this belongs on a timeline, 0..1, from its evidence (the date, the
	 * actors, the trigger, the reports). The views hide events below `CONFIDENCE_THRESHOLD` by default.
	 */
	confidence?: number;
	/** Scheduled, not yet happened when reported ("talks are scheduled for Monday"). */
	planned?: boolean;
	/** The actors who act (CAMEO/PLOVER's source): a subset of `actors`. */
	agents?: ActorId[];
	/** The actors acted on (CAMEO/PLOVER's target): a subset of `actors`. */
	recipients?: ActorId[];
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
