/**
 * Event filtering: by actors (optionally through membership), types, a date window and free text.
 * What every query needs is computed once per dataset in `indexDataset`, so filtering 100,000 events
 * on each keystroke takes a few milliseconds: actor lists instead of a scan, a scan of strings for text.
 */

import { isConfident, isConfidentValue } from './confidence.ts';
import { columnsOf, type EventColumns } from './event-columns.ts';
import { eventSpan } from './span.ts';
import { EVENT_TYPES } from './types.ts';
import type { Actor, ActorId, Dataset, EventType, IsoDate, TimelineEvent } from './types.ts';

/** Whether an event must involve any or all of the selected actors. */
export type Match = 'any' | 'all';

/** What the reader has chosen to see. Empty lists and an empty `q` mean "no constraint". */
export interface EventFilter {
	actors: ActorId[];
	match: Match;
	/** Count an actor's members (transitively): a filter on Russia also matches Putin's events. */
	members: boolean;
	/** Empty means every type. */
	types: EventType[];
	/** Inclusive; an event is kept when its [start, end] overlaps [from, to]. */
	from?: IsoDate;
	to?: IsoDate;
	q: string;
	/** Show the events below the confidence threshold too (`CONFIDENCE_THRESHOLD`); hidden by default. */
	uncertain: boolean;
}

/**
 * The default view: every event at or above the confidence threshold. Copy it (arrays included)
 * before changing it.
 */
export const EMPTY_FILTER: EventFilter = {
	actors: [],
	match: 'any',
	members: false,
	types: [],
	q: '',
	uncertain: false
};

/**
 * A dataset with what filtering needs precomputed; build it once per dataset with `indexDataset`.
 * Actors are numbered, and each event's actor set is a slice of one typed array (compressed rows),
 * with the inverse (per actor, its events in order) beside it: an actor filter reads only the events
 * it keeps, and counting per actor is a pass over small integers, not over 100,000 Sets.
 */
export interface DatasetIndex {
	readonly dataset: Dataset;
	readonly events: readonly TimelineEvent[];
	/** The first start and last end of all events (`eventSpan`); none for no events. */
	readonly extent: [IsoDate, IsoDate] | undefined;
	/** Each actor's id with the ids of every actor it is transitively a member of. */
	readonly ancestors: ReadonlyMap<ActorId, ReadonlySet<ActorId>>;
	/** Numbers of every actor id the dataset names (its actors first, then any others events name). */
	readonly actorNumber: ReadonlyMap<ActorId, number>;
	/**
	 * Own actors of each event and, with `members`, also what they are members of. Made on first use
	 * (tens of ms at 100,000 events), not while the page loads: when the actor picker opens and counts
	 * its options, before a first actor is chosen.
	 */
	readonly direct: ActorRows;
	readonly expanded: ActorRows;
	/** Per event, a bit for its type (1 << position in EVENT_TYPES). */
	readonly typeBits: Uint8Array;
	/** Per event, 1 when it is below the confidence threshold; undefined when no event is. */
	readonly uncertain: Uint8Array | undefined;
	/** Per event: title, summary, place, actor names, aliases and quotes, folded; made on first use. */
	text(): readonly string[];
}

/** Per event, its actors' numbers (`actors[start[i]..start[i + 1]]`), and per actor, its events. */
export interface ActorRows {
	readonly start: Uint32Array;
	readonly actors: Uint32Array;
	/** Per actor number: indexes of its events, ascending. */
	readonly events: readonly Uint32Array[];
	/** Per actor number: how many events involve it. */
	readonly totals: Uint32Array;
}

// Letters that NFD does not decompose but readers type without the stroke or dot.
const UNDECOMPOSED: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ħ: 'h' };
const NON_ASCII = /[^\p{ASCII}]/u;

/** Lowercase without diacritics, so "cavusoglu" finds "Çavuşoğlu". */
export function searchText(s: string): string {
	// Most text is ASCII, where normalising changes nothing: this halves the cost of indexing.
	if (!NON_ASCII.test(s)) return s.toLowerCase();
	return s
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[ıłøđħ]/g, (c) => UNDECOMPOSED[c] ?? c);
}

