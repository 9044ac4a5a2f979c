/** Lane packing of event marks: where each event's shape stands, in which lane, with what label. */
import type { TimelineEvent } from '../model/types.ts';
import { CHAR_WIDTH, estimateWidth, type LabelWidth } from './label-width.ts';
import { packLanes, type Extent } from './lanes.ts';
import { spanOf, type TimeScale } from './scales.ts';

/**
 * How an event is drawn: a dot for a single day, a bar for a known range of days, and a soft band for
 * a month or year known only to that precision (so it never claims a false exact day).
 */
export type MarkShape = 'point' | 'range' | 'period';

export interface Mark {
	event: TimelineEvent;
	shape: MarkShape;
	/** Left and right edges of the drawn shape, in pixels of the visible scale. */
	x0: number;
	x1: number;
	/** Where a dot stands: the middle of its day. */
	cx: number;
	lane: number;
	labelX: number;
	/** The title cut to the room before the next mark in the lane; '' when there is no room. */
	label: string;
	/** The label's width in pixels, by the same measure that reserved its room. */
	labelWidth: number;
}

export interface LayoutOptions {
	radius?: number;
	gap?: number;
	/** The width of a label's text (measured in the browser, estimated on the server). */
	measure?: LabelWidth;
	/** The most room reserved for a label when packing. */
	maxLabel?: number;
	/** Above this many lanes, labels stop reserving room and marks pack tight. */
	maxLanes?: number;
	/** The plot's width: no label runs past it. */
	width?: number;
}

/** The narrowest span, in pixels, whose label is drawn inside it. */
const INSIDE_LABEL = 80;

/** Shape of an event's mark from its precision and span. */
export function shapeOf(event: TimelineEvent): MarkShape {
	if (event.precision !== 'day') return 'period';
	return event.start === event.end ? 'point' : 'range';
}

/**
 * Place every event: its shape's pixel extent under `x`, a lane where it overlaps nothing, and the
 * label that fits. Events must be sorted by start (the dataset order).
 */
export function layoutMarks(
	events: readonly TimelineEvent[],
	x: TimeScale,
	{
		radius = 6,
		gap = 6,
		measure = estimateWidth,
		maxLabel = 150,
		maxLanes = 14,
		width = Infinity
	}: LayoutOptions = {}
): { marks: Mark[]; lanes: number } {
	const shapes: Extent[] = events.map((event) => {
		const [a, b] = spanOf(event);
		const shape = shapeOf(event);
		if (shape === 'point') {
			const cx = (x(a) + x(b)) / 2;
			return { x0: cx - radius, x1: cx + radius };
		}
		const x0 = x(a);
		return { x0, x1: Math.max(x(b), x0 + 2 * radius) };
	});
	// The most label room that still fits in `maxLanes`: a full label, a short one, or none at all.
	let packed = packLanes(shapes, gap);
	for (const room of [maxLabel, maxLabel * 0.6]) {
		const labelled = shapes.map((s, i) => ({
			x0: s.x0,
			x1: Math.max(s.x1, s.x0 + Math.min(room, measure(events[i]!.title)) + 2 * radius)
		}));
		const attempt = packLanes(labelled, gap);
		if (attempt.count <= maxLanes) {
			packed = attempt;
			break;
		}
	}

	const marks: Mark[] = events.map((event, i) => {
		const { x0, x1 } = shapes[i]!;
		const shape = shapeOf(event);
		// A label runs inside a span wide enough to hold its start, else after the mark like a dot's.
		const labelX = shape !== 'point' && x1 - x0 >= INSIDE_LABEL ? x0 + radius : x1 + 4;
		const lane = packed.lanes[i]!;
		return { event, shape, x0, x1, cx: (x0 + x1) / 2, lane, labelX, label: '', labelWidth: 0 };
	});

	// A label runs until the next mark of its lane begins.
	const nextInLane = new Map<number, number>();
	for (let i = marks.length - 1; i >= 0; i--) {
		const mark = marks[i]!;
		const limit = Math.min(nextInLane.get(mark.lane) ?? Infinity, width + gap);
		// The title's own measured width per character: what it fits in proportion.
		const title = mark.event.title;
		const perChar = measure(title) / title.length || CHAR_WIDTH;
		mark.label = fitLabel(title, (limit - gap - mark.labelX) / perChar);
		mark.labelWidth = mark.label.length * perChar;
		nextInLane.set(mark.lane, mark.x0);
	}
	return { marks, lanes: packed.count };
}

/**
 * The title, or as many of its first words as fit in `chars` characters with an ellipsis; '' when not
 * even the first word does. Never a piece of a word: what a mark shows must be words of its accessible
 * name (WCAG 2.5.3, label in name), so that a reader can say what they see to speech input.
 */
export function fitLabel(title: string, chars: number): string {
	if (title.length <= chars) return title;
	const room = Math.floor(chars) - 1;
	if (room < 6) return '';
	// The cut ends where a word does: before a space, or at the room's end if a space follows it.
	const space = title.lastIndexOf(' ', room);
	return space > 0 ? title.slice(0, space).trimEnd() + '…' : '';
}
