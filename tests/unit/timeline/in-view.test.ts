import { describe, expect, test } from 'vitest';
import { DRAW_MARGIN, inView, visiblePixels } from '../../../src/lib/timeline/in-view';

describe('visiblePixels', () => {
	test.each([
		{ width: 800, shift: 0, margin: 0, pixels: [-0, 800] },
		{ width: 800, shift: -300, margin: 0, pixels: [300, 1100] },
		{ width: 800, shift: 120, margin: DRAW_MARGIN, pixels: [-160, 720] }
	])('visiblePixels($width, $shift, $margin) is $pixels', ({ width, shift, margin, pixels }) =>
		expect(visiblePixels(width, shift, margin)).toEqual(pixels)
	);
});

describe('inView', () => {
	const view = visiblePixels(800);
	test.each([
		{ name: 'an extent inside the view', x0: 10, x1: 20, in: true },
		{ name: 'an extent across the left edge', x0: -50, x1: 5, in: true },
		{ name: 'an extent wider than the view', x0: -50, x1: 900, in: true },
		{ name: 'an extent left of the view', x0: -50, x1: -1, in: false },
		{ name: 'an extent right of the view', x0: 801, x1: 820, in: false },
		{ name: 'an extent that only touches the right edge', x0: 800, x1: 820, in: false }
	])('inView is $in for $name', ({ x0, x1, in: expected }) => expect(inView(x0, x1, view)).toBe(expected));

	test('inView with a margin counts what is just beyond the edge', () => {
		expect(inView(-30, -10, visiblePixels(800))).toBe(false);
		expect(inView(-30, -10, visiblePixels(800, 0, DRAW_MARGIN))).toBe(true);
	});

	test('inView reads the extent in the layout’s coordinates, shifted by the pan', () => {
		// The layout's origin is 500 px left of the view: its pixel 600 is the view's 100.
		expect(inView(590, 610, visiblePixels(800, -500))).toBe(true);
		expect(inView(90, 110, visiblePixels(800, -500))).toBe(false);
	});
});
