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

	test('densityPath draws one closed area, empty for no events', () => {
		expect(densityPath(Float32Array.from([0, 4, 1]), 30, 10)).toBe(
			'M0,10L0.0,10.0L10.0,10.0L10.0,0.0L20.0,0.0L20.0,5.0L30.0,5.0L30,10Z'
		);
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
