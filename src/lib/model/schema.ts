/**
 * The dataset contract, written once: what every page, export and widget reads (DESIGN.md, "The
 * dataset"). `types.ts` derives the TypeScript types from these schemas. Valibot rather than zod
 * because this ships in the embeddable widget, and its modular API tree-shakes to a kilobyte or two.
 * Cross-references (unknown actors, duplicate ids, order) are checked in `validate.ts`, not here.
 * Messages are predicates on the received value, because `validate.ts` prints them after it.
 */

import * as v from 'valibot';
import { isIsoDate } from './dates.ts';
import { EVENT_TYPES } from './event-types.ts';

/** How exactly an event's date is known: "September 2018" is month precision. */
export const PRECISIONS = ['day', 'month', 'year'] as const;

/** Which part of a month or year a vague date names: "early 2019", "mid-July", "late 2018". */
export const PERIOD_PARTS = ['early', 'mid', 'late'] as const;

export const ACTOR_KINDS = ['person', 'country', 'organization', 'group'] as const;

/**
 * The longest text each field may hold, in UTF-16 code units. Far above anything real (the longest
 * sentence extraction quotes is 1,500), and low enough that a hostile dataset cannot stall a browser:
 * one 20 MB title once took 140 s and 3.3 GB of heap before the page could be used.
 */
export const MAX_LENGTH = {
	id: 200,
	name: 300,
	title: 500,
	quote: 2_000,
	summary: 5_000,
	url: 2_048
} as const;

/** The rules as plain values too: `src/lib/widget/quick-check.ts` applies them without valibot. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
export const CAMEO_PATTERN = /^\d{2,4}$/;
const ISO_DATE_FORMAT = /^\d{4}-\d{2}-\d{2}$/;

export function isWebUrl(s: unknown): boolean {
	if (typeof s !== 'string') return false;
	try {
		// URLs are rendered as links: `javascript:` and friends parse, but must not get through.
		const { protocol } = new URL(s);
		return protocol === 'http:' || protocol === 'https:';
	} catch {
		return false;
	}
}

/** At most `max` characters: the message names the limit. */
const atMost = (max: number) => v.maxLength<string, number, string>(max, `is longer than ${max} characters`);

/** A lowercase slug: `assad`, `2018-09-17-sochi`. */
export const IdSchema = v.pipe(
	v.string(),
	atMost(MAX_LENGTH.id),
	v.regex(ID_PATTERN, 'is not a lowercase id (a-z, 0-9 and "-", not starting with "-")')
);

/** A real calendar date written `YYYY-MM-DD`; never an instant, so no time zone can move it. */
export const IsoDateSchema = v.pipe(
	v.string(),
	v.regex(ISO_DATE_FORMAT, 'is not a date written YYYY-MM-DD'),
	v.check(isIsoDate, 'is not a real calendar date')
);

/** Text that must be there, of at most `max` characters. */
const text = (max: number) => v.pipe(v.string(), v.nonEmpty('is empty'), atMost(max));
const optionalText = (max: number) => v.optional(v.pipe(v.string(), atMost(max)));

const OffsetSchema = v.pipe(v.number(), v.integer('is not a whole number'));

/** A canonical participant: a person, state, organisation or armed/civil group. */
export const ActorSchema = v.object({
	/** Lowercase slug, e.g. `assad`. */
	id: IdSchema,
	name: text(MAX_LENGTH.name),
	kind: v.picklist(ACTOR_KINDS),
	aliases: v.array(v.pipe(v.string(), atMost(MAX_LENGTH.name))),
	/** Ids of the actors this one belongs to: a filter on Syria can include its officials. */
	memberOf: v.array(IdSchema),
	/** Named in an article but not in the gazetteer: the id was made from the name, nobody has checked it. */
	unreviewed: v.optional(v.boolean())
});

/** Where an event is reported: the sentence that says so, with offsets into the article body. */
export const SourceSchema = v.object({
	/** The article's id (its file name without `.md`). */
	article: IdSchema,
	quote: text(MAX_LENGTH.quote),
	// Sign and length are checked with the quote in `validate.ts`, where the problem gets its own code.
	/** Offset of the quote's first character in the article body. */
	start: OffsetSchema,
	/** Offset just past the quote's last character. */
	end: OffsetSchema
});

/** One event on the timeline. */
export const TimelineEventSchema = v.object({
	/** Stable across builds: same input, same id. */
	id: IdSchema,
	title: text(MAX_LENGTH.title),
	type: v.picklist(EVENT_TYPES),
	start: IsoDateSchema,
	/** Inclusive, >= start. */
	end: IsoDateSchema,
	precision: v.picklist(PRECISIONS),
	/** Actor ids. */
	actors: v.array(IdSchema),
	place: optionalText(MAX_LENGTH.name),
	summary: optionalText(MAX_LENGTH.summary),
	sources: v.array(SourceSchema),
	/** The CAMEO event code the type was mapped from, e.g. `036` (express intent to meet). */
	cameo: v.optional(v.pipe(v.string(), v.regex(CAMEO_PATTERN, 'is not a CAMEO code (two to four digits)'))),
	/** No date in the reporting clause: the date is the article's publication date. */
	inferred: v.optional(v.boolean()),
	/** A vague part of the period ("mid-July", "late 2018"): the dates span the whole period. */
	part: v.optional(v.picklist(PERIOD_PARTS)),
	/**
	 * How sure the extraction is that this belongs on a timeline, 0..1, from its evidence (the date, the
	 * actors, the trigger, the reports). The views hide events below `CONFIDENCE_THRESHOLD` by default.
	 */
	confidence: v.optional(v.pipe(v.number(), v.minValue(0, 'is below 0'), v.maxValue(1, 'is above 1'))),
	/** Scheduled, not yet happened when reported ("talks are scheduled for Monday"). */
	planned: v.optional(v.boolean()),
	/** The actors who act (CAMEO/PLOVER's source): a subset of `actors`. */
	agents: v.optional(v.array(IdSchema)),
	/** The actors acted on (CAMEO/PLOVER's target): a subset of `actors`. */
	recipients: v.optional(v.array(IdSchema))
});

/** A source article, without its body. */
export const ArticleSchema = v.object({
	/** The file name without `.md`. */
	id: IdSchema,
	title: text(MAX_LENGTH.title),
	published: IsoDateSchema,
	source: text(MAX_LENGTH.name),
	url: v.optional(
		v.pipe(
			v.string(),
			atMost(MAX_LENGTH.url),
			v.check((s: string) => isWebUrl(s), 'is not an http(s) URL')
		)
	)
});

/** The whole dataset, version 1. */
export const DatasetSchema = v.object({
	version: v.literal(1),
	actors: v.array(ActorSchema),
	/** Sorted by start, then id. */
	events: v.array(TimelineEventSchema),
	articles: v.array(ArticleSchema)
});
