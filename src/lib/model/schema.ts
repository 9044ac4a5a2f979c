/**
 * The dataset's shape as valibot schemas, mirroring `types.ts`. Valibot rather than zod because this
 * ships in the embeddable widget, and its modular API tree-shakes to a kilobyte or two.
 * Cross-references (unknown actors, duplicate ids, order) are checked in `validate.ts`, not here.
 * Messages are predicates on the received value, because `validate.ts` prints them after it.
 */

import * as v from 'valibot';
import { isIsoDate } from './dates.ts';
import { ACTOR_KINDS, EVENT_TYPES, PERIOD_PARTS, PRECISIONS } from './types.ts';

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

/** A lowercase slug: `assad`, `2018-09-17-sochi`. */
export const IdSchema = v.pipe(
	v.string(),
	v.regex(ID_PATTERN, 'is not a lowercase id (a-z, 0-9 and "-", not starting with "-")')
);

/** A real calendar date written `YYYY-MM-DD`. */
export const IsoDateSchema = v.pipe(
	v.string(),
	v.regex(ISO_DATE_FORMAT, 'is not a date written YYYY-MM-DD'),
	v.check(isIsoDate, 'is not a real calendar date')
);

const TextSchema = v.pipe(v.string(), v.nonEmpty('is empty'));

const OffsetSchema = v.pipe(v.number(), v.integer('is not a whole number'));

/** A participant; `memberOf` lets a filter on a state include its officials. */
export const ActorSchema = v.object({
	id: IdSchema,
	name: TextSchema,
	kind: v.picklist(ACTOR_KINDS),
	aliases: v.array(v.string()),
	memberOf: v.array(IdSchema),
	unreviewed: v.optional(v.boolean())
});

/** The sentence that reports an event, with its offsets into the article body. */
export const SourceSchema = v.object({
	article: IdSchema,
	quote: TextSchema,
	// Sign and length are checked with the quote in `validate.ts`, where the problem gets its own code.
	start: OffsetSchema,
	end: OffsetSchema
});

/** One event on the timeline. */
export const TimelineEventSchema = v.object({
	id: IdSchema,
	title: TextSchema,
	type: v.picklist(EVENT_TYPES),
	start: IsoDateSchema,
	end: IsoDateSchema,
	precision: v.picklist(PRECISIONS),
	actors: v.array(IdSchema),
	place: v.optional(v.string()),
	summary: v.optional(v.string()),
	sources: v.array(SourceSchema),
	cameo: v.optional(v.pipe(v.string(), v.regex(CAMEO_PATTERN, 'is not a CAMEO code (two to four digits)'))),
	inferred: v.optional(v.boolean()),
	part: v.optional(v.picklist(PERIOD_PARTS)),
	confidence: v.optional(v.pipe(v.number(), v.minValue(0, 'is below 0'), v.maxValue(1, 'is above 1'))),
	planned: v.optional(v.boolean()),
	agents: v.optional(v.array(IdSchema)),
	recipients: v.optional(v.array(IdSchema))
});

/** A source article, without its body. */
export const ArticleSchema = v.object({
	id: IdSchema,
	title: TextSchema,
	published: IsoDateSchema,
	source: TextSchema,
	url: v.optional(
		v.pipe(
			v.string(),
			v.check((s: string) => isWebUrl(s), 'is not an http(s) URL')
		)
	)
});

/** The whole dataset, version 1. */
export const DatasetSchema = v.object({
	version: v.literal(1),
	actors: v.array(ActorSchema),
	events: v.array(TimelineEventSchema),
	articles: v.array(ArticleSchema)
});
