import { describe, expect, test } from 'vitest';
import type { Mark } from '../../../src/lib/timeline/layout';
import { adjacentCluster, adjacentMark } from '../../../src/lib/timeline/navigation';

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

describe('adjacentCluster', () => {
	const cluster = (lane: number, start: number, cx: number) => ({ key: `${lane}:${start}`, lane, start, cx });
	// Out of order on purpose: the keys follow time within a lane, not the list.
	const clusters = [cluster(0, 30, 300), cluster(0, 10, 100), cluster(1, 20, 220), cluster(0, 20, 200)];
	const from = (key: string) => clusters.find((c) => c.key === key)!;
	test.each([
		{ from: '0:10', key: 'ArrowRight', to: '0:20' },
		{ from: '0:20', key: 'ArrowLeft', to: '0:10' },
		{ from: '0:30', key: 'ArrowRight', to: undefined },
		{ from: '0:10', key: 'ArrowLeft', to: undefined },
		{ from: '0:30', key: 'Home', to: '0:10' },
		{ from: '0:10', key: 'End', to: '0:30' },
		{ from: '0:30', key: 'ArrowDown', to: '1:20' },
		{ from: '1:20', key: 'ArrowUp', to: '0:20' },
		{ from: '0:10', key: 'ArrowUp', to: undefined }
	])('$key from cluster $from goes to $to', ({ from: key0, key, to }) =>
		expect(adjacentCluster(clusters, from(key0), key)?.key).toBe(to)
	);
});
