/**
 * Keyboard targets: where each key of the timeline leads, as data for the component to act on.
 */
import type { Cluster } from './clusters.ts';
import type { Mark } from './layout.ts';
import { adjacentCluster, adjacentMark } from './navigation.ts';
import { nearestOfType, positionOf, type EventIndex } from './window.ts';
import { PAN_STEP, ZOOM_STEP } from './zoom.ts';

/** A key's target among the controls: a drawn mark or cluster, or an event beyond what is drawn (its position in the index). */
export type KeyTarget = { mark: Mark } | { cluster: Cluster } | { position: number };

/** What a key does to the view as a whole: zoom by a factor, move the content right by a fraction of the width, or fit everything. */
export type ViewCommand = { zoom: number } | { pan: number } | { fit: true };

/** The modifiers that leave a key to the browser (shortcuts of the page or the system). */
type Keystroke = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>;

/**
 * Where a key leads from a mark: Left/Right the previous/next event in time, Up/Down the nearest mark
 * of the lane above/below, Home/End the first/last event. Where not every event is laid out (a large
 * timeline lays out only the span around the view), Left/Right go on past it, and Home/End go to the
 * first/last event of the index.
 */
export function markKeyTarget(
	key: string,
	from: Mark,
	marks: readonly Mark[],
	index: EventIndex
): KeyTarget | undefined {
	// Home and End of a partial layout go to the ends of the index, not of the laid-out span.
	const partial = marks.length < index.events.length;
	const next = partial && (key === 'Home' || key === 'End') ? undefined : adjacentMark(marks, from, key);
	if (next) return { mark: next };
	if (!partial) return undefined;
	const i = positionOf(index, from.event.id);
	if (i === undefined) return undefined;
	const last = index.events.length - 1;
	const beyond: Record<string, number | undefined> = {
		ArrowLeft: i > 0 ? i - 1 : undefined,
		ArrowRight: i < last ? i + 1 : undefined,
		Home: i > 0 ? 0 : undefined,
		End: i < last ? last : undefined
	};
	const position = beyond[key];
	return position === undefined ? undefined : { position };
}

/**
 * Where a key leads from a cluster: Left/Right the previous/next cluster of its lane, Up/Down the
 * nearest of the lane above/below, Home/End the first/last of its lane. At the edge of what is drawn,
 * Left/Right go on to the nearest event of the lane's type in the index.
 */
export function clusterKeyTarget(
	key: string,
	from: Cluster,
	clusters: readonly Cluster[],
	index: EventIndex
): KeyTarget | undefined {
	const next = adjacentCluster(clusters, from, key);
	if (next) return { cluster: next };
	if (key !== 'ArrowLeft' && key !== 'ArrowRight') return undefined;
	const before = key === 'ArrowLeft';
	const position = nearestOfType(index, from.type, before ? from.start : from.end, before);
	return position === undefined ? undefined : { position };
}

/** What a key pressed anywhere in the timeline does to the view: `+`/`-` zoom, `0` fits, Shift+←/→ pan. */
export function viewCommand({ key, shiftKey, altKey, ctrlKey, metaKey }: Keystroke): ViewCommand | undefined {
	if (altKey || ctrlKey || metaKey) return undefined;
	if (key === '+' || key === '=') return { zoom: ZOOM_STEP };
	if (key === '-') return { zoom: 1 / ZOOM_STEP };
	if (key === '0') return { fit: true };
	// `pan` moves the content: Shift+← brings earlier dates in from the left.
	if (shiftKey && key === 'ArrowLeft') return { pan: PAN_STEP };
	if (shiftKey && key === 'ArrowRight') return { pan: -PAN_STEP };
	return undefined;
}

/**
 * Where a key moves the minimap's brush `[b0, b1]` on an overview `width` wide: ←/→ a fifth of it,
 * PageUp/PageDown its whole width, Home/End to the ends; ↑ or `+` zoom in, ↓ or `-` out, around its middle.
 */
export function brushKeyTarget(
	{ key, altKey, ctrlKey, metaKey }: Omit<Keystroke, 'shiftKey'>,
	[b0, b1]: readonly [number, number],
	width: number
): [number, number] | undefined {
	if (altKey || ctrlKey || metaKey) return undefined;
	const span = b1 - b0;
	const mid = (b0 + b1) / 2;
	const zoom = (factor: number): [number, number] => [mid - (span * factor) / 2, mid + (span * factor) / 2];
	const by = (dx: number): [number, number] => [b0 + dx, b1 + dx];
	switch (key) {
		case 'ArrowLeft':
			return by(-span * PAN_STEP);
		case 'ArrowRight':
			return by(span * PAN_STEP);
		case 'PageUp':
			return by(-span);
		case 'PageDown':
			return by(span);
		case 'Home':
			return [0, span];
		case 'End':
			return [width - span, width];
		case 'ArrowUp':
		case '+':
		case '=':
			return zoom(1 / ZOOM_STEP);
		case 'ArrowDown':
		case '-':
			return zoom(ZOOM_STEP);
		default:
			return undefined;
	}
}
