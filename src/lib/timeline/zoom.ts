import type { TimeScale } from './scales.ts';

const DAY = 86_400_000;

/**
 * How far the zoom may go: out to half the fitted view, in until about `minDays` fill the width.
 * Returned as d3-zoom's `scaleExtent`.
 */
export function zoomLimits(base: TimeScale, minDays = 3): [number, number] {
	const [d0, d1] = base.domain() as [Date, Date];
	const days = (+d1 - +d0) / DAY;
	return [0.5, Math.max(1, days / minDays)];
}

/** The zoom factor one step of the buttons or the `+`/`-` keys applies. */
export const ZOOM_STEP = 1.6;

/** The fraction of the width a pan key moves the view. */
export const PAN_STEP = 0.2;
