import { describe, expect, test } from 'vitest';
import type { TimelineEvent } from '../../../src/lib/model/types';
import { fitLabel, layoutMarks, shapeOf } from '../../../src/lib/timeline/layout';
import { baseScale, fitExtent } from '../../../src/lib/timeline/scales';
import { makeEvent } from '../../support/events.ts';

const event = (id: string, start: string, end = start, precision: TimelineEvent['precision'] = 'day') =>
	makeEvent(id, start, end, { precision, title: `Event ${id} with a fairly long title` });

describe('layoutMarks', () => {
	test.each([
		{ name: 'a single day is a point', e: event('a', '2018-09-17'), shape: 'point' },
		{ name: 'several days are a range', e: event('b', '2019-04-25', '2019-04-26'), shape: 'range' },
		{
			name: 'a month known only to the month is a period',
			e: event('c', '2019-03-01', '2019-03-31', 'month'),
			shape: 'period'
		},
		{ name: 'a year is a period', e: event('d', '2018-01-01', '2018-12-31', 'year'), shape: 'period' }
	])('$name', ({ e, shape }) => expect(shapeOf(e)).toBe(shape));

	test('layoutMarks puts overlapping events in different lanes and none overlap', () => {
		const events = [
			event('a', '2018-09-01', '2018-09-30', 'month'),
			event('b', '2018-09-07'),
			event('c', '2018-09-17'),
			event('d', '2018-09-17'),
			event('e', '2018-10-01')
		];
		const x = baseScale(fitExtent(Date.parse('2018-09-01'), Date.parse('2018-10-02')), 800);
		const { marks, lanes } = layoutMarks(events, x);
		expect(lanes).toBeGreaterThanOrEqual(2);
		for (const a of marks)
			for (const b of marks)
				if (a !== b && a.lane === b.lane) expect(a.x1 <= b.x0 || b.x1 <= a.x0).toBe(true);
		const same = marks.filter((m) => m.event.start === '2018-09-17');
		expect(same[0]!.lane).not.toBe(same[1]!.lane);
	});

	test('layoutMarks draws a month-precision event across the whole month, not on one day', () => {
		const e = event('m', '2019-03-01', '2019-03-31', 'month');
		const x = baseScale([new Date('2019-01-01T00:00:00Z'), new Date('2020-01-01T00:00:00Z')], 365);
		const [mark] = layoutMarks([e], x).marks;
		expect(mark!.x0).toBeCloseTo(59, 0);
		expect(mark!.x1).toBeCloseTo(90, 0);
	});

	test('layoutMarks cuts a label before the next mark of its lane', () => {
		const events = [event('a', '2018-01-01'), event('b', '2018-01-03')];
		const x = baseScale([new Date('2017-12-01T00:00:00Z'), new Date('2018-02-01T00:00:00Z')], 2000);
		const { marks } = layoutMarks(events, x, { maxLanes: 0 });
		const [a, b] = marks;
		expect(a!.lane).toBe(b!.lane);
		expect(a!.label.length).toBeLessThan(a!.event.title.length);
		expect(a!.labelX + a!.label.length * 6.6).toBeLessThanOrEqual(b!.x0);
	});
});

test.each([
	{ name: 'a wide span (a month, ~300 px) holds its label inside', end: '2019-04-30', inside: true },
	{ name: 'a short span (two days, ~20 px) has its label after it', end: '2019-04-02', inside: false }
])('layoutMarks: $name', ({ end, inside }) => {
	const e = event('r', '2019-04-01', end);
	const x = baseScale([new Date('2019-03-01T00:00:00Z'), new Date('2019-06-01T00:00:00Z')], 920);
	const [mark] = layoutMarks([e], x).marks;
	expect(mark!.labelX < mark!.x1).toBe(inside);
});

test('layoutMarks reserves a shorter label before giving labels up when lanes run out', () => {
	const events = [event('a', '2018-01-01'), event('b', '2018-01-11')];
	// 10 days apart at 12 px a day: 120 px, room for a short label (90) but not a full one (150).
	const x = baseScale([new Date('2017-12-31T00:00:00Z'), new Date('2018-01-31T00:00:00Z')], 31 * 12);
	const { marks, lanes } = layoutMarks(events, x, { maxLanes: 1 });
	expect(lanes).toBe(1);
	expect(marks[0]!.label).not.toBe('');
});

describe('fitLabel', () => {
	test.each([
		{ title: 'Astana talks', chars: 40, out: 'Astana talks' },
		{ title: 'Putin and Erdogan agree on Idlib zone', chars: 20, out: 'Putin and Erdogan…' },
		{ title: 'Putin and Erdogan agree', chars: 4, out: '' },
		// Whole words only: "Tillerso…" is not a word of the name a reader could say.
		{ title: 'Tillerson tells reporters', chars: 9, out: '' },
		{ title: 'Syria rejects attempts', chars: 12, out: 'Syria…' },
		{ title: 'US, Russia and Jordan agree', chars: 11, out: 'US, Russia…' }
	])('fitLabel("$title", $chars) is "$out"', ({ title, chars, out }) =>
		expect(fitLabel(title, chars)).toBe(out)
	);
});

describe('layoutMarks with a measured label width', () => {
	const x = baseScale(fitExtent(Date.parse('2018-09-01'), Date.parse('2018-10-02')), 800);
	const events = [event('a', '2018-09-07'), event('b', '2018-09-10')];

	test('layoutMarks reserves room for a label by the width it is given', () => {
		// Three days apart is ~75 px: a narrow font fits the first label before the second mark, a wide one does not.
		const narrow = layoutMarks(events, x, { measure: (text) => text.length * 1 });
		const wide = layoutMarks(events, x, { measure: (text) => text.length * 12 });
		expect(narrow.lanes).toBe(1);
		expect(wide.lanes).toBe(2);
	});

	test('layoutMarks gives each label the width its text measures, cut or not', () => {
		const measure = (text: string) => text.length * 5;
		const { marks } = layoutMarks(events, x, { measure, maxLanes: 1, width: 800 });
		for (const mark of marks) expect(mark.labelWidth).toBeCloseTo(mark.label.length * 5, 6);
		// The first is cut short of the second mark.
		expect(marks[0]!.label.length).toBeLessThan(events[0]!.title.length);
		expect(marks[0]!.labelX + marks[0]!.labelWidth).toBeLessThanOrEqual(marks[1]!.x0);
	});
});
