/**
 * What the benchmark puts into every page before its own scripts run: a record of long tasks and DOM
 * changes (shadow roots included, where the widget draws), and a frame recorder. Kept as a function so
 * it is type-checked; Playwright sends its source to the page.
 */

export interface PageProbe {
	/** Times in ms from navigation start; `drawn` once the page shows a timeline at all. */
	state(vis: boolean): { drawn: boolean; lastActivity: number; now: number };
	startFrames(): void;
	/** Frame durations (rAF deltas, ms) since `startFrames`. */
	frames(): number[];
	countElements(): number;
	largestSurface(): Element | undefined;
}

function instrument() {
	let lastActivity = 0;
	const seen = (t: number) => {
		if (t > lastActivity) lastActivity = t;
	};
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) seen(entry.startTime + entry.duration);
	}).observe({ type: 'longtask', buffered: true });
	// vis-timeline moves its "now" marker on a timer, forever: that is a clock, not drawing.
	const mutations = new MutationObserver((records) => {
		if (records.some((r) => !(r.target instanceof Element && r.target.matches('.vis-current-time'))))
			seen(performance.now());
	});
	const watch = (root: Node) =>
		mutations.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
	watch(document);
	// The widget draws inside a shadow root, which a document observer does not see into.
	const attach = Element.prototype.attachShadow;
	Element.prototype.attachShadow = function (init: ShadowRootInit) {
		const root = attach.call(this, init);
		watch(root);
		return root;
	};

	const roots = (): (Document | ShadowRoot)[] => {
		const out: (Document | ShadowRoot)[] = [document];
		for (let i = 0; i < out.length; i++)
			for (const el of out[i]!.querySelectorAll('*')) if (el.shadowRoot) out.push(el.shadowRoot);
		return out;
	};

	let frames: number[] = [];
	let recording = 0;
	const probe: PageProbe = {
		state(vis) {
			// Dateline: a drawing surface of timeline size (legend swatches and icons are small).
			const surface = probe.largestSurface()?.getBoundingClientRect();
			const drawn = vis
				? document.querySelector('.vis-timeline .vis-item') !== null
				: surface !== undefined && surface.width * surface.height > 200 * 100;
			return { drawn, lastActivity, now: performance.now() };
		},
		startFrames() {
			frames = [];
			const id = ++recording;
			let last = performance.now();
			const tick = (t: number) => {
				if (id !== recording) return;
				frames.push(t - last);
				last = t;
				requestAnimationFrame(tick);
			};
			requestAnimationFrame(tick);
		},
		frames() {
			recording++;
			return frames;
		},
		countElements() {
			return roots().reduce((n, r) => n + r.querySelectorAll('*').length, 0);
		},
		largestSurface() {
			let best: Element | undefined;
			let area = 0;
			for (const r of roots()) {
				for (const el of r.querySelectorAll('svg, canvas')) {
					const { width, height } = el.getBoundingClientRect();
					if (width * height > area) [best, area] = [el, width * height];
				}
			}
			return best;
		}
	};
	(window as unknown as { __bench: PageProbe }).__bench = probe;
}

/** The probe as a script for `page.addInitScript`. */
// tsx keeps function names by wrapping them in `__name(…)`, which the page does not have.
export const INSTRUMENT = `var __name = (f) => f; (${instrument.toString()})()`;
