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