/** Indexes already built, by dataset: every view of one dataset (`/`, an actor page) shares one. */
const built = new WeakMap<Dataset, DatasetIndex>();

/**
 * Precomputes actor ancestry, per-event actor rows and type bits for `filterEvents`. Built once per
 * dataset object and kept while it lives, so asking again is free. Datasets are never changed in place.
 */
export function indexDataset(dataset: Dataset): DatasetIndex {
	let index = built.get(dataset);
	if (!index) built.set(dataset, (index = buildIndex(dataset)));
	return index;
}

function buildIndex(dataset: Dataset): DatasetIndex {
	const { events } = dataset;
	const actors = new Map<ActorId, Actor>(dataset.actors.map((a) => [a.id, a]));
	const ancestors = new Map<ActorId, Set<ActorId>>();
	for (const actor of dataset.actors) ancestors.set(actor.id, ancestorsOf(actor.id, actors));

	const actorNumber = new Map<ActorId, number>();
	const number = (id: ActorId): number => {
		let n = actorNumber.get(id);
		if (n === undefined) actorNumber.set(id, (n = actorNumber.size));
		return n;
	};
	for (const actor of dataset.actors) number(actor.id);
	// Events read from a compact index: its actor ids are these same ids, in the same order, and
	// the type and confidence columns are at hand; no event need be asked.
	const indexed = columnsOf(events);
	if (indexed) for (const id of indexed.columns.actorIds) number(id);
	else for (const event of events) for (const id of event.actors) number(id);
	// An id no actor declares is its own only ancestor, as before.
	const ancestorNumbers: number[][] = [];
	for (const [id, n] of [...actorNumber]) ancestorNumbers[n] = [...(ancestors.get(id) ?? [id])].map(number);

	const typeBits = new Uint8Array(events.length);
	let uncertain: Uint8Array | undefined;
	if (indexed) {
		const { columns, positions } = indexed;
		const bits = columns.types.map(typeBit);
		const { confidence } = columns;
		for (let i = 0; i < events.length; i++) {
			const p = positions[i]!;
			typeBits[i] = bits[columns.type[p]!]!;
			if (confidence && !isConfidentValue(confidence[p]))
				(uncertain ??= new Uint8Array(events.length))[i] = 1;
		}
	} else {
		for (let i = 0; i < events.length; i++) typeBits[i] = typeBit(events[i]!.type);
		for (let i = 0; i < events.length; i++) {
			if (!isConfident(events[i]!)) (uncertain ??= new Uint8Array(events.length))[i] = 1;
		}
	}

	let text: string[] | undefined;
	let direct: ActorRows | undefined;
	let expanded: ActorRows | undefined;
	return {
		dataset,
		events,
		extent: indexed ? columnSpan(indexed.columns, indexed.positions) : eventSpan(events),
		ancestors,
		actorNumber,
		get direct() {
			return (direct ??= actorRows(
				events,
				actorNumber,
				ancestorNumbers.map((_, n) => [n])
			));
		},
		get expanded() {
			return (expanded ??= actorRows(events, actorNumber, ancestorNumbers));
		},
		typeBits,
		uncertain,
		text: () => (text ??= eventTexts(events, actors))
	};
}

/** `eventSpan` of events read from a compact index, from their day numbers. */
function columnSpan(columns: EventColumns, positions: Int32Array): [IsoDate, IsoDate] | undefined {
	if (positions.length === 0) return undefined;
	let first = Infinity;
	let last = -Infinity;
	for (let i = 0; i < positions.length; i++) {
		const p = positions[i]!;
		if (columns.first[p]! < first) first = columns.first[p]!;
		if (columns.last[p]! > last) last = columns.last[p]!;
	}
	return [columns.date(first), columns.date(last)];
}

