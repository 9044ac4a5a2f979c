/**
 * The timeline's zoom state: a d3-zoom transform over the base scale, moved by the reader's gestures
 * on the element it is attached to, or by code, always within the zoom's reach over the data.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { untrack } from 'svelte';
import { inView, visiblePixels } from './in-view.ts';
import { transformOfBrush } from './minimap.ts';
import type { TimeScale } from './scales.ts';
import { clampTransform, zoomLimits, type ZoomLimits } from './zoom.ts';

/** What the zoom follows: the base (fitted, unzoomed) scale, and the plot's size in pixels. */
export interface ZoomInput {
	base: () => TimeScale;
	width: () => number;
	height: () => number;
}

interface ZoomEvent {
	transform: ZoomTransform;
	sourceEvent: Event | null;
}

export class ZoomController {
	readonly #input: ZoomInput;
	readonly #behavior = zoom<SVGSVGElement, unknown>();
	#element: SVGSVGElement | undefined;
	#pending = zoomIdentity;
	#frame = 0;
	#byCode = false;

	/** Where the reader has zoomed and panned to, over the base scale. */
	transform: ZoomTransform = $state.raw(zoomIdentity);
	/** The zoom's scale factor alone: unchanged while the reader pans. */
	k = $derived(this.transform.k);
	/** The visible scale. */
	x: TimeScale;
	/** The base scale zoomed but not panned: a layout under it moves by `transform.x` alone while panning. */
	zoomed: TimeScale;
	/** How far the view may zoom and pan: the data's extent plus its margin, down to about a day. */
	limits: ZoomLimits;

	constructor(input: ZoomInput) {
		this.#input = input;
		this.x = $derived(this.transform.rescaleX(input.base()));
		this.zoomed = $derived(zoomIdentity.scale(this.k).rescaleX(input.base()));
		this.limits = $derived(zoomLimits(input.base(), input.width(), input.height()));
		this.#behavior
			.clickDistance(4)
			.extent(() => this.limits.extent)
			// d3-zoom clamps a wheel's scale before it zooms around the pointer: it needs the current
			// limits as each gesture begins (the filter runs first), not as they were when last pushed.
			.filter((event: MouseEvent) => {
				this.#behavior.scaleExtent(this.limits.scale);
				return (!event.ctrlKey || event.type === 'wheel') && !event.button;
			})
			.constrain((t) => clampTransform(t, this.limits))
			.on('zoom', (event: ZoomEvent) => this.#zoomed(event));
	}

	/**
	 * A gesture (wheel, drag, pinch) can send several events a frame: the view follows the latest once
	 * per frame. A change made by code shows at once, also within 150 ms of a wheel, when d3-zoom hands
	 * it the wheel's event as its source.
	 */
	#zoomed({ transform, sourceEvent }: ZoomEvent) {
		if (this.#byCode || !sourceEvent) {
			cancelAnimationFrame(this.#frame);
			this.#frame = 0;
			this.transform = transform;
			return;
		}
		this.#pending = transform;
		this.#frame ||= requestAnimationFrame(() => {
			this.#frame = 0;
			this.transform = this.#pending;
		});
	}

	/** For `{@attach}`: d3-zoom takes the element's wheel, drag and pinch, starting from the transform as it is. */
	attach = (element: SVGSVGElement) => {
		this.#element = element;
		const selection = select(element);
		selection.call(this.#behavior);
		untrack(() => this.show(this.transform));
		return () => {
			cancelAnimationFrame(this.#frame);
			selection.on('.zoom', null);
			this.#element = undefined;
		};
	};

	/** Show `t`, or the nearest view to it within the limits: for keys, buttons, the minimap and focus. */
	show(t: ZoomTransform) {
		const clamped = clampTransform(t, this.limits);
		this.#behavior.scaleExtent(this.limits.scale);
		if (!this.#element) {
			this.transform = clamped;
			return;
		}
		this.#byCode = true;
		try {
			select(this.#element).call(this.#behavior.transform, clamped);
		} finally {
			this.#byCode = false;
		}
	}

	/** Show everything: the whole base scale. */
	fit() {
		this.show(zoomIdentity);
	}

	/** Zoom by `factor` around the pixel `at` of the view (its middle by default), which stays in place. */
	zoomBy(factor: number, at = this.#input.width() / 2) {
		const t = this.transform;
		const [lo, hi] = this.limits.scale;
		const k = Math.min(hi, Math.max(lo, t.k * factor));
		this.show(zoomIdentity.translate(at - t.invertX(at) * k, t.y).scale(k));
	}

	/** Move the content right by `px` pixels of the view (left for a negative `px`). */
	panBy(px: number) {
		this.show(this.transform.translate(px / this.transform.k, 0));
	}

	/** Show the base scale's pixels `[b0, b1]` across the view: the minimap's brush. */
	showPixels(b0: number, b1: number) {
		this.show(transformOfBrush(b0, b1, this.#input.width()));
	}

	/** Show the instants `[t0, t1)` (ms) across the view, with `pad` of their length as air on each side. */
	showSpan(t0: number, t1: number, pad = 0) {
		const base = this.#input.base();
		const [b0, b1] = [base(t0), base(t1)];
		this.showPixels(b0 - (b1 - b0) * pad, b1 + (b1 - b0) * pad);
	}

	/**
	 * Bring the instants `[t0, t1)` (ms) into view when none of them is: their middle, or for a span
	 * longer than the view its beginning, so the reader lands where it starts rather than months into it.
	 */
	reveal(t0: number, t1: number) {
		const x = this.x;
		const width = this.#input.width();
		if (inView(x(t0), x(t1), visiblePixels(width))) return;
		const [d0, d1] = x.domain().map(Number) as [number, number];
		const t = t0 + Math.min(t1 - t0, (d1 - d0) / 2) / 2;
		const k = this.transform.k;
		this.show(zoomIdentity.translate(width / 2 - this.#input.base()(t) * k, this.transform.y).scale(k));
	}
}
