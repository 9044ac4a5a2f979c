/** Arrow-key neighbours: the mark or cluster next to another in time or across lanes. */
import type { Mark } from './layout.ts';

/**
 * The mark an arrow key leads to from `from`: Left/Right the previous/next event in time,
 * Up/Down the nearest event in the lane above/below, Home/End the first/last.
 */
export function adjacentMark(marks: readonly Mark[], from: Mark, key: string): Mark | undefined {
	const i = marks.findIndex((m) => m.event.id === from.event.id);
	if (i < 0) return undefined;
	switch (key) {
		case 'ArrowLeft':
			return marks[i - 1];
		case 'ArrowRight':
			return marks[i + 1];
		case 'Home':
			return i > 0 ? marks[0] : undefined;
		case 'End':
			return i < marks.length - 1 ? marks[marks.length - 1] : undefined;
		case 'ArrowUp':
		case 'ArrowDown':
			return nearestInLane(marks, from, from.lane + (key === 'ArrowUp' ? -1 : 1));
		default:
			return undefined;
	}
}

function nearestInLane(marks: readonly Mark[], from: Mark, lane: number): Mark | undefined {
	let best: Mark | undefined;
	for (const mark of marks) {
		if (mark.lane !== lane) continue;
		if (!best || Math.abs(mark.cx - from.cx) < Math.abs(best.cx - from.cx)) best = mark;
	}
	return best;
}

/** What the cluster keys need of a cluster: its lane, its place in time and its middle in pixels. */
interface LanePlace {
	key: string;
	lane: number;
	start: number;
	cx: number;
}

/**
 * The cluster an arrow key leads to from `from`: Left/Right the previous/next cluster of its lane
 * (its type) in time, Up/Down the nearest cluster in the lane above/below, Home/End the first/last
 * of its lane. `undefined` at an edge of what is drawn: the caller may then look beyond the view.
 */
export function adjacentCluster<T extends LanePlace>(
	clusters: readonly T[],
	from: T,
	key: string
): T | undefined {
	const lane = clusters.filter((c) => c.lane === from.lane).sort((a, b) => a.start - b.start);
	const i = lane.findIndex((c) => c.key === from.key);
	switch (key) {
		case 'ArrowLeft':
			return i > 0 ? lane[i - 1] : undefined;
		case 'ArrowRight':
			return i >= 0 ? lane[i + 1] : undefined;
		case 'Home':
			return i > 0 ? lane[0] : undefined;
		case 'End':
			return i < lane.length - 1 ? lane[lane.length - 1] : undefined;
		case 'ArrowUp':
		case 'ArrowDown': {
			const target = from.lane + (key === 'ArrowUp' ? -1 : 1);
			let best: T | undefined;
			for (const c of clusters)
				if (c.lane === target && (!best || Math.abs(c.cx - from.cx) < Math.abs(best.cx - from.cx))) best = c;
			return best;
		}
		default:
			return undefined;
	}
}
