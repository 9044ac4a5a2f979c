import { area, curveStepAfter } from 'd3-shape';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { TimeScale } from './scales.ts';
import type { EventIndex } from './window.ts';

/**
 * How many events begin under each of `columns` equal columns of the base scale's range: the
 * overview's density. O(n) once per dataset, filter or width change, never per frame.
 */
export function densityColumns(index: EventIndex, base: TimeScale, columns: number): Float32Array {
	const counts = new Float32Array(Math.max(1, Math.floor(columns)));
	const [d0, d1] = (base.domain() as [Date, Date]).map(Number) as [number, number];
	const perMs = counts.length / Math.max(1, d1 - d0);
	for (let i = 0; i < index.start.length; i++) {
		const c = Math.floor((index.start[i]! - d0) * perMs);
		if (c >= 0 && c < counts.length) counts[c]!++;
	}
	return counts;
}

/**
 * An SVG area path of the density, `width` × `height`, on a square-root scale so that a burst does
 * not flatten every quieter year to nothing. One node however many events.
 */
export function densityPath(counts: Float32Array, width: number, height: number): string {
	const max = Math.max(0, ...counts);
	if (max === 0) return '';
	const dx = width / counts.length;
	// A step per column: each count holds from its column's left edge to the next; the last count is
	// repeated at the right edge so that its column is drawn whole.
	const columns = [...counts, counts[counts.length - 1]!];
	const density = area<number>()
		.x((_, i) => i * dx)
		.y0(height)
		.y1((c) => height - Math.sqrt(c / max) * height)
		.curve(curveStepAfter)
		.digits(1);
	return density(columns) ?? '';
}

/** Where the visible range lies on the overview, in its pixels (those of the base scale's range). */
export function brushOf(transform: ZoomTransform, width: number): [number, number] {
	return [transform.invertX(0), transform.invertX(width)];
}

/** The zoom transform that shows the overview's pixels `[b0, b1]` across `width`. */
export function transformOfBrush(b0: number, b1: number, width: number): ZoomTransform {
	const k = width / Math.max(1e-6, b1 - b0);
	return zoomIdentity.translate(-b0 * k, 0).scale(k);
}
