import { describe, expect, it } from 'vitest';
import {
	countByActor,
	EMPTY_FILTER,
	filterEvents,
	indexDataset,
	searchText,
	type EventFilter
} from '../../../src/lib/model/filter';
import { EVENT_TYPES, type Dataset, type TimelineEvent } from '../../../src/lib/model/types';
import { syntheticDataset } from '../../support/synthetic';

// The plain reading of each rule, one Set per event: the indexed version must agree with it exactly.
function reference(dataset: Dataset, filter: EventFilter): { events: string[]; counts: Map<string, number> } {
	const actors = new Map(dataset.actors.map((a) => [a.id, a]));
	const ancestors = (id: string): Set<string> => {
		const seen = new Set([id]);
		const stack = [id];
		for (let c = stack.pop(); c !== undefined; c = stack.pop())
			for (const p of actors.get(c)?.memberOf ?? []) {
				if (seen.has(p)) continue;
				seen.add(p);
				stack.push(p);
			}
		return seen;
	};
	const setOf = (e: TimelineEvent) =>
		new Set(filter.members ? e.actors.flatMap((id) => [...ancestors(id)]) : e.actors);
	const terms = searchText(filter.q).split(/\s+/).filter(Boolean);
	const other = (e: TimelineEvent) => {
		const text = searchText(
			[
				e.title,
				e.summary ?? '',
				e.place ?? '',
				...e.actors.flatMap((id) => {
					const a = actors.get(id);
					return a ? [a.name, ...a.aliases] : [];
				}),
				...e.sources.map((s) => s.quote)
			].join('\n')
		);
		return (
			(filter.types.length === 0 || filter.types.includes(e.type)) &&
			(!filter.from || e.end >= filter.from) &&
			(!filter.to || e.start <= filter.to) &&
			terms.every((t) => text.includes(t))
		);
	};
	const events = dataset.events
		.filter((e) => {
			const set = setOf(e);
			const involved =
				filter.actors.length === 0 ||
				(filter.match === 'all'
					? filter.actors.every((a) => set.has(a))
					: filter.actors.some((a) => set.has(a)));
			return other(e) && involved;
		})
		.map((e) => e.id);
	const counts = new Map(dataset.actors.map((a) => [a.id, 0]));
	for (const e of dataset.events)
		if (other(e)) for (const id of setOf(e)) if (counts.has(id)) counts.set(id, counts.get(id)! + 1);
	return { events, counts };
}

describe('filtering a large dataset', () => {
	const dataset = syntheticDataset({ events: 3000, seed: 11 });
	const index = indexDataset(dataset);
	const person = dataset.actors.find((a) => a.kind === 'person')!;

	it.each<[string, Partial<EventFilter>]>([
		['one state', { actors: ['russia'] }],
		['one state with members', { actors: ['russia'], members: true }],
		['two actors, any', { actors: ['iran', person.id] }],
		['two actors, all', { actors: ['russia', 'turkey'], match: 'all' }],
		['two actors, all, with members', { actors: ['russia', 'turkey'], match: 'all', members: true }],
		['the same actor twice, all', { actors: ['russia', 'russia'], match: 'all' }],
		['an unknown actor', { actors: ['nobody'] }],
		['an unknown actor among known ones, any', { actors: ['nobody', 'iran'] }],
		['types', { types: ['talks', 'military'] }],
		['a date window', { from: '2015-03-01', to: '2016-06-30' }],
		['text', { q: 'geneva' }],
		['two terms', { q: 'ceasefire sochi' }],
		['a surname', { q: person.name.split(' ')[1]!.toLowerCase() }],
		[
			'everything at once',
			{
				actors: ['russia', 'iran'],
				members: true,
				types: [...EVENT_TYPES.slice(0, 3)],
				from: '2013-01-01',
				q: 'in'
			}
		]
	])('agrees with the plain rules: %s', (_, patch) => {
		const filter = { ...EMPTY_FILTER, ...patch };
		const expected = reference(dataset, filter);
		expect(filterEvents(index, filter).map((e) => e.id)).toEqual(expected.events);
		expect(countByActor(index, filter)).toEqual(expected.counts);
	});

	it('finds something for most of these filters', () => {
		// Guards the test above against agreeing only on empty results.
		expect(
			filterEvents(index, { ...EMPTY_FILTER, actors: ['russia', 'turkey'], match: 'all' }).length
		).toBeGreaterThan(10);
		expect(filterEvents(index, { ...EMPTY_FILTER, q: 'geneva' }).length).toBeGreaterThan(10);
	});

	it('folds text without diacritics the same on the ASCII shortcut', () => {
		expect(searchText('Çavuşoğlu IN Ankara')).toBe('cavusoglu in ankara');
		expect(searchText('Lavrov MET')).toBe('lavrov met');
	});
});
