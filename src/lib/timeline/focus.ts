/**
 * The timeline's controls in the DOM: which mark (`data-id`) or cluster (`data-cluster`) an event
 * happened in or focus is on, found from the one group that listens for them all.
 */

/** A control by what it stands for: an event's id, or a cluster's key. */
export type ControlKey = { id: string } | { cluster: string };

/** The mark or cluster element an event's target is in, if any. */
export function controlOf(target: EventTarget | null): SVGElement | null {
	return target instanceof Element ? target.closest<SVGElement>('[data-id],[data-cluster]') : null;
}

/** What a control element stands for. */
export function keyOf(element: SVGElement): ControlKey {
	const cluster = element.dataset.cluster;
	return cluster !== undefined ? { cluster } : { id: element.dataset.id ?? '' };
}

/** The control element for `key` inside `root`, if it is drawn. */
export function controlFor(root: Element, key: ControlKey): SVGElement | null {
	return root.querySelector<SVGElement>(
		'cluster' in key ? `[data-cluster="${CSS.escape(key.cluster)}"]` : `[data-id="${CSS.escape(key.id)}"]`
	);
}

/** Where focus is in `element`'s root: a shadow root in the widget, where the document sees only the host. */
export function focusedIn(element: Element): Element | null {
	return (element.getRootNode() as Document | ShadowRoot).activeElement ?? null;
}

/** The timeline's tab stop: its mark or cluster in the tab order, else any control in it (the summary of longer events). */
export function tabStop(svg: Element): SVGElement | null {
	return (
		svg.querySelector<SVGElement>('.marks [tabindex="0"]') ?? svg.querySelector<SVGElement>('[tabindex="0"]')
	);
}
