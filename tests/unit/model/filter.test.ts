import { describe, expect, it } from 'vitest';
import {
	countByActor,
	EMPTY_FILTER,
	filterEvents,
	indexDataset,
	isFilterEmpty,
	changedSettings,
	searchText,
	type EventFilter
} from '../../../src/lib/model/filter';
import type { Dataset } from '../../../src/lib/model/types';
import { fixture } from './fixture';
import { decodeIndex } from '../../../src/lib/model/decode-index';
import { encodeIndex } from '../../../src/lib/model/encode-index';
import { syntheticDataset } from '../../support/synthetic.ts';

const index = indexDataset(fixture());

function ids(filter: Partial<EventFilter>): string[] {
	return filterEvents(index, { ...EMPTY_FILTER, ...filter }).map((e) => e.id);
}

const ALL = fixture().events.map((e) => e.id);

describe('filterEvents', () => {
	it('keeps every event, in dataset order, for the empty filter', () => {
		expect(ids({})).toEqual(ALL);
	});

	it.each<[string, Partial<EventFilter>, string[]]>([
		['one actor', { actors: ['putin'] }, ['sochi-memorandum', 'winter-talks']],
		[
			'any of two actors',
			{ actors: ['putin', 'cavusoglu'] },
			['lavrov-cavusoglu-talks', 'sochi-memorandum', 'ministers-meet-antalya', 'winter-talks']
		],
		[
			'all of two actors',
			{ actors: ['lavrov', 'cavusoglu'], match: 'all' },
			['lavrov-cavusoglu-talks', 'ministers-meet-antalya']
		],
		['all of two actors that never meet', { actors: ['putin', 'cavusoglu'], match: 'all' }, []],
		['a state without its members', { actors: ['russia'] }, ['astana-round-12', 'idlib-shelling']],
		[
			'a state with its members',
			{ actors: ['russia'], members: true },
			[
				'lavrov-cavusoglu-talks',
				'sochi-memorandum',
				'astana-round-12',
				'idlib-shelling',
				'lavrov-statement',
				'ministers-meet-antalya',
				'winter-talks'
			]
		],
		[
			'an alliance with members of members',
			{ actors: ['nato'], members: true },
			[
				'nato-review-2018',
				'lavrov-cavusoglu-talks',
				'sochi-memorandum',
				'astana-round-12',
				'ministers-meet-antalya',
				'winter-talks'
			]
		],
		['an alliance without its members', { actors: ['nato'] }, ['nato-review-2018', 'winter-talks']],
		[
			'all of two states with members',
			{ actors: ['russia', 'turkey'], match: 'all', members: true },
			['lavrov-cavusoglu-talks', 'sochi-memorandum', 'astana-round-12', 'ministers-meet-antalya']
		],
		[
			'a member does not match its state',
			{ actors: ['putin'], members: true },
			['sochi-memorandum', 'winter-talks']
		],
		['an actor that is not in the dataset', { actors: ['erdogan'] }, []]
	])('filters by %s', (_, filter, expected) => {
		expect(ids(filter)).toEqual(expected);
	});

	it.each<[string, Partial<EventFilter>, string[]]>([
		['one type', { types: ['agreement'] }, ['sochi-memorandum']],
		['two types', { types: ['meeting', 'military'] }, ['idlib-shelling', 'ministers-meet-antalya']],
		['types and actors together', { types: ['talks'], actors: ['turkey'] }, ['astana-round-12']]
	])('filters by %s', (_, filter, expected) => {
		expect(ids(filter)).toEqual(expected);
	});

	it.each<[string, Partial<EventFilter>, string[]]>([
		[
			'from the last day of a range',
			{ from: '2019-04-26' },
			['astana-round-12', 'idlib-shelling', 'lavrov-statement', 'ministers-meet-antalya', 'winter-talks']
		],
		[
			'from the day after a range',
			{ from: '2019-04-27' },
			['idlib-shelling', 'lavrov-statement', 'ministers-meet-antalya', 'winter-talks']
		],
		['to the first day of a range', { to: '2018-09-01' }, ['nato-review-2018', 'lavrov-cavusoglu-talks']],
		['to the day before a range', { to: '2018-08-31' }, ['nato-review-2018']],
		[
			'a single day inside a month and a year',
			{ from: '2018-09-17', to: '2018-09-17' },
			['nato-review-2018', 'lavrov-cavusoglu-talks', 'sochi-memorandum']
		],
		[
			'a window inside a multi-day event',
			{ from: '2019-10-31', to: '2019-11-01' },
			['ministers-meet-antalya']
		],
		['a window across a year end', { from: '2020-01-15', to: '2020-02-01' }, ['winter-talks']],
		['a window with nothing in it', { from: '2019-07-01', to: '2019-09-30' }, []]
	])('keeps events overlapping %s', (_, filter, expected) => {
		expect(ids(filter)).toEqual(expected);
	});

	it.each<[string, string, string[]]>([
		['in any case', 'IDLIB', ['sochi-memorandum', 'idlib-shelling']],
		['without diacritics', 'cavusoglu', ['lavrov-cavusoglu-talks', 'ministers-meet-antalya']],
		['with diacritics in the query', 'Çavuşoğlu', ['lavrov-cavusoglu-talks', 'ministers-meet-antalya']],
		['in an actor alias', 'foreign minister', ['lavrov-cavusoglu-talks', 'ministers-meet-antalya']],
		['in an actor alias only', 'kremlin', ['astana-round-12', 'idlib-shelling']],
		['in a source quote', 'Khan Sheikhoun', ['idlib-shelling']],
		['in a place', 'antalya', ['ministers-meet-antalya']],
		['in a summary', 'demilitarised', ['sochi-memorandum']],
		['with every term, in any field', 'sochi  putin', ['sochi-memorandum']],
		['only when every term matches', 'sochi lavrov', []],
		['with surrounding whitespace', '  astana\t', ['astana-round-12']],
		['as a substring of a word', 'memo', ['sochi-memorandum']]
	])('finds text %s', (_, q, expected) => {
		expect(ids({ q })).toEqual(expected);
	});

	it('does not match a term across two fields', () => {
		// "Idlib" ends the title and "a demilitarised" starts the summary.
		expect(ids({ q: 'idliba' })).toEqual([]);
	});

	it('survives a membership cycle', () => {
		const d: Dataset = {
			version: 1,
			actors: [
				{ id: 'a', name: 'A', kind: 'group', aliases: [], memberOf: ['b'] },
				{ id: 'b', name: 'B', kind: 'group', aliases: [], memberOf: ['a'] },
				{ id: 'c', name: 'C', kind: 'group', aliases: [], memberOf: [] }
			],
			events: [
				{
					id: 'e1',
					title: 'E1',
					type: 'other',
					start: '2020-01-01',
					end: '2020-01-01',
					precision: 'day',
					actors: ['a'],
					sources: []
				},
				{
					id: 'e2',
					title: 'E2',
					type: 'other',
					start: '2020-01-02',
					end: '2020-01-02',
					precision: 'day',
					actors: ['c'],
					sources: []
				}
			],
			articles: []
		};
		const cyclic = indexDataset(d);
		expect(filterEvents(cyclic, { ...EMPTY_FILTER, actors: ['b'], members: true }).map((e) => e.id)).toEqual([
			'e1'
		]);
		expect([...(cyclic.ancestors.get('a') ?? [])].sort()).toEqual(['a', 'b']);
	});
});

