import { describe, expect, test } from 'vitest';
import type { Mark } from '../../../src/lib/timeline/layout';
import { adjacentMark } from '../../../src/lib/timeline/navigation';

const mark = (id: string, lane: number, cx: number) =>
	({
		event: { id },
		lane,
		cx,
		x0: cx - 6,
		x1: cx + 6,
		shape: 'point',
		labelX: 0,
		label: ''
	}) as unknown as Mark;

const marks = [mark('a', 0, 10), mark('b', 1, 40), mark('c', 0, 100), mark('d', 1, 120)];

describe('adjacentMark', () => {
	test.each([
		{ from: 'a', key: 'ArrowRight', to: 'b' },
		{ from: 'b', key: 'ArrowLeft', to: 'a' },
		{ from: 'a', key: 'ArrowLeft', to: undefined },
		{ from: 'd', key: 'ArrowRight', to: undefined },
		{ from: 'c', key: 'Home', to: 'a' },
		{ from: 'a', key: 'End', to: 'd' },
		{ from: 'c', key: 'ArrowDown', to: 'd' },
		{ from: 'b', key: 'ArrowUp', to: 'a' },
		{ from: 'a', key: 'ArrowUp', to: undefined },
		{ from: 'a', key: 'x', to: undefined }
	])('$key from $from goes to $to', ({ from, key, to }) => {
		expect(
			adjacentMark(
				marks,
				marks.find((m) => m.event.id === from)!,
				key
			)?.event.id
		).toBe(to);
	});
});
