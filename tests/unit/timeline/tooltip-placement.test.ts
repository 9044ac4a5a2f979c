import { describe, expect, test } from 'vitest';
import { placeTooltip } from '../../../src/lib/timeline/tooltip-placement';

describe('placeTooltip', () => {
	test.each([
		{
			name: 'centred below an anchor with room',
			anchor: [400, 50],
			size: [200, 60],
			place: { left: 300, top: 66, below: true }
		},
		{
			name: 'above an anchor near the bottom',
			anchor: [400, 260],
			size: [200, 60],
			place: { left: 300, top: 184, below: false }
		},
		{
			name: 'inside the left edge',
			anchor: [30, 50],
			size: [200, 60],
			place: { left: 4, top: 66, below: true }
		},
		{
			name: 'inside the right edge',
			anchor: [790, 50],
			size: [200, 60],
			place: { left: 596, top: 66, below: true }
		},
		{
			name: 'by its own width, whatever the CSS says',
			anchor: [790, 50],
			size: [320, 60],
			place: { left: 476, top: 66, below: true }
		},
		{
			name: 'at the left edge in a plot narrower than itself',
			anchor: [100, 50],
			size: [300, 60],
			place: { left: 4, top: 66, below: true }
		}
	])('placeTooltip places a tooltip $name', ({ anchor, size, place }) =>
		expect(placeTooltip(anchor as [number, number], size as [number, number], [800, 300])).toEqual(place)
	);

	test('placeTooltip never covers its anchor', () => {
		for (const y of [0, 100, 200, 300]) {
			const { top, below } = placeTooltip([400, y], [200, 80], [800, 300]);
			expect(below ? top > y : top + 80 < y).toBe(true);
		}
	});
});
