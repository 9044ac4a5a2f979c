import { describe, expect, it } from 'vitest';
import {
	isCompactIndex,
	PENDING_SOURCES,
	type CompactIndex,
	type DetailShard
} from '../../../src/lib/model/compact-index.ts';
import { decodeIndex, detailsPending, IndexError, withDetails } from '../../../src/lib/model/decode-index.ts';
import { detailShard, encodeIndex } from '../../../src/lib/model/encode-index.ts';
import { packColumn } from '../../../src/lib/model/packed-column.ts';
import type { Dataset, TimelineEvent } from '../../../src/lib/model/types.ts';
import { syntheticDataset } from '../../support/synthetic.ts';

const source = { article: 'a1', quote: 'Russia and Turkey met.', start: 0, end: 22 };
const base: TimelineEvent = {
	id: 'e1',
	title: 'Russia meets Turkey',
	type: 'meeting',
	start: '2019-03-04',
	end: '2019-03-04',
	precision: 'day',
	actors: ['russia', 'turkey'],
	sources: [source]
};
const actors: Dataset['actors'] = [
	{ id: 'russia', name: 'Russia', kind: 'country', aliases: ['Moscow'], memberOf: [] },
	{ id: 'turkey', name: 'Turkey', kind: 'country', aliases: [], memberOf: [] }
];
const articles: Dataset['articles'] = [{ id: 'a1', title: 'T', published: '2019-03-05', source: 'Wire' }];

/** Encode, decode, complete every event from its shard: what a reader of the index ends up with. */
function roundTrip(dataset: Dataset, shardSize = 2): Dataset {
	const index = JSON.parse(JSON.stringify(encodeIndex(dataset, { shardSize }))) as CompactIndex;
	const decoded = decodeIndex(index);
	const shards = Array.from(
		{ length: index.details.shards },
		(_, k) => JSON.parse(JSON.stringify(detailShard(dataset, shardSize, k))) as DetailShard
	);
	const events = decoded.events.map((event, i) => {
		const shard = shards[Math.floor(i / shardSize)]!;
		return withDetails(event, shard.details[i - shard.first]!);
	});
	return { ...decoded, events };
}

describe('encodeIndex then decodeIndex', () => {
	it.each<[string, Partial<TimelineEvent>]>([
		['a one-day event', {}],
		['a range', { end: '2019-03-20' }],
		[
			'month precision with a part',
			{ start: '2019-03-01', end: '2019-03-31', precision: 'month', part: 'mid' }
		],
		['year precision', { start: '2019-01-01', end: '2019-12-31', precision: 'year' }],
		['a date before 1970', { start: '1962-10-16', end: '1962-10-28' }],
		['no actors', { actors: [] }],
		['an actor no table declares', { actors: ['russia', 'wagner'] }],
		['confidence, planned, inferred', { confidence: 0.35, planned: true, inferred: false }],
		['summary, place, cameo', { summary: 'They met.', place: 'Sochi', cameo: '040' }],
		['agents and recipients', { agents: ['russia'], recipients: ['turkey'] }],
		['two sources', { sources: [source, { ...source, quote: 'They met in Sochi.' }] }],
		['no sources', { sources: [] }],
		['a type outside the usual ones', { type: 'summit' as TimelineEvent['type'] }],
		['a field the contract does not know yet', { language: 'tr' } as Partial<TimelineEvent>]
	])('gives back %s field for field', (_, patch) => {
		const event = { ...base, ...patch } as TimelineEvent;
		const other = { ...base, id: 'e2', start: '2019-03-05', end: '2019-03-05' };
		const dataset: Dataset = { version: 1, actors, articles, events: [event, other] };
		expect(roundTrip(dataset)).toEqual(dataset);
	});

	it('gives back a dataset without events', () => {
		const dataset: Dataset = { version: 1, actors, articles, events: [] };
		expect(roundTrip(dataset)).toEqual(dataset);
	});

	it.each([
		['ids and titles outside ASCII', { id: 'çavuşoğlu-🇹🇷', title: 'Çavuşoğlu meets Лавров 🤝' }],
		['an empty title', { title: '' }],
		['a title longer than 255 characters', { title: 'x'.repeat(70_000) }],
		['the same id twice', { id: 'e2' }]
	])('gives back %s', (_, patch) => {
		const other = { ...base, id: 'e2', start: '2019-03-05', end: '2019-03-05' };
		const dataset: Dataset = { version: 1, actors, articles, events: [{ ...base, ...patch }, other] };
		expect(roundTrip(dataset)).toEqual(dataset);
	});

	it('gives back the synthetic dataset, event for event', () => {
		const dataset = syntheticDataset({ events: 1000, seed: 5 });
		expect(roundTrip(dataset, 100)).toEqual(dataset);
	});

	it('keeps quotes and summaries out of the index', () => {
		const dataset = syntheticDataset({ events: 500 });
		const text = JSON.stringify(encodeIndex(dataset, { shardSize: 100 }));
		const quote = dataset.events[0]!.sources[0]!.quote;
		expect(text).not.toContain(quote);
		expect(text).toContain(dataset.events[0]!.title);
	});

	it('writes one shard per `shardSize` events, the last one shorter', () => {
		const dataset = syntheticDataset({ events: 250 });
		const index = encodeIndex(dataset, { shardSize: 100 });
		expect(index.details).toEqual({ path: 'details/{shard}.json', size: 100, shards: 3 });
		expect(detailShard(dataset, 100, 2).first).toBe(200);
		expect(detailShard(dataset, 100, 2).details).toHaveLength(50);
	});
});

