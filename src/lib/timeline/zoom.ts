/**
 * The zoom's reach: how far the view may zoom out, zoom in, or pan, so that it stays on the data
 * (as vis-timeline's `min`, `max`, `zoomMin`, `zoomMax` do), in d3-zoom's terms.
 */
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { millisecondsInDay } from 'date-fns/constants';
import type { TimeScale } from './scales.ts';

/** About how many days the view shows when zoomed in all the way. */
export const MIN_VIEW_DAYS = 1;

/** The zoom factor one step of the buttons or the `+`/`-` keys applies. */
export const ZOOM_STEP = 1.6;

/** The fraction of the width a pan key moves the view. */
export const PAN_STEP = 0.2;

type Box = [[number, number], [number, number]];

/** d3-zoom's `scaleExtent`, `translateExtent` and `extent` for one base scale and plot size. */
export interface ZoomLimits {
	/**
	 * From the whole base scale (k = 1: the data's extent plus the margin `fitExtent` gives it) to about
	 * `MIN_VIEW_DAYS` across the view.
	 */
	scale: [number, number];
	/** Where the view may go, in the base scale's pixels: its range, that is the data plus its margin. */
	translate: Box;
	/** The viewport, in pixels of the element. */
	extent: Box;
}

/** The limits of the zoom over `base` (the fitted, unzoomed scale) on a plot `width` × `height`. */
export function zoomLimits(
	base: TimeScale,
	width: number,
	height: number,
	minDays = MIN_VIEW_DAYS
): ZoomLimits {
	const [d0, d1] = base.domain() as [Date, Date];
	const [r0, r1] = base.range() as [number, number];
	const days = (+d1 - +d0) / millisecondsInDay;
	return {
		scale: [1, Math.max(1, days / minDays)],
		translate: [
			[r0, 0],
			[r1, height]
		],
		extent: [
			[0, 0],
			[width, height]
		]
	};
}

/**
 * `t` brought within `limits`: its scale clamped around the middle of the view, then its translation
 * kept inside the translate extent (centred when the view is wider, as d3-zoom's own constraint does).
 * Returns `t` itself when it is within them already.
 */
export function clampTransform(t: ZoomTransform, { scale, translate, extent }: ZoomLimits): ZoomTransform {
	const k = Math.min(scale[1], Math.max(scale[0], t.k));
	if (k !== t.k) {
		const [cx, cy] = [(extent[0][0] + extent[1][0]) / 2, (extent[0][1] + extent[1][1]) / 2];
		t = zoomIdentity.translate(cx - t.invertX(cx) * k, cy - t.invertY(cy) * k).scale(k);
	}
	const dx0 = t.invertX(extent[0][0]) - translate[0][0];
	const dx1 = t.invertX(extent[1][0]) - translate[1][0];
	const dy0 = t.invertY(extent[0][1]) - translate[0][1];
	const dy1 = t.invertY(extent[1][1]) - translate[1][1];
	return t.translate(
		dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1),
		dy1 > dy0 ? (dy0 + dy1) / 2 : Math.min(0, dy0) || Math.max(0, dy1)
	);
}
