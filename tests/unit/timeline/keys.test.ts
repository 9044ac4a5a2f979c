import { describe, expect, test } from 'vitest';
import type { Cluster } from '../../../src/lib/timeline/clusters';
import {
	brushKeyTarget,
	clusterKeyTarget,
	markKeyTarget,
	viewCommand,
	type KeyTarget
} from '../../../src/lib/timeline/keys';
import type { Mark } from '../../../src/lib/timeline/layout';
import { indexEvents } from '../../../src/lib/timeline/window';
import { PAN_STEP, ZOOM_STEP } from '../../../src/lib/timeline/zoom';
import { makeEvent } from '../../support/events.ts';

const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const day = (i: number) => new Date(ms('2019-01-01') + i * 86_400_000).toISOString().slice(0, 10);
// Ten talks then three meetings, one a day.
const index = indexEvents([
	...Array.from({ length: 10 }, (_, i) => makeEvent(`t${i}`, day(i))),
	...Array.from({ length: 3 }, (_, i) => makeEvent(`m${i}`, day(20 + i), day(20 + i), { type: 'meeting' }))
]);

const markOf = (id: string, lane: number, cx: number) =>
	({ event: index.events.find((e) => e.id === id)!, lane, cx }) as unknown as Mark;

/** A target as a short name: `mark t4`, `cluster talks:0`, `event 7`. */
const named = (target: KeyTarget | undefined) =>
	!target
		? undefined
		: 'mark' in target
			? `mark ${target.mark.event.id}`
			: 'cluster' in target
				? `cluster ${target.cluster.key}`
				: `event ${target.position}`;

describe('markKeyTarget', () => {
	// Every event laid out: the keys stay among the marks.
	const all = index.events.map((e, i) => markOf(e.id, i % 2, i * 10));
	// A large timeline's layout: only t3 … t6.
	const some = [markOf('t3', 0, 30), markOf('t4', 1, 40), markOf('t5', 0, 50), markOf('t6', 1, 60)];

	test.each([
		{ marks: 'all', from: 't4', key: 'ArrowRight', to: 'mark t5' },
		{ marks: 'all', from: 't4', key: 'ArrowLeft', to: 'mark t3' },
		{ marks: 'all', from: 't4', key: 'Home', to: 'mark t0' },
		{ marks: 'all', from: 'm2', key: 'End', to: undefined },
		{ marks: 'all', from: 'm2', key: 'ArrowRight', to: undefined },
		{ marks: 'all', from: 't5', key: 'ArrowUp', to: 'mark t4' },
		{ marks: 'all', from: 't4', key: 'PageUp', to: undefined },
		{ marks: 'some', from: 't4', key: 'ArrowRight', to: 'mark t5' },
		{ marks: 'some', from: 't3', key: 'ArrowDown', to: 'mark t4' },
		{ marks: 'some', from: 't6', key: 'ArrowRight', to: 'event 7' },
		{ marks: 'some', from: 't3', key: 'ArrowLeft', to: 'event 2' },
		{ marks: 'some', from: 't5', key: 'Home', to: 'event 0' },
		{ marks: 'some', from: 't5', key: 'End', to: 'event 12' },
		{ marks: 'some', from: 't5', key: 'x', to: undefined }
	])('$key from $from with $marks laid out goes to $to', ({ marks, from, key, to }) => {
		const drawn = marks === 'all' ? all : some;
		expect(
			named(
				markKeyTarget(
					key,
					drawn.find((m) => m.event.id === from)!,
					drawn,
					index
				)
			)
		).toBe(to);
	});
});