describe('decodeIndex', () => {
	it('leaves events waiting for their details until withDetails', () => {
		const dataset: Dataset = { version: 1, actors, articles, events: [base] };
		const [event] = decodeIndex(encodeIndex(dataset, { shardSize: 10 })).events;
		expect(detailsPending(event!)).toBe(true);
		expect(event!.sources).toBe(PENDING_SOURCES);
		expect(detailsPending(withDetails(event!, { sources: [source] }))).toBe(false);
	});

	it.each<[string, (index: CompactIndex) => void, RegExp]>([
		['a short column', (i) => (i.type = packColumn([0])), /"type" column: it has 1 entries for 2/],
		['a missing column', (i) => delete (i as Partial<CompactIndex>).length, /"length" column is missing/],
		[
			'a column that is not base64',
			(i) => (i.start = { type: 'u8', data: '%%' }),
			/"start" column: .*base64/
		],
		['a column of an unknown type', (i) => (i.start = { type: 'f32' as 'u8', data: '' }), /"start" column/],
		[
			'titles shorter than their lengths',
			(i) => (i.titles = i.titles.slice(1)),
			/"titles" are 37 characters/
		],
		['ids that are not text', (i) => delete (i as Partial<CompactIndex>).ids, /"ids" column is missing/],
		[
			'a type code out of range',
			(i) => (i.type = packColumn([99, 0])),
			/type or precision code out of range/
		],
		[
			'an actor code out of range',
			(i) => (i.actorCodes = packColumn([99, 0, 0, 0])),
			/actor code out of range/
		],
		[
			'too many actor codes',
			(i) => (i.actorCodes = packColumn([0, 1, 0, 1, 0])),
			/"actorCodes" column has 5 entries for 4/
		],
		[
			'a sparse column that does not pair',
			(i) => (i.confidence = { at: [0], value: [] }),
			/"confidence" entries do not pair up/
		],
		[
			'a sparse column of more values than it can code',
			(i) => (i.part = { at: Array(200).fill(0), value: Array.from({ length: 200 }, (_, k) => `p${k}`) }),
			/"part" entries have over 127 values/
		],
		[
			'a sparse column out of range',
			(i) => (i.part = { at: [2], value: ['mid'] }),
			/"part" entries name an event out of range/
		]
	])('names what is wrong with %s', (_, spoil, message) => {
		const dataset: Dataset = { version: 1, actors, articles, events: [base, { ...base, id: 'e2' }] };
		const index = structuredClone(encodeIndex(dataset, { shardSize: 10 }));
		spoil(index);
		expect(() => decodeIndex(index)).toThrow(IndexError);
		expect(() => decodeIndex(index)).toThrow(message);
	});
});

describe('isCompactIndex', () => {
	it.each([
		[encodeIndex({ version: 1, actors, articles, events: [] }, { shardSize: 1 }), true],
		[{ version: 1, actors, articles, events: [] }, false],
		[{ format: 'dateline-index', version: 1, ids: ['e1'] }, false],
		[null, false],
		['dateline-index', false]
	])('tells an index from anything else (%#)', (value, expected) => {
		expect(isCompactIndex(value)).toBe(expected);
	});
});
