/**
 * The shapes passed between the extraction stages (issue 3). Every stage is a pure function of the
 * article text and the gazetteers; offsets are UTF-16 indexes into the article body, as `Source` has.
 *
 *   body ─► sentences ─► dates (timex) ─┐
 *                    ├─► actor mentions ─┼─► events per article ─► merge (with curated) ─► dataset
 *                    ├─► place mentions ─┤
 *                    └─► triggers ───────┘
 */
import type {
	ActorId,
	ActorKind,
	ArticleId,
	EventType,
	IsoDate,
	PeriodPart,
	Precision
} from '../../lib/model/types.ts';

/** A stretch of text: `text === body.slice(start, end)`. */
export interface Span {
	text: string;
	start: number;
	end: number;
}

/** A calendar range a date expression resolves to, in the dataset's terms. */
export interface DateRange {
	start: IsoDate;
	/** Inclusive. */
	end: IsoDate;
	precision: Precision;
	/** "mid-July", "late 2018": the range is the whole period, this says which part the text named. */
	part?: PeriodPart;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A date expression found in text, normalised TIMEX3-style against the document date. */
export interface Timex extends Span {
	type: TimexType;
	/** TIMEX3 value: `2019-04-18`, `2019-03`, `2019-W16`, `2018`, `PAST_REF`, `P3D`… */
	value: string;
	/** TIMEX3 mod for vague parts: START ("early"), MID, END ("late"), APPROX… */
	mod?: string;
	/** The calendar range, for DATE (and TIME) expressions that pin one down. */
	range?: DateRange;
}

/** A mention of an actor in the text. */
export interface ActorMention extends Span {
	actor: ActorId;
	/** How it was recognised, for `--verbose` output and tests. */
	rule: 'name' | 'alias' | 'surname' | 'role' | 'metonym' | 'demonym' | 'unknown';
	/** Set when the gazetteer lacks the name: the actor the extraction invents for it. */
	unknown?: { name: string; kind: ActorKind };
}

/** A mention of a place from the places gazetteer (`data/places.yaml`). */
export interface PlaceMention extends Span {
	/** The place's canonical name, as the dataset's `place` field carries it. */
	place: string;
}

/** A word or phrase that says what kind of event a clause reports. */
export interface Trigger extends Span {
	type: EventType;
	/** The CAMEO code the trigger maps to, e.g. `036`, `057`, `190`. */
	cameo: string;
	/** The trigger's base form, used in titles: `agree`, `meet`, `hold talks`. */
	lemma: string;
}

/** One reported occurrence in one article, before merging across articles. */
export interface ExtractedEvent {
	article: ArticleId;
	title: string;
	type: EventType;
	cameo: string;
	start: IsoDate;
	end: IsoDate;
	precision: Precision;
	part?: PeriodPart;
	/** No date in the clause: the publication date of a reporting verb. */
	inferred?: boolean;
	actors: ActorId[];
	/** Actors the gazetteer lacks, invented from their names (each id is also in `actors`). */
	unknownActors?: { id: ActorId; name: string; kind: ActorKind }[];
	place?: string;
	/** The sentence that reports it, with offsets into the body. */
	quote: Span;
	trigger: Span;
	/** The date expression used, if any. */
	timex?: Span;
	/** Dated after the publication date: scheduled, not yet happened when reported. */
	planned?: boolean;
	/** Who acts, and who is acted on (subsets of `actors`). */
	agents?: ActorId[];
	recipients?: ActorId[];
	/** How sure extraction is that this belongs on a timeline, 0..1 (`confidence.ts`). */
	confidence?: number;
}
