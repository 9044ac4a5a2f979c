/**
 * The events of a compact index as the browser keeps them: columns (typed arrays, one string per text
 * column), with a small object per event that reads its fields from them when asked. A million events
 * are then a few dozen arrays rather than a million objects with their strings and actor lists; what
 * scans every event (the timeline's window index, the filters' type bits) reads the columns.
 */

import { PENDING_SOURCES } from './compact-index.ts';
import type { ColumnArray } from './packed-column.ts';
import type {
	ActorId,
	EventId,
	EventType,
	IsoDate,
	PeriodPart,
	Precision,
	Source,
	TimelineEvent
} from './types.ts';

/** Every event's index fields, by position. */
export interface EventColumns {
	count: number;
	/** All ids one after the other; event i's is `ids.slice(idStart[i], idStart[i + 1])`. */
	ids: string;
	idStart: Uint32Array;
	titles: string;
	titleStart: Uint32Array;
	/** First and last day, as day numbers (days since 1970-01-01). */
	first: Int32Array;
	last: Int32Array;
	/** Codes into `types` and `precisions`. */
	type: ColumnArray;
	types: readonly string[];
	precision: ColumnArray;
	precisions: readonly string[];
	/** Event i's actors are the codes `actorCodes[actorStart[i]..actorStart[i + 1]]`, into `actorIds`. */
	actorStart: Uint32Array;
	actorCodes: ColumnArray;
	actorIds: readonly ActorId[];
	/** NaN where an event has no confidence; undefined when none has. */
	confidence?: Float64Array;
	/** -1 where an event has no value, else 0 (false) or 1 (true); undefined when none has. */
	planned?: Int8Array;
	inferred?: Int8Array;
	/** Codes into `parts`, -1 where an event has none; undefined when none has. */
	part?: Int8Array;
	parts: readonly string[];
	/** Each distinct day as a date, made once: `date(n)`. */
	date(day: number): IsoDate;
}

const flag = (values: Int8Array | undefined, i: number) =>
	values === undefined || values[i] === -1 ? undefined : values[i] === 1;

/**
 * An event of a compact index, whose fields are read from the columns when asked. It behaves as a
 * `TimelineEvent` for reading; `plainEvent` (or JSON) gives the plain object, for copying or
 * spreading, which see only own fields.
 */
export class IndexedEvent {
	readonly columns: EventColumns;
	/** Its position in the index. */
	readonly position: number;

	constructor(columns: EventColumns, position: number) {
		this.columns = columns;
		this.position = position;
	}

	get id(): EventId {
		const { ids, idStart } = this.columns;
		return ids.slice(idStart[this.position], idStart[this.position + 1]);
	}

	get title(): string {
		const { titles, titleStart } = this.columns;
		return titles.slice(titleStart[this.position], titleStart[this.position + 1]);
	}

	get type(): EventType {
		return this.columns.types[this.columns.type[this.position]!] as EventType;
	}

	get precision(): Precision {
		return this.columns.precisions[this.columns.precision[this.position]!] as Precision;
	}

	get start(): IsoDate {
		return this.columns.date(this.columns.first[this.position]!);
	}

	get end(): IsoDate {
		return this.columns.date(this.columns.last[this.position]!);
	}

	get actors(): ActorId[] {
		const { actorStart, actorCodes, actorIds } = this.columns;
		const out: ActorId[] = [];
		for (let k = actorStart[this.position]!; k < actorStart[this.position + 1]!; k++)
			out.push(actorIds[actorCodes[k]!]!);
		return out;
	}

	/** The shared `PENDING_SOURCES` until the event's details arrive (`withDetails`). */
	get sources(): Source[] {
		return PENDING_SOURCES;
	}

	get confidence(): number | undefined {
		const value = this.columns.confidence?.[this.position];
		return value === undefined || Number.isNaN(value) ? undefined : value;
	}

	get planned(): boolean | undefined {
		return flag(this.columns.planned, this.position);
	}

	get inferred(): boolean | undefined {
		return flag(this.columns.inferred, this.position);
	}

	get part(): PeriodPart | undefined {
		const code = this.columns.part?.[this.position];
		return code === undefined || code < 0 ? undefined : (this.columns.parts[code] as PeriodPart);
	}

	toJSON(): TimelineEvent {
		return plainEvent(this as unknown as TimelineEvent);
	}
}

/** The fields an `IndexedEvent` has, in the order the dataset writes them. */
const FIELDS = [
	'id',
	'title',
	'type',
	'start',
	'end',
	'precision',
	'actors',
	'sources',
	'confidence',
	'planned',
	'inferred',
	'part'
] as const;

/** An event as a plain object with its fields its own (an `IndexedEvent` copied; any other as it is). */
export function plainEvent(event: TimelineEvent): TimelineEvent {
	if (!(event instanceof IndexedEvent)) return event;
	const plain: Record<string, unknown> = {};
	for (const field of FIELDS) {
		const value = event[field];
		if (value !== undefined) plain[field] = value;
	}
	return plain as unknown as TimelineEvent;
}

/**
 * The columns that `events` were read from, with each event's position in them; undefined unless
 * every event is an `IndexedEvent` of the same index. What lets a scan of every event read typed
 * arrays instead of asking each event.
 */
export function columnsOf(
	events: readonly TimelineEvent[]
): { columns: EventColumns; positions: Int32Array } | undefined {
	const first = events[0];
	if (!(first instanceof IndexedEvent)) return undefined;
	const { columns } = first;
	const positions = new Int32Array(events.length);
	for (let i = 0; i < events.length; i++) {
		const event = events[i];
		if (!(event instanceof IndexedEvent) || event.columns !== columns) return undefined;
		positions[i] = event.position;
	}
	return { columns, positions };
}
