import { describe, expect, it } from 'vitest';
import { confidenceOf, corroborated, type Evidence } from '../../../src/pipeline/extract/confidence.ts';
import { CONFIDENCE_THRESHOLD } from '../../../src/lib/model/confidence.ts';

const news: Evidence = {
	explicitDate: true,
	precision: 'day',
	knownActors: 2,
	unknownActors: 0,
	textualSubject: false,
	verb: true,
	sentence: 0,
	sentences: 12,
	statement: false,
	notableSpeaker: false,
	quoteOnly: false,
	tentative: false
};

describe('confidenceOf', () => {
	it.each<[string, Partial<Evidence>]>([
		['a dated meeting of known actors in the lead', {}],
		[
			'a statement by a notable speaker, dated by the article, in the lead',
			{ statement: true, notableSpeaker: true, explicitDate: false }
		],
		['a dated occurrence in the body', { sentence: 6 }]
	])('keeps %s', (_, change) => {
		expect(confidenceOf({ ...news, ...change })).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
	});

	it.each<[string, Partial<Evidence>]>([
		[
			'a feature quote in the first person',
			{ statement: true, quoteOnly: true, explicitDate: false, sentence: 7 }
		],
		[
			'a background remark by an unknown speaker, undated, late',
			{ statement: true, explicitDate: false, knownActors: 0, unknownActors: 1, sentence: 11 }
		],
		[
			'a saying with only a subject from the text',
			{ statement: true, explicitDate: false, knownActors: 0, textualSubject: true, sentence: 5 }
		]
	])('hides %s', (_, change) => {
		expect(confidenceOf({ ...news, ...change })).toBeLessThan(CONFIDENCE_THRESHOLD);
	});

	it('stays within 0..1', () => {
		expect(confidenceOf(news)).toBeLessThanOrEqual(1);
		expect(
			confidenceOf({
				...news,
				knownActors: 0,
				quoteOnly: true,
				tentative: true,
				explicitDate: false,
				statement: true,
				sentence: 11
			})
		).toBeGreaterThanOrEqual(0);
	});
});

describe('corroborated', () => {
	it('raises the best report for every further article, up to two', () => {
		expect(corroborated([0.4, 0.45], 1)).toBe(0.45);
		expect(corroborated([0.4, 0.45], 2)).toBe(0.55);
		expect(corroborated([0.4], 5)).toBe(0.6);
	});
});