describe('countByActor', () => {
	function counts(filter: Partial<EventFilter>): Record<string, number> {
		return Object.fromEntries(countByActor(index, { ...EMPTY_FILTER, ...filter }));
	}

	it.each<[string, Partial<EventFilter>, Record<string, number>]>([
		[
			'counts direct participation without members',
			{},
			{ russia: 2, putin: 2, lavrov: 3, nato: 2, turkey: 2, cavusoglu: 2 }
		],
		[
			'counts members towards their states with members',
			{ members: true },
			{ russia: 7, putin: 2, lavrov: 3, nato: 6, turkey: 4, cavusoglu: 2 }
		],
		[
			'ignores the actor selection itself',
			{ actors: ['putin'], match: 'all' },
			{ russia: 2, putin: 2, lavrov: 3, nato: 2, turkey: 2, cavusoglu: 2 }
		],
		[
			'respects types',
			{ types: ['talks'] },
			{ russia: 1, putin: 1, lavrov: 1, nato: 1, turkey: 1, cavusoglu: 1 }
		],
		[
			'respects dates',
			{ from: '2019-01-01' },
			{ russia: 2, putin: 1, lavrov: 2, nato: 1, turkey: 1, cavusoglu: 1 }
		],
		['respects text', { q: 'idlib' }, { russia: 1, putin: 1, lavrov: 0, nato: 0, turkey: 1, cavusoglu: 0 }]
	])('countByActor %s', (_, filter, expected) => {
		expect(counts(filter)).toEqual(expected);
	});
});

