import { describe, expect, it } from 'vitest';
import { createPlaceFinder } from '../../../src/pipeline/extract/places.ts';

const finder = createPlaceFinder([
	{ name: 'Astana', aliases: ['Nur-Sultan'] },
	{ name: 'Sochi', aliases: [] },
	{ name: 'Geneva', aliases: ['Palais des Nations'] },
	{ name: 'Idlib', aliases: [] },
	{ name: 'Idlib province', aliases: [] },
	{ name: 'Nice', aliases: [] }
]);

const find = (text: string, start = 0) =>
	finder.find({ text, start, end: start + text.length }).map((p) => [p.text, p.place, p.start, p.end]);

describe('createPlaceFinder', () => {
	it('finds a place by name, with offsets into the body', () => {
		expect(find('Talks in Sochi ended.', 100)).toEqual([['Sochi', 'Sochi', 109, 114]]);
	});

	it('finds a place by alias and gives its canonical name', () => {
		expect(find('Delegates gathered in Nur-Sultan.')).toEqual([['Nur-Sultan', 'Astana', 22, 32]]);
	});

	it('prefers the longest name', () => {
		expect(find('Shelling hit Idlib province on Monday.')).toEqual([
			['Idlib province', 'Idlib province', 13, 27]
		]);
	});

	it('matches a name of several words', () => {
		expect(find('They met at the Palais des Nations.')).toEqual([['Palais des Nations', 'Geneva', 16, 34]]);
	});

	it('records every place, also several in one sentence', () => {
		expect(find('From Astana the talks moved to Geneva.').map(([, place]) => place)).toEqual([
			'Astana',
			'Geneva'
		]);
	});

	it('does not read a lowercase word as a place', () => {
		expect(find('It was a nice day.')).toEqual([]);
	});

	it('does not read part of a hyphenated word as a place', () => {
		expect(find('The Sochi-style deal held.')).toEqual([]);
	});
});
