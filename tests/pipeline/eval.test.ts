import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/lib/model/types.ts';
import type { ExtractedEvent } from '../../src/pipeline/extract/types.ts';
import { isHeldOut, printGold, score, type GoldEvent } from '../../src/pipeline/eval/gold.ts';
import { scoreMerging } from '../../src/pipeline/eval/merging.ts';
import { dropsBelow, figuresOf } from '../../src/pipeline/eval/quality.ts';

const report = (article: string, sentence: string, extra: Partial<ExtractedEvent> = {}): ExtractedEvent => ({
	article,
	title: 'T',
	type: 'talks',
	cameo: '040',
	start: '2019-04-25',
	end: '2019-04-25',
	precision: 'day',
	actors: ['russia'],
	quote: { text: `${sentence}.`, start: 0, end: sentence.length + 1 },
	trigger: { text: 'talks', start: 0, end: 5 },
	...extra
});
const gold = (article: string, sentence: string, extra: Partial<GoldEvent> = {}): GoldEvent => ({
	article,
	sentence,
	type: 'talks',
	start: '2019-04-25',
	end: '2019-04-25',
	precision: 'day',
	actors: ['russia'],
	...extra
});
const event = (id: string) => ({ id }) as TimelineEvent;

describe('scoreMerging', () => {
	const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((x) => report(x, `talks in ${x}`));
	const e1 = event('one');
	const e2 = event('two');

	it('counts same-key pairs joined as right, apart as missed, and different keys joined as wrong', () => {
		const eventOf = new Map([
			[a!, e1],
			[b!, e1],
			[c!, e1],
			[d!, e2]
		]);
		const merge = scoreMerging(
			[
				{ key: 'k1', report: a },
				{ key: 'k1', report: b },
				{ key: 'k2', report: c },
				{ key: 'k1', report: d }
			],
			eventOf
		)!;
		// k1: a-b joined (right), a-d and b-d apart (missed); c (k2) joined with a and b (wrong twice).
		expect(merge).toMatchObject({ right: 1, missed: 2, wrong: 2, unreachable: 0 });
		expect(merge.precision).toBeCloseTo(1 / 3);
		expect(merge.recall).toBeCloseTo(1 / 3);
	});

	it('counts same-key pairs whose report was not found as out of reach, not as merge decisions', () => {
		const merge = scoreMerging([{ key: 'k', report: a }, { key: 'k' }], new Map([[a!, e1]]))!;
		expect(merge).toMatchObject({ right: 0, missed: 0, wrong: 0, unreachable: 1, precision: 1 });
		expect(merge.recall).toBeUndefined();
	});

	it('measures nothing on a gold set without keys', () => {
		expect(scoreMerging([{ report: a }, { report: b }], new Map())).toBeUndefined();
	});
});

describe('score', () => {
	it('measures actor precision and the share of confident reports that match gold', () => {
		const reports = [
			report('x', 'Russia and Turkey held talks', { actors: ['russia', 'turkey'] }),
			report('x', 'A bystander said talks', { confidence: 0.9 } as Partial<ExtractedEvent>),
			report('x', 'Low confidence talks', { confidence: 0.1 } as Partial<ExtractedEvent>)
		];
		const scored = score([gold('x', 'Russia and Turkey held talks')], reports);
		expect(scored.actors).toMatchObject({ recall: 1, precision: 0.5 });
		// The report below the threshold is not counted; one of the two others matches gold.
		expect(scored.kept).toEqual({ confident: 2, matched: 1, share: 0.5 });
	});
});

describe('printGold', () => {
	const scored = score(
		[gold('x', 'Russia held talks'), gold('x', 'missing sentence')],
		[report('x', 'Russia held talks')]
	);

	it('lists misses with --verbose on a development set', () => {
		expect(printGold(scored, { verbose: true })).toContain('MISS x: "missing sentence"');
	});

	it('never lists misses of a held-out set, and says so', () => {
		const text = printGold(scored, { verbose: true, heldOut: true });
		expect(text).not.toContain('missing sentence');
		expect(text).toContain('held-out set');
	});

	it('prints each figure beside its target', () => {
		expect(printGold(scored)).toMatch(/date F1 +0\.667 .* target ≥ 0\.85 ✗/);
	});
});

describe('isHeldOut', () => {
	it.each([
		['tests/fixtures/gold-heldout', true],
		['tests/fixtures/timebank-heldout/', true],
		['tests/fixtures/timebank-dev', false],
		['heldout-notes/gold', false]
	])('isHeldOut(%j) is %j', (folder, expected) => {
		expect(isHeldOut(folder)).toBe(expected);
	});
});

describe('dropsBelow', () => {
	const figures = figuresOf(score([gold('x', 'Russia held talks')], [report('x', 'Russia held talks')]));

	it('finds a figure under its recorded floor, and one recorded but no longer measured', () => {
		expect(dropsBelow({ ...figures, dateF1: 0.8 }, { dateF1: 0.9, typeAccuracy: 1 })).toEqual([
			['dateF1', 0.8, 0.9]
		]);
		expect(dropsBelow(figures, { mergeRecall: 0.5 })).toEqual([['mergeRecall', undefined, 0.5]]);
	});

	it('passes figures at or above the record', () => {
		expect(dropsBelow(figures, { dateF1: 1, actorRecall: 0.5 })).toEqual([]);
	});
});
