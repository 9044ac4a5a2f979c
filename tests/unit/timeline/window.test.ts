import { describe, expect, test } from 'vitest';
import type { TimelineEvent } from '../../../src/lib/model/types';
import {
	countStarts,
	dayStart,
	indexEvents,
	nearestOfType,
	positionOf,
	queryWindow
} from '../../../src/lib/timeline/window';
import { makeEvent } from '../../support/events.ts';
import { syntheticDataset } from '../../support/synthetic.ts';
import { decodeIndex } from '../../../src/lib/model/decode-index';
import { encodeIndex } from '../../../src/lib/model/encode-index';

const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const ids = (events: readonly TimelineEvent[], positions: Int32Array, n: number) =>
	Array.from(positions.subarray(0, n), (i) => events[i]!.id);

const events = [
	makeEvent('year', '2019-01-01', '2019-12-31', { precision: 'year' }),
	makeEvent('a', '2019-03-01'),
	makeEvent('march', '2019-03-01', '2019-03-31', { precision: 'month', type: 'meeting' }),
	makeEvent('b', '2019-03-10', '2019-03-12', { type: 'meeting' }),
	makeEvent('c', '2019-03-20'),
	makeEvent('d', '2019-05-01', '2019-05-01', { type: 'military' })
];

describe('dayStart', () => {
	test.each(['2019-03-01', '2000-02-29', '0099-12-31'])('dayStart("%s") is midnight UTC of that day', (iso) =>
		expect(new Date(dayStart(iso)).toISOString().slice(0, 10)).toBe(iso)
	);
});

describe('indexEvents', () => {
	test('indexEvents keeps a sorted input as it is and spans each event to the end of its last day', () => {
		const index = indexEvents(events);
		expect(index.events).toBe(events);
		expect(index.start[3]).toBe(ms('2019-03-10'));
		expect(index.end[3]).toBe(ms('2019-03-13'));
		expect([index.min, index.max]).toEqual([ms('2019-01-01'), ms('2020-01-01')]);
		expect(positionOf(index, 'c')).toBe(4);
		expect(positionOf(index, 'nope')).toBeUndefined();
	});

	test('indexEvents sorts an unsorted input by start, stably', () => {
		const index = indexEvents([events[4]!, events[1]!, events[0]!]);
		expect(index.events.map((e) => e.id)).toEqual(['year', 'a', 'c']);
		expect(Array.from(index.start)).toEqual([ms('2019-01-01'), ms('2019-03-01'), ms('2019-03-20')]);
	});

	test('indexEvents of nothing has no extent', () => {
		const index = indexEvents([]);
		expect(index.min).toBeNaN();
		expect(index.byType.size).toBe(0);
	});
});

describe('queryWindow', () => {
	const index = indexEvents(events);
	const out = new Int32Array(16);
	test.each([
		{ name: 'one day', from: '2019-03-20', to: '2019-03-21', want: ['year', 'march', 'c'] },
		{ name: 'a range that began before', from: '2019-03-11', to: '2019-03-12', want: ['year', 'march', 'b'] },
		{ name: 'nothing but the year', from: '2019-04-10', to: '2019-04-20', want: ['year'] },
		{ name: 'after everything', from: '2020-01-01', to: '2020-02-01', want: [] },
		{ name: 'all of it', from: '2018-01-01', to: '2021-01-01', want: events.map((e) => e.id) }
	])('queryWindow finds the events that overlap $name, in date order', ({ from, to, want }) => {
		const n = queryWindow(index, ms(from), ms(to), out, 10);
		expect(ids(index.events, out, n)).toEqual(want);
	});

	test('queryWindow stops counting past the cap', () => {
		expect(queryWindow(index, ms('2018-01-01'), ms('2021-01-01'), out, 3)).toBe(4);
	});

	test('queryWindow looks back only as far as the longest event of each duration class', () => {
		// 2,000 one-day events before the window: none is read, only the year-long one is.
		const many = Array.from({ length: 2000 }, (_, i) =>
			makeEvent(`e${i}`, new Date(ms('2010-01-01') + i * 86_400_000).toISOString().slice(0, 10))
		);
		const big = indexEvents([...many, makeEvent('late', '2016-01-01', '2016-12-31', { precision: 'year' })]);
		const n = queryWindow(big, ms('2016-06-01'), ms('2016-06-02'), out, 10);
		expect(ids(big.events, out, n)).toEqual(['late']);
	});
});

describe('counts by type', () => {
	const index = indexEvents(events);
	test('countStarts counts the events of a type that begin in a span', () => {
		expect(countStarts(index, 'talks', ms('2019-03-01'), ms('2019-04-01'))).toBe(2);
		expect(countStarts(index, 'meeting', ms('2019-03-01'), ms('2019-04-01'))).toBe(2);
		expect(countStarts(index, 'agreement', ms('2019-01-01'), ms('2020-01-01'))).toBe(0);
	});

	test('nearestOfType finds the next event of a type at or after an instant, or the last before it', () => {
		expect(index.events[nearestOfType(index, 'talks', ms('2019-03-02'))!]!.id).toBe('c');
		expect(index.events[nearestOfType(index, 'talks', ms('2019-03-02'), true)!]!.id).toBe('a');
		expect(nearestOfType(index, 'military', ms('2019-05-02'))).toBeUndefined();
	});
});

test('dayStart agrees with Date.UTC on every day of 1999–2001 and on leap days', () => {
	for (let t = Date.UTC(1999, 0, 1); t < Date.UTC(2002, 0, 1); t += 86_400_000) {
		const iso = new Date(t).toISOString().slice(0, 10);
		expect(dayStart(iso)).toBe(t);
	}
	expect(dayStart('2400-02-29')).toBe(Date.UTC(2400, 1, 29));
	expect(dayStart('1900-03-01')).toBe(Date.UTC(1900, 2, 1));
});

describe('indexEvents over events read from a compact index', () => {
	const dataset = syntheticDataset({ events: 400, seed: 2 });
	const decoded = decodeIndex(encodeIndex(dataset, { shardSize: 100 })).events;

	test.each<[string, (events: readonly TimelineEvent[]) => TimelineEvent[]]>([
		['every event', (events) => [...events]],
		['a filtered subset', (events) => events.filter((_, i) => i % 3 === 1)],
		['events out of order', (events) => [...events].reverse()]
	])('reads the days from the columns, as from the dates, for %s', (_, pick) => {
		const fromColumns = indexEvents(pick(decoded));
		const fromDates = indexEvents(pick(dataset.events));
		expect(fromColumns.start).toEqual(fromDates.start);
		expect(fromColumns.end).toEqual(fromDates.end);
		expect(fromColumns.events.map((e) => e.id)).toEqual(fromDates.events.map((e) => e.id));
		expect([...fromColumns.byType.keys()]).toEqual([...fromDates.byType.keys()]);
	});
});
