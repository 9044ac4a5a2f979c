import { describe, expect, test } from 'vitest';
import { packLanes, type Extent } from '../../../src/lib/timeline/lanes';

const extents = (...pairs: [number, number][]): Extent[] => pairs.map(([x0, x1]) => ({ x0, x1 }));

/** No two extents in one lane overlap (with the gap). */
function overlaps(items: Extent[], lanes: Int32Array, gap: number): boolean {
	for (let i = 0; i < items.length; i++)
		for (let j = i + 1; j < items.length; j++)
			if (lanes[i] === lanes[j] && items[i]!.x0 < items[j]!.x1 + gap && items[j]!.x0 < items[i]!.x1 + gap)
				return true;
	return false;
}

describe('packLanes', () => {
	test.each([
		{
			name: 'disjoint extents share lane 0',
			input: extents([0, 10], [20, 30], [40, 50]),
			gap: 0,
			lanes: [0, 0, 0],
			count: 1
		},
		{
			name: 'overlapping extents stack',
			input: extents([0, 10], [5, 15], [8, 20]),
			gap: 0,
			lanes: [0, 1, 2],
			count: 3
		},
		{
			name: 'a freed lower lane is reused first',
			input: extents([0, 10], [0, 30], [12, 20]),
			gap: 0,
			lanes: [0, 1, 0],
			count: 2
		},
		{
			name: 'the gap keeps neighbours apart',
			input: extents([0, 10], [12, 20]),
			gap: 4,
			lanes: [0, 1],
			count: 2
		},
		{
			name: 'touching extents fit with no gap',
			input: extents([0, 10], [10, 20]),
			gap: 0,
			lanes: [0, 0],
			count: 1
		},
		{
			name: 'the lowest free lane wins over the earliest freed',
			input: extents([0, 10], [0, 5], [0, 3], [6, 7]),
			gap: 0,
			lanes: [0, 1, 2, 1],
			count: 3
		},
		{ name: 'nothing to pack', input: extents(), gap: 0, lanes: [], count: 0 }
	])('$name', ({ input, gap, lanes, count }) => {
		const packed = packLanes(input, gap);
		expect(Array.from(packed.lanes)).toEqual(lanes);
		expect(packed.count).toBe(count);
	});

	test('packLanes never overlaps two extents of one lane (random input)', () => {
		let seed = 7;
		const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		const input = Array.from({ length: 400 }, () => {
			const x0 = random() * 1000;
			return { x0, x1: x0 + random() * 60 };
		}).sort((a, b) => a.x0 - b.x0);
		const { lanes, count } = packLanes(input, 3);
		expect(overlaps(input, lanes, 3)).toBe(false);
		expect(Math.max(...lanes) + 1).toBe(count);
	});
});
