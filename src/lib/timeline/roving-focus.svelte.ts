/**
 * Roving focus among the timeline's controls: the one mark or cluster in the tab order, which the
 * keys move, kept in the timeline through changes of view.
 */
import { tick as settled } from 'svelte';
import type { EventId } from '../model/types.ts';
import type { Cluster } from './clusters.ts';
import { controlFor, focusedIn, tabStop, type ControlKey } from './focus.ts';
import { inView, type Pixels } from './in-view.ts';
import type { KeyTarget } from './keys.ts';
import type { Mark } from './layout.ts';
import { dayStart, positionOf, type EventIndex } from './window.ts';

/** What the focus follows: what is laid out, what is in view, and the element it all is in. */
export interface FocusInput {
	index: () => EventIndex;
	marks: () => readonly Mark[];
	clusters: () => readonly Cluster[];
	/** The visible pixels, in the layout's coordinates. */
	seen: () => Pixels;
	selected: () => EventId | undefined;
	svg: () => SVGSVGElement | undefined;
	/** Bring the instants `[t0, t1)` (ms) into view. */
	reveal: (t0: number, t1: number) => void;
}

export class RovingFocus {
	readonly #input: FocusInput;
	/** The control the reader last moved to. */
	active: ControlKey | undefined = $state.raw();
	/**
	 * The one control in the tab order (an event's id or a cluster's key): the last one the reader moved
	 * to, else the selected event (or the cluster that holds it), else the first in view; only ever one
	 * that is drawn.
	 */
	focusable: string | undefined;
	/** The cluster that holds the selected event, if clusters are drawn. */
	selectedCluster: string | undefined;

	constructor(input: FocusInput) {
		this.#input = input;
		this.focusable = $derived.by(() => this.#focusable());
		this.selectedCluster = $derived(this.clusterOf(input.selected())?.key);
	}

	#focusable(): string | undefined {
		const { marks, clusters, seen, selected } = this.#input;
		const active = this.active;
		const activeId = active && 'id' in active ? active.id : undefined;
		const drawn = clusters();
		if (drawn.length > 0)
			return (
				drawn.find((c) => active && 'cluster' in active && c.key === active.cluster) ??
				[activeId, selected()].map((id) => this.clusterOf(id)).find(Boolean) ??
				drawn.find((c) => inView(c.x0, c.x1, seen())) ??
				drawn[0]
			)?.key;
		const laidOut = marks();
		const isDrawn = (id: EventId | undefined) => id !== undefined && laidOut.some((m) => m.event.id === id);
		return (
			[activeId, selected()].find(isDrawn) ??
			(laidOut.find((m) => inView(m.x0, m.x1, seen())) ?? laidOut[0])?.event.id
		);
	}

	/** The drawn cluster that holds an event, if clusters are drawn. */
	clusterOf(id: EventId | undefined): Cluster | undefined {
		const clusters = this.#input.clusters();
		// Asked before anything else: positionOf hashes every id on its first question.
		if (clusters.length === 0 || id === undefined) return undefined;
		const index = this.#input.index();
		const i = positionOf(index, id);
		if (i === undefined) return undefined;
		const [type, t] = [index.events[i]!.type, index.start[i]!];
		return clusters.find((c) => c.type === type && c.start <= t && t < c.end);
	}

	/**
	 * Run a change of view; if it removed the focused control (its mark became a cluster, or left the
	 * laid-out span), give focus to the control now in the tab order instead of dropping it on the page.
	 */
	async keep(change: () => void) {
		const svg = this.#input.svg();
		const had = !!svg && svg.contains(focusedIn(svg));
		change();
		await settled();
		if (had && svg && !svg.contains(focusedIn(svg))) tabStop(svg)?.focus();
	}

	/** Move focus to a control, bringing it into view first; an event may be in a cluster, or summed up. */
	async go(target: KeyTarget) {
		const { index: indexOf, reveal } = this.#input;
		const index = indexOf();
		if ('cluster' in target) {
			this.active = { cluster: target.cluster.key };
			reveal(target.cluster.start, target.cluster.end);
		} else {
			const i = 'position' in target ? target.position : positionOf(index, target.mark.event.id);
			if (i === undefined) return;
			this.active = { id: index.events[i]!.id };
			reveal(index.start[i]!, index.end[i]!);
		}
		await settled();
		const svg = this.#input.svg();
		const active = this.active;
		if (!svg || !active) return;
		// An event longer than the view is summed up, not drawn: focus stays in the timeline all the same.
		const cluster = 'id' in active ? this.clusterOf(active.id) : undefined;
		(
			controlFor(svg, active) ??
			(cluster && controlFor(svg, { cluster: cluster.key })) ??
			tabStop(svg)
		)?.focus();
	}

	/** Zoom into a cluster with `zoomIn`, then focus what is there now: its first event, or a finer cluster. */
	async enter(cluster: Cluster, zoomIn: () => void) {
		this.active = { cluster: cluster.key };
		zoomIn();
		await settled();
		const inBin = (t: number) => t >= cluster.start && t < cluster.end;
		const mark = this.#input
			.marks()
			.find((m) => m.event.type === cluster.type && inBin(dayStart(m.event.start)));
		const finer = this.#input.clusters().find((c) => c.type === cluster.type && inBin(c.start));
		if (mark || finer) return this.go(mark ? { mark } : { cluster: finer! });
		const svg = this.#input.svg();
		if (svg) tabStop(svg)?.focus();
	}
}
