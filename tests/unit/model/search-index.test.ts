import { describe, expect, it } from 'vitest';
import {
	bucketKey,
	buildSearchIndex,
	markMatches,
	searchWords
} from '../../../src/lib/model/search-index.ts';
import type { TimelineEvent } from '../../../src/lib/model/types.ts';
import { makeEvent } from '../../support/events.ts';
import { syntheticDataset } from '../../support/synthetic.ts';

const quoted = (id: string, quote: string, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
	...makeEvent(id, '2019-01-01'),
	sources: [{ article: 'a', quote, start: 0, end: quote.length }],
	...extra
});

/** The positions of the events whose details have a word beginning with `prefix`. */
function find(events: TimelineEvent[], prefix: string): number[] {
	const bucket = buildSearchIndex(events).get(bucketKey(prefix));
	if (!bucket) return [];
	const hits = markMatches(bucket, prefix, new Uint8Array(events.length));
	return [...hits.keys()].filter((i) => hits[i]);
}

describe('buildSearchIndex and markMatches', () => {
	const events = [
		quoted('a', 'The ceasefire held overnight.'),
		quoted('b', 'Talks on a CEASE-fire resumed in Astana.'),
		quoted('c', 'Nothing new.', { summary: 'Çavuşoğlu spoke to reporters.', place: 'Geneva' }),
		quoted('d', 'The convoy reached Idlib.')
	];

	it.each([
		['a whole word in a quote', 'ceasefire', [0]],
		['the start of words, any case', 'cease', [0, 1]],
		['a word in a summary, without its diacritics', 'cavusoglu', [2]],
		['a place', 'geneva', [2]],
		['a word in several events', 'the', [0, 3]],
		['a word nowhere', 'sanctions', []],
		['not the middle of a word', 'fire', [1]]
	])('finds %s', (_, prefix, expected) => {
		expect(find(events, prefix)).toEqual(expected);
	});

	it('puts each word in the bucket of its first two letters, postings as differences', () => {
		const index = buildSearchIndex(events);
		expect(index.get('th')!.words).toEqual(['the']);
		expect(index.get('th')!.postings).toEqual([[0, 3]]);
	});

	it('finds on the synthetic dataset exactly the events whose quotes have the word', () => {
		const { events } = syntheticDataset({ events: 2000 });
		const expected = events.flatMap((e, i) =>
			e.sources.some((s) => searchWords(s.quote).some((w) => w.startsWith('withdr'))) ||
			searchWords(`${e.summary ?? ''} ${e.place ?? ''}`).some((w) => w.startsWith('withdr'))
				? [i]
				: []
		);
		expect(expected.length).toBeGreaterThan(10);
		expect(find(events, 'withdr')).toEqual(expected);
	});
});
