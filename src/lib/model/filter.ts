/**
 * Event filtering: by actors (optionally through membership), types, a date window and free text.
 * What every query needs is computed once per dataset in `indexDataset`, so filtering 100,000 events
 * on each keystroke stays a linear scan of sets and strings.
 */

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
}

/** The filter that keeps every event. Copy it (arrays included) before changing it. */
export const EMPTY_FILTER: EventFilter = { actors: [], match: 'any', members: false, types: [], q: '' };

/** A dataset with what filtering needs precomputed; build it once per dataset with `indexDataset`. */
export interface DatasetIndex {
	readonly dataset: Dataset;
	readonly events: readonly TimelineEvent[];
	/** Each actor's id with the ids of every actor it is transitively a member of. */
	readonly ancestors: ReadonlyMap<ActorId, ReadonlySet<ActorId>>;
	/** Per event (same order as `events`): its own actors. */
	readonly direct: readonly ReadonlySet<ActorId>[];
	/** Per event: its actors and everything they are members of. */
	readonly expanded: readonly ReadonlySet<ActorId>[];
	/** Per event: title, summary, place, actor names and aliases and quotes, folded by `searchText`. */
	readonly text: readonly string[];
}

// Letters that NFD does not decompose but readers type without the stroke or dot.
const UNDECOMPOSED: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ħ: 'h' };

/** Lowercase without diacritics, so "cavusoglu" finds "Çavuşoğlu". */
export function searchText(s: string): string {
	return s
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[ıłøđħ]/g, (c) => UNDECOMPOSED[c] ?? c);
}

/** Precomputes actor ancestry, per-event actor sets and search text for `filterEvents`. */
export function indexDataset(dataset: Dataset): DatasetIndex {
	const actors = new Map<ActorId, Actor>(dataset.actors.map((a) => [a.id, a]));
	const ancestors = new Map<ActorId, Set<ActorId>>();
	for (const actor of dataset.actors) ancestors.set(actor.id, ancestorsOf(actor.id, actors));

	const direct: Set<ActorId>[] = [];
	const expanded: Set<ActorId>[] = [];
	const text: string[] = [];
	for (const event of dataset.events) {
		direct.push(new Set(event.actors));
		const all = new Set<ActorId>();
		for (const id of event.actors) for (const a of ancestors.get(id) ?? [id]) all.add(a);
		expanded.push(all);

		const parts = [event.title, event.summary ?? '', event.place ?? ''];
		for (const id of event.actors) {
			const actor = actors.get(id);
			if (actor) parts.push(actor.name, ...actor.aliases);
		}
		for (const source of event.sources) parts.push(source.quote);
		// A newline between fields: terms never contain whitespace, so no term matches across two fields.
		text.push(searchText(parts.join('\n')));
	}
	return { dataset, events: dataset.events, ancestors, direct, expanded, text };
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

/** Whether the filter keeps every event. */
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
		f.q.trim()
	].filter(Boolean).length;
}

type Test = (i: number) => boolean;

// Everything but the actors: `countByActor` needs exactly this part on its own.
function otherTest(index: DatasetIndex, filter: EventFilter): Test {
	const { events, text } = index;
	const types = filter.types.length > 0 ? new Set(filter.types) : undefined;
	const { from, to } = filter;
	const terms = searchText(filter.q).split(/\s+/).filter(Boolean);
	return (i) => {
		const event = events[i]!;
		if (types && !types.has(event.type)) return false;
		if (from && event.end < from) return false;
		if (to && event.start > to) return false;
		if (terms.length > 0) {
			const haystack = text[i]!;
			for (const term of terms) if (!haystack.includes(term)) return false;
		}
		return true;
	};
}

function actorSets(index: DatasetIndex, members: boolean): readonly ReadonlySet<ActorId>[] {
	return members ? index.expanded : index.direct;
}

/** The events the filter keeps, in dataset order. */
export function filterEvents(index: DatasetIndex, filter: EventFilter): TimelineEvent[] {
	// The first view of every page: nothing to test, so no pass over every event.
	if (isFilterEmpty(filter)) return index.events.slice();
	const other = otherTest(index, filter);
	const sets = actorSets(index, filter.members);
	const selected = filter.actors;
	const involves = (i: number): boolean => {
		if (selected.length === 0) return true;
		const set = sets[i]!;
		return filter.match === 'all' ? selected.every((a) => set.has(a)) : selected.some((a) => set.has(a));
	};
	return index.events.filter((_, i) => other(i) && involves(i));
}

/**
 * Per actor, how many events pass every filter except the actor selection and involve that actor:
 * the counts a multi-select shows beside each option. Every dataset actor has an entry, 0 included.
 */
export function countByActor(index: DatasetIndex, filter: EventFilter): Map<ActorId, number> {
	const counts = new Map<ActorId, number>(index.dataset.actors.map((a) => [a.id, 0]));
	const other = otherTest(index, filter);
	const sets = actorSets(index, filter.members);
	for (let i = 0; i < index.events.length; i++) {
		if (!other(i)) continue;
		for (const id of sets[i]!) {
			const n = counts.get(id);
			if (n !== undefined) counts.set(id, n + 1);
		}
	}
	return counts;
}