function typeBit(type: string): number {
	const i = (EVENT_TYPES as readonly string[]).indexOf(type);
	// An unknown type (only in an invalid dataset) matches no type filter, as before.
	return i < 0 ? 0 : 1 << i;
}

// `reach[n]`: the actor numbers an event with actor n counts (n itself, or n and what it belongs to).
function actorRows(
	events: readonly TimelineEvent[],
	actorNumber: ReadonlyMap<ActorId, number>,
	reach: readonly (readonly number[])[]
): ActorRows {
	const actorCount = actorNumber.size;
	const start = new Uint32Array(events.length + 1);
	const numbers: number[] = [];
	// Which event last added each actor: an event counts an actor once, however often it is reached.
	const seen = new Int32Array(actorCount).fill(-1);
	const totals = new Uint32Array(actorCount);
	for (let i = 0; i < events.length; i++) {
		start[i] = numbers.length;
		for (const id of events[i]!.actors) {
			for (const n of reach[actorNumber.get(id)!]!) {
				if (seen[n] === i) continue;
				seen[n] = i;
				numbers.push(n);
				totals[n]!++;
			}
		}
	}
	start[events.length] = numbers.length;
	const lists = Array.from({ length: actorCount }, (_, n) => new Uint32Array(totals[n]!));
	const filled = new Uint32Array(actorCount);
	for (let i = 0; i < events.length; i++) {
		for (let k = start[i]!; k < start[i + 1]!; k++) {
			const n = numbers[k]!;
			lists[n]![filled[n]!++] = i;
		}
	}
	return { start, actors: Uint32Array.from(numbers), events: lists, totals };
}

function eventTexts(events: readonly TimelineEvent[], actors: Map<ActorId, Actor>): string[] {
	// Actor names recur in thousands of events: fold each actor's once.
	const actorText = new Map<ActorId, string>();
	for (const [id, actor] of actors) actorText.set(id, searchText([actor.name, ...actor.aliases].join('\n')));
	return events.map((event) => {
		const parts = [searchText(event.title), searchText(event.summary ?? ''), searchText(event.place ?? '')];
		for (const id of event.actors) {
			const folded = actorText.get(id);
			if (folded !== undefined) parts.push(folded);
		}
		for (const source of event.sources) parts.push(searchText(source.quote));
		// A newline between fields: terms never contain whitespace, so no term matches across two fields.
		return parts.join('\n');
	});
}

// Depth-first over memberOf, remembering what was visited so a membership cycle ends.
function ancestorsOf(id: ActorId, actors: Map<ActorId, Actor>): Set<ActorId> {
	const seen = new Set<ActorId>([id]);
	const stack = [id];
	for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
		for (const parent of actors.get(current)?.memberOf ?? []) {
			if (!seen.has(parent)) {
				seen.add(parent);
				stack.push(parent);
			}
		}
	}
	return seen;
}

/** Whether the filter sets no constraint of its own (the confidence threshold aside). */
export function isFilterEmpty(f: EventFilter): boolean {
	return f.actors.length === 0 && f.types.length === 0 && !f.from && !f.to && f.q.trim() === '';
}

/**
 * How many settings differ from the default view, `match` and `members` included even when they
 * keep every event: what a "Filters (2 active)" toggle counts and a "Clear filters" button resets.
 */
export function changedSettings(f: EventFilter): number {
	return [
		f.actors.length > 0,
		f.match !== 'any',
		f.members,
		f.types.length > 0,
		f.from || f.to,
		f.q.trim(),
		f.uncertain
	].filter(Boolean).length;
}

type Test = (i: number) => boolean;

/** The terms of a text query, folded: an event must match every one. */
export function searchTerms(q: string): string[] {
	return searchText(q).split(/\s+/).filter(Boolean);
}

/**
 * Per search term, the events (one byte each, by position) whose details match it: what a search
 * index says of the quotes, summaries and places that a compact index leaves out. An event matches
 * a term found either in its own text or here.
 */
export type DetailMatches = ReadonlyMap<string, Uint8Array>;

