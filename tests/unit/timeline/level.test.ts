import { describe, expect, test } from 'vitest';
import { zoomIdentity } from 'd3-zoom';
import { chooseDetail, chooseView, layoutSpan, levelOf } from '../../../src/lib/timeline/level';
import { baseScale } from '../../../src/lib/timeline/scales';
import { indexEvents } from '../../../src/lib/timeline/window';
import { makeEvent } from '../../support/events.ts';

const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const DAY = 86_400_000;
const day = (i: number) => new Date(ms('2019-01-01') + i * DAY).toISOString().slice(0, 10);

describe('levelOf', () => {
	test.each([
		{ count: 0, level: 'events' },
		{ count: 300, level: 'events' },
		{ count: 301, level: 'clusters' }
	])('levelOf($count) is $level', ({ count, level }) => expect(levelOf(count)).toBe(level));
});

describe('layoutSpan', () => {
	const base = baseScale([new Date(ms('2019-01-01')), new Date(ms('2020-01-01'))], 1000);

	test('layoutSpan covers the visible range and at most half as much again', () => {
		const x = zoomIdentity.translate(-1234, 0).scale(4).rescaleX(base);
		const [d0, d1] = x.domain().map(Number) as [number, number];
		const [s0, s1] = layoutSpan(x);
		expect(s0).toBeLessThanOrEqual(d0);
		expect(s1).toBeGreaterThanOrEqual(d1);
		expect(s1 - s0).toBeLessThanOrEqual(1.5 * (d1 - d0) + 1);
	});

	test('layoutSpan stays the same while a small pan stays inside its grid', () => {
		const spans = [0, 1, 2, 3, 4, 5].map((px) =>
			layoutSpan(zoomIdentity.translate(-px, 0).scale(4).rescaleX(base)).join()
		);
		expect(new Set(spans).size).toBeLessThanOrEqual(2);
	});
});

describe('chooseDetail', () => {
	const out = new Int32Array(64);

	test('chooseDetail lays out the events of the span and only counts those longer than it', () => {
		const index = indexEvents([
			makeEvent('year', '2019-01-01', '2019-12-31', { precision: 'year' }),
			makeEvent('a', '2019-03-02'),
			makeEvent('b', '2019-03-05'),
			makeEvent('march', '2019-03-01', '2019-03-31', { precision: 'month' })
		]);
		// March begins inside the span but is longer than it: it is counted, not laid out.
		const detail = chooseDetail(index, [ms('2019-02-26'), ms('2019-03-06')], out, 10);
		expect(detail.level).toBe('events');
		expect(Array.from(out.subarray(0, detail.count), (i) => index.events[i]!.id)).toEqual(['a', 'b']);
		expect(detail.spanning).toEqual({ count: 2, start: ms('2019-01-01'), end: ms('2020-01-01') });
	});

	test('chooseDetail clusters when more events than the limit would be laid out', () => {
		const index = indexEvents(Array.from({ length: 30 }, (_, i) => makeEvent(`e${i}`, day(i))));
		expect(chooseDetail(index, [ms('2019-01-01'), ms('2019-02-01')], out, 20).level).toBe('clusters');
		expect(chooseDetail(index, [ms('2019-01-01'), ms('2019-01-11')], out, 20)).toMatchObject({
			level: 'events',
			count: 10
		});
	});
});

describe('chooseView', () => {
	const out = new Int32Array(64);
	const x = baseScale([new Date(ms('2019-01-01')), new Date(ms('2019-03-01'))], 1000);
	const many = indexEvents([
		...Array.from({ length: 30 }, (_, i) => makeEvent(`t${i}`, day(i))),
		...Array.from({ length: 5 }, (_, i) => makeEvent(`m${i}`, day(i), day(i), { type: 'meeting' }))
	]);

	test.each([
		{ name: 'without a span, every event of a small timeline', span: undefined, kind: 'events', drawn: 35 },
		{
			name: 'the events of a span with few enough',
			span: [ms('2019-01-01'), ms('2019-01-04')] as [number, number],
			kind: 'events',
			drawn: 6
		},
		{
			name: 'clusters for a span with too many',
			span: [ms('2019-01-01'), ms('2019-02-01')] as [number, number],
			kind: 'clusters',
			drawn: undefined
		}
	])('chooseView draws $name', ({ span, kind, drawn }) => {
		const view = chooseView(many, x, { span, lanes: ['talks', 'meeting'], out, limit: 20 });
		expect(view.kind).toBe(kind);
		if (view.kind === 'events') expect(view.marks.length).toBe(drawn);
	});

	test('chooseView’s clusters count every event of the span once, in its type’s lane', () => {
		const view = chooseView(many, x, {
			span: [ms('2019-01-01'), ms('2019-02-01')],
			lanes: ['talks', 'meeting'],
			out,
			limit: 20
		});
		if (view.kind !== 'clusters') throw new Error(`expected clusters, got ${view.kind}`);
		expect(view.lanes).toEqual(['talks', 'meeting']);
		expect(view.clusters.reduce((sum, c) => sum + c.count, 0)).toBe(35);
		expect(view.clusters.every((c) => c.lane === (c.type === 'talks' ? 0 : 1))).toBe(true);
	});

	test('chooseView sums up the events longer than its span instead of drawing them', () => {
		const index = indexEvents([
			makeEvent('year', '2019-01-01', '2019-12-31', { precision: 'year' }),
			makeEvent('a', '2019-03-02')
		]);
		const view = chooseView(index, x, { span: [ms('2019-03-01'), ms('2019-03-05')], lanes: ['talks'], out });
		if (view.kind !== 'events') throw new Error(`expected events, got ${view.kind}`);
		expect(view.marks.map((m) => m.event.id)).toEqual(['a']);
		expect(view.spanning.count).toBe(1);
	});
});
