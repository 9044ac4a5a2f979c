import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/pipeline/extract/sentences.ts';

const texts = (body: string) => splitSentences(body).map((s) => s.text);

describe('splitSentences', () => {
	it('splits plain sentences and trims them', () => {
		expect(texts('  Putin met Erdogan.  They agreed on a zone!   Was it enough? ')).toEqual([
			'Putin met Erdogan.',
			'They agreed on a zone!',
			'Was it enough?'
		]);
	});

	it.each([
		['U.S. President Donald Trump spoke to Erdogan.'],
		['The U.N. Security Council met on Friday.'],
		['Mr. Lavrov and Gen. Gerasimov arrived.'],
		['The talks opened on Jan. 23 in Astana.'],
		['Pilgrims gathered in St. Petersburg.'],
		['George W. Bush visited Ankara.'],
		['"We will not withdraw. Our troops stay," Erdogan said.'],
		['“The deal holds. It will hold,” Lavrov told reporters.']
	])('keeps one sentence: %s', (sentence) => {
		expect(texts(sentence)).toEqual([sentence]);
	});

	it('ends a sentence at an acronym when a new sentence plainly starts', () => {
		expect(texts('The strike was ordered by the U.S. The Kremlin condemned it.')).toEqual([
			'The strike was ordered by the U.S.',
			'The Kremlin condemned it.'
		]);
	});

	it('ends a sentence at a paragraph break even without a full stop', () => {
		expect(texts('Astana talks resume\n\nDelegates arrived on Monday.')).toEqual([
			'Astana talks resume',
			'Delegates arrived on Monday.'
		]);
	});

	it('joins a sentence hard-wrapped over two lines', () => {
		expect(texts('Delegates from Russia, Turkey\nand Iran met in Sochi.')).toEqual([
			'Delegates from Russia, Turkey\nand Iran met in Sochi.'
		]);
	});

	it('gives offsets into the text', () => {
		const body = 'First one.  Second, by Mr. Smith.\n\nThird.';
		const spans = splitSentences(body);
		expect(spans).toHaveLength(3);
		for (const s of spans) expect(body.slice(s.start, s.end)).toBe(s.text);
	});

	it('gives nothing for blank text', () => {
		expect(splitSentences(' \n\n ')).toEqual([]);
	});

	it('does not let a stray quote mark swallow a paragraph', () => {
		const body = `He said "yes. ${'Another sentence here. '.repeat(40)}`;
		expect(splitSentences(body).length).toBeGreaterThan(10);
	});
});