// Everything but the actors: `countByActor` needs exactly this part on its own. Undefined: keeps all.
function otherTest(index: DatasetIndex, filter: EventFilter, found?: DetailMatches): Test | undefined {
	const { events, typeBits } = index;
	const uncertain = filter.uncertain ? undefined : index.uncertain;
	let mask = 0;
	for (const type of filter.types) mask |= typeBit(type);
	const typed = filter.types.length > 0;
	const { from, to } = filter;
	const terms = searchTerms(filter.q);
	const inDetails = terms.map((term) => found?.get(term));
	if (!typed && !from && !to && terms.length === 0 && !uncertain) return undefined;
	const text = terms.length > 0 ? index.text() : [];
	return (i) => {
		if (uncertain && uncertain[i] === 1) return false;
		if (typed && (typeBits[i]! & mask) === 0) return false;
		if (from && events[i]!.end < from) return false;
		if (to && events[i]!.start > to) return false;
		if (terms.length > 0) {
			const haystack = text[i]!;
			for (let t = 0; t < terms.length; t++)
				if (!haystack.includes(terms[t]!) && !inDetails[t]?.[i]) return false;
		}
		return true;
	};
}

function rowsOf(index: DatasetIndex, members: boolean): ActorRows {
	return members ? index.expanded : index.direct;
}

/**
 * The events involving the selected actors, ascending; undefined when no actor is selected.
 * Built from the actors' event lists, so its cost follows the number of matches, not of events.
 */
function actorMatches(index: DatasetIndex, filter: EventFilter): ArrayLike<number> | undefined {
	if (filter.actors.length === 0) return undefined;
	const rows = rowsOf(index, filter.members);
	const wanted = [...new Set(filter.actors)].map((id) => index.actorNumber.get(id));
	const lists = wanted.map((n) => (n === undefined ? new Uint32Array(0) : rows.events[n]!));
	if (lists.length === 1) return lists[0];
	const n = index.events.length;
	const hits = new Uint8Array(n);
	for (const list of lists) for (let k = 0; k < list.length; k++) hits[list[k]!]!++;
	const need = filter.match === 'all' ? lists.length : 1;
	const out: number[] = [];
	for (let i = 0; i < n; i++) if (hits[i]! >= need) out.push(i);
	return out;
}

/** The events the filter keeps, in dataset order; `found` adds what the details match (see `DetailMatches`). */
export function filterEvents(
	index: DatasetIndex,
	filter: EventFilter,
	found?: DetailMatches
): readonly TimelineEvent[] {
	// The first view of every page: nothing to test, so no pass over (or copy of) every event.
	if (isFilterEmpty(filter) && (filter.uncertain || !index.uncertain)) return index.events;
	const other = otherTest(index, filter, found);
	const { events } = index;
	const out: TimelineEvent[] = [];
	const matches = actorMatches(index, filter);
	if (matches) {
		for (let k = 0; k < matches.length; k++) {
			const i = matches[k]!;
			if (!other || other(i)) out.push(events[i]!);
		}
	} else {
		for (let i = 0; i < events.length; i++) if (!other || other(i)) out.push(events[i]!);
	}
	return out;
}

/**
 * Per actor, how many events pass every filter except the actor selection and involve that actor:
 * the counts a multi-select shows beside each option. Every dataset actor has an entry, 0 included.
 */
export function countByActor(
	index: DatasetIndex,
	filter: EventFilter,
	found?: DetailMatches
): Map<ActorId, number> {
	const rows = rowsOf(index, filter.members);
	const other = otherTest(index, filter, found);
	let totals = rows.totals;
	if (other) {
		totals = new Uint32Array(rows.totals.length);
		const { start, actors } = rows;
		for (let i = 0; i < index.events.length; i++) {
			if (!other(i)) continue;
			for (let k = start[i]!; k < start[i + 1]!; k++) totals[actors[k]!]!++;
		}
	}
	return new Map(index.dataset.actors.map((a) => [a.id, totals[index.actorNumber.get(a.id)!]!]));
}
