/**
 * Whether a horizontal extent is in view: the one test of visibility the timeline makes, against the
 * visible pixels widened by a named margin.
 */

/** Pixels in the layout's coordinates, `[left, right]`. */
export type Pixels = readonly [number, number];

/**
 * How far beyond each side of the view marks are still drawn: a pan brings them in already made,
 * and a long span is cut no closer than this to the edge.
 */
export const DRAW_MARGIN = 40;

/**
 * The visible pixels `[0, width]` in the layout's coordinates, whose origin is `shift` pixels from
 * the view's left edge, widened by `margin` on both sides.
 */
export function visiblePixels(width: number, shift = 0, margin = 0): Pixels {
	return [-shift - margin, width - shift + margin];
}

/** Whether the extent `[x0, x1]` overlaps `pixels` (touching an edge is not enough). Allocates nothing. */
export function inView(x0: number, x1: number, pixels: Pixels): boolean {
	return x1 > pixels[0] && x0 < pixels[1];
}
