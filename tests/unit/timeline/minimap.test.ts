import { describe, expect, test } from 'vitest';
import { zoomIdentity } from 'd3-zoom';
import { brushOf, densityColumns, densityPath, transformOfBrush } from '../../../src/lib/timeline/minimap';
import { baseScale } from '../../../src/lib/timeline/scales';
import { indexEvents } from '../../../src/lib/timeline/window';
import { makeEvent } from '../../support/events.ts';

const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('densityColumns', () => {
	test('densityColumns counts the events that begin under each column of the whole span', () => {
		const base = baseScale([new Date(ms('2019-01-01')), new Date(ms('2019-01-05'))], 400);
		const index = indexEvents([
			makeEvent('a', '2019-01-01'),
			makeEvent('b', '2019-01-01'),
			makeEvent('c', '2019-01-03', '2019-01-04'),
			makeEvent('outside', '2019-02-01')
		]);
		expect(Array.from(densityColumns(index, base, 4))).toEqual([2, 0, 1, 0]);
	});

	test('densityPath draws one closed area, a column a count, heights by the square root, empty for no events', () => {
		const path = densityPath(Float32Array.from([0, 4, 1]), 30, 10);
		// The points it passes through, whatever the number formatting: a step per column along the top
		// (4 is the tallest; 1 of 4 is half as tall by the square root), then back along the baseline.
		const points = [...path.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
		const distinct = points.filter((p, i) => i === 0 || p.join() !== points[i - 1]!.join());
		const turn = distinct.findIndex(([x]) => x === 30);
		expect(distinct.slice(0, turn + 1)).toEqual([
			[0, 10],
			[10, 10],
			[10, 0],
			[20, 0],
			[20, 5],
			[30, 5]
		]);
		expect(distinct.slice(turn + 1).every(([, y]) => y === 10)).toBe(true);
		expect(distinct.at(-1)).toEqual([0, 10]);
		expect(path.endsWith('Z')).toBe(true);
		expect(densityPath(new Float32Array(3), 30, 10)).toBe('');
	});
});

describe('brush', () => {
	test('the identity transform shows the whole overview', () => {
		expect(brushOf(zoomIdentity, 800)).toEqual([0, 800]);
	});

	test('transformOfBrush is the inverse of brushOf', () => {
		const t = transformOfBrush(200, 300, 800);
		expect(t.k).toBeCloseTo(8);
		const [b0, b1] = brushOf(t, 800);
		expect(b0).toBeCloseTo(200);
		expect(b1).toBeCloseTo(300);
	});
});
