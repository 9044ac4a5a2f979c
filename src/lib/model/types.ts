/**
 * The dataset's TypeScript types, derived from the schemas in `schema.ts`, where the contract and its
 * field documentation are written once. The pipeline, the pages and the widget all import these names.
 */

import type * as v from 'valibot';
import type {
	ACTOR_KINDS,
	ActorSchema,
	ArticleSchema,
	DatasetSchema,
	PERIOD_PARTS,
	PRECISIONS,
	SourceSchema,
	TimelineEventSchema
} from './schema.ts';

export { EVENT_TYPES, type EventType } from './event-types.ts';
export { ACTOR_KINDS, PERIOD_PARTS, PRECISIONS } from './schema.ts';

export type Precision = (typeof PRECISIONS)[number];
export type PeriodPart = (typeof PERIOD_PARTS)[number];
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** A calendar date written `YYYY-MM-DD`; never an instant, so no time zone can move it. */
export type IsoDate = string;

export type ActorId = string;
export type EventId = string;
export type ArticleId = string;

export type Actor = v.InferOutput<typeof ActorSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type TimelineEvent = v.InferOutput<typeof TimelineEventSchema>;
export type Article = v.InferOutput<typeof ArticleSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