describe('isFilterEmpty', () => {
	it.each<[Partial<EventFilter>, boolean]>([
		[{}, true],
		[{ match: 'all' }, true],
		[{ members: true }, true],
		[{ q: '   ' }, true],
		[{ actors: ['putin'] }, false],
		[{ types: ['talks'] }, false],
		[{ from: '2019-01-01' }, false],
		[{ to: '2019-01-01' }, false],
		[{ q: 'idlib' }, false]
	])('isFilterEmpty(%j) is %s', (filter, expected) => {
		expect(isFilterEmpty({ ...EMPTY_FILTER, ...filter })).toBe(expected);
	});
});

describe('changedSettings', () => {
	it.each<[Partial<EventFilter>, number]>([
		[{}, 0],
		[{ q: '   ' }, 0],
		[{ match: 'all' }, 1],
		[{ members: true }, 1],
		[{ from: '2019-01-01', to: '2019-12-31' }, 1],
		[{ uncertain: true }, 1],
		[
			{
				actors: ['putin'],
				match: 'all',
				members: true,
				types: ['talks'],
				from: '2019-01-01',
				q: 'idlib',
				uncertain: true
			},
			7
		]
	])('changedSettings(%j) is %s', (filter, expected) => {
		expect(changedSettings({ ...EMPTY_FILTER, ...filter })).toBe(expected);
	});
});

describe('searchText', () => {
	it.each([
		['Mevlüt Çavuşoğlu', 'mevlut cavusoglu'],
		['Ahmet Davutoğlu, Kılıçdaroğlu', 'ahmet davutoglu, kilicdaroglu'],
		['Łódź', 'lodz'],
		['İstanbul', 'istanbul'],
		['Ευρώπη', 'ευρωπη']
	])('searchText(%j) is %j', (s, expected) => {
		expect(searchText(s)).toBe(expected);
	});
});

describe('indexDataset', () => {
	it('builds one index per dataset and hands the same one to every view that asks', () => {
		const dataset = { version: 1 as const, actors: [], events: [], articles: [] };
		const index = indexDataset(dataset);
		expect(indexDataset(dataset)).toBe(index);
		expect(indexDataset({ ...dataset })).not.toBe(index);
	});
});

describe('indexDataset over events read from a compact index', () => {
	const dataset = syntheticDataset({ events: 500, seed: 4 });
	dataset.events = dataset.events.map((e, i) => ({
		...e,
		...(i % 4 === 0 ? { confidence: (i % 10) / 10 } : {}),
		...(i % 9 === 0 ? { actors: [...e.actors, 'undeclared'] } : {})
	}));
	const decoded = decodeIndex(encodeIndex(dataset, { shardSize: 100 }));

	it('numbers actors, types and the uncertain as the events themselves would', () => {
		const a = indexDataset(decoded);
		const b = indexDataset(dataset);
		expect(a.typeBits).toEqual(b.typeBits);
		expect(a.uncertain).toEqual(b.uncertain);
		expect([...a.actorNumber]).toEqual([...b.actorNumber]);
		expect(a.extent).toEqual(b.extent);
	});

	it.each<Partial<EventFilter>>([
		{},
		{ uncertain: true },
		{ actors: ['undeclared'] },
		{ types: ['talks'], from: '2015-01-01' }
	])('filters and counts as over the events themselves (%j)', (patch) => {
		const filter = { ...EMPTY_FILTER, ...patch };
		const ids = (d: Dataset) => filterEvents(indexDataset(d), filter).map((e) => e.id);
		expect(ids(decoded)).toEqual(ids(dataset));
		expect(countByActor(indexDataset(decoded), filter)).toEqual(countByActor(indexDataset(dataset), filter));
	});
});
