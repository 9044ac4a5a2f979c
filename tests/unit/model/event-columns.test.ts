import { describe, expect, it } from 'vitest';
import { decodeIndex } from '../../../src/lib/model/decode-index.ts';
import { encodeIndex } from '../../../src/lib/model/encode-index.ts';
import { columnsOf, IndexedEvent, plainEvent } from '../../../src/lib/model/event-columns.ts';
import type { Dataset, TimelineEvent } from '../../../src/lib/model/types.ts';
import { syntheticDataset } from '../../support/synthetic.ts';

/** The index fields of an event, as `events.json` has them: the details (sources…) aside. */
function indexFields(event: TimelineEvent) {
	const { id, title, type, start, end, precision, actors, confidence, planned, inferred, part } = event;
	return JSON.parse(
		JSON.stringify({ id, title, type, start, end, precision, actors, confidence, planned, inferred, part })
	);
}

const dataset: Dataset = (() => {
	const d = syntheticDataset({ events: 300, seed: 3 });
	// Some confidences, flags and parts, with holes, and an actor no table declares.
	d.events = d.events.map((e, i) => ({
		...e,
		...(i % 3 === 0 ? { confidence: i / 300 } : {}),
		...(i % 5 === 0 ? { planned: i % 2 === 0 } : {}),
		...(i % 7 === 0 ? { actors: [...e.actors, 'nobody-declared'] } : {})
	}));
	return d;
})();
const decoded = decodeIndex(JSON.parse(JSON.stringify(encodeIndex(dataset, { shardSize: 100 }))));

describe('IndexedEvent', () => {
	it('reads every index field of its event, absent fields absent', () => {
		decoded.events.forEach((event, i) => {
			expect(event).toBeInstanceOf(IndexedEvent);
			expect(plainEvent(event)).toEqual({ ...indexFields(dataset.events[i]!), sources: [] });
		});
	});

	it('is written to JSON and copied (through plainEvent) with its fields, not as an empty object', () => {
		const event = decoded.events[9]!;
		const { sources: _, ...fields } = plainEvent(event);
		expect(JSON.parse(JSON.stringify(event))).toMatchObject(fields);
		expect(structuredClone(plainEvent(event))).toEqual(plainEvent(event));
		expect(Object.keys(plainEvent(event))).toContain('title');
	});
});

describe('plainEvent', () => {
	it('gives back a plain event as it is', () => {
		const event = dataset.events[0]!;
		expect(plainEvent(event)).toBe(event);
	});
});

describe('columnsOf', () => {
	it('gives the positions of a subset of one index, in its order', () => {
		const subset = [decoded.events[5]!, decoded.events[2]!, decoded.events[299]!];
		const found = columnsOf(subset);
		expect(found && Array.from(found.positions)).toEqual([5, 2, 299]);
	});

	it.each<[string, TimelineEvent[]]>([
		['plain events', dataset.events],
		['a plain event among indexed ones', [decoded.events[0]!, dataset.events[1]!]],
		[
			'events of two indexes',
			[decoded.events[0]!, decodeIndex(encodeIndex(dataset, { shardSize: 100 })).events[1]!]
		],
		['no events', []]
	])('has none for %s', (_, events) => {
		expect(columnsOf(events)).toBeUndefined();
	});
});