describe('clusterKeyTarget', () => {
	const cluster = (type: 'talks' | 'meeting', lane: number, from: number, to: number) =>
		({
			key: `${type}:${from}`,
			type,
			lane,
			start: ms(day(from)),
			end: ms(day(to)),
			cx: (from + to) * 5
		}) as Cluster;
	// Talks of days 4–7 in two clusters, the meetings in one: the rest of the index is out of view.
	const clusters = [cluster('talks', 0, 4, 6), cluster('talks', 0, 6, 8), cluster('meeting', 1, 20, 22)];
	test.each([
		{ from: 'talks:4', key: 'ArrowRight', to: 'cluster talks:6' },
		{ from: 'talks:6', key: 'Home', to: 'cluster talks:4' },
		{ from: 'talks:4', key: 'ArrowDown', to: 'cluster meeting:20' },
		{ from: 'talks:6', key: 'ArrowRight', to: 'event 8' },
		{ from: 'talks:4', key: 'ArrowLeft', to: 'event 3' },
		{ from: 'meeting:20', key: 'ArrowRight', to: 'event 12' },
		{ from: 'meeting:20', key: 'ArrowLeft', to: undefined },
		{ from: 'talks:4', key: 'End', to: 'cluster talks:6' },
		{ from: 'talks:6', key: 'End', to: undefined }
	])('$key from cluster $from goes to $to', ({ from, key, to }) =>
		expect(
			named(
				clusterKeyTarget(
					key,
					clusters.find((c) => c.key === from)!,
					clusters,
					index
				)
			)
		).toBe(to)
	);
});

describe('viewCommand', () => {
	const press = (key: string, modifiers: Partial<KeyboardEvent> = {}) => ({
		key,
		shiftKey: false,
		altKey: false,
		ctrlKey: false,
		metaKey: false,
		...modifiers
	});
	test.each([
		{ name: '+', stroke: press('+'), command: { zoom: ZOOM_STEP } },
		{ name: '=', stroke: press('='), command: { zoom: ZOOM_STEP } },
		{ name: '-', stroke: press('-'), command: { zoom: 1 / ZOOM_STEP } },
		{ name: '0', stroke: press('0'), command: { fit: true } },
		{ name: 'Shift+ArrowLeft', stroke: press('ArrowLeft', { shiftKey: true }), command: { pan: PAN_STEP } },
		{
			name: 'Shift+ArrowRight',
			stroke: press('ArrowRight', { shiftKey: true }),
			command: { pan: -PAN_STEP }
		},
		{ name: 'ArrowLeft', stroke: press('ArrowLeft'), command: undefined },
		{ name: 'Ctrl++', stroke: press('+', { ctrlKey: true }), command: undefined },
		{ name: 'Meta+0', stroke: press('0', { metaKey: true }), command: undefined }
	])('$name does $command', ({ stroke, command }) => expect(viewCommand(stroke)).toEqual(command));
});

describe('brushKeyTarget', () => {
	const press = (key: string, ctrlKey = false) => ({ key, altKey: false, ctrlKey, metaKey: false });
	const brush = [200, 300] as const;
	test.each([
		{ key: 'ArrowLeft', to: [180, 280] },
		{ key: 'ArrowRight', to: [220, 320] },
		{ key: 'PageUp', to: [100, 200] },
		{ key: 'PageDown', to: [300, 400] },
		{ key: 'Home', to: [0, 100] },
		{ key: 'End', to: [900, 1000] },
		{ key: 'ArrowUp', to: [250 - 50 / ZOOM_STEP, 250 + 50 / ZOOM_STEP] },
		{ key: '+', to: [250 - 50 / ZOOM_STEP, 250 + 50 / ZOOM_STEP] },
		{ key: 'ArrowDown', to: [250 - 50 * ZOOM_STEP, 250 + 50 * ZOOM_STEP] },
		{ key: 'Enter', to: undefined }
	])('$key moves the brush to $to', ({ key, to }) => {
		const target = brushKeyTarget(press(key), brush, 1000);
		if (!to) return expect(target).toBeUndefined();
		expect(target![0]).toBeCloseTo(to[0]!, 9);
		expect(target![1]).toBeCloseTo(to[1]!, 9);
	});

	test('brushKeyTarget leaves a key with Ctrl to the browser', () =>
		expect(brushKeyTarget(press('ArrowLeft', true), brush, 1000)).toBeUndefined());
});
