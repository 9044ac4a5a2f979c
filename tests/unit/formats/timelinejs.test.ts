import { describe, expect, test } from 'vitest';
import {
	fromTimelineJs,
	isTimelineJs,
	timelineJsDataset,
	toTimelineJs,
	toTimelineJsSlide
} from '../../../src/lib/formats/timelinejs';
import type { TimelineEvent } from '../../../src/lib/model/types';
import { validateDataset } from '../../../src/lib/model/validate';
import { fixture } from '../model/fixture';

const event = (fields: Partial<TimelineEvent>): TimelineEvent => ({
	id: 'e',
	title: 'Talks in Astana',
	type: 'talks',
	start: '2019-04-25',
	end: '2019-04-25',
	precision: 'day',
	actors: [],
	sources: [],
	...fields
});

describe('toTimelineJsSlide', () => {
	test.each([
		{
			name: 'a day keeps year, month and day',
			fields: {},
			start: { year: '2019', month: '4', day: '25' },
			end: undefined,
			display: '25 April 2019'
		},
		{
			name: 'a month has no day',
			fields: { start: '2018-09-01', end: '2018-09-30', precision: 'month' as const },
			start: { year: '2018', month: '9' },
			end: undefined,
			display: 'September 2018'
		},
		{
			name: 'a year has only the year',
			fields: { start: '2017-01-01', end: '2017-12-31', precision: 'year' as const },
			start: { year: '2017' },
			end: undefined,
			display: '2017'
		},
		{
			name: 'a span of days has an end date',
			fields: { end: '2019-04-26' },
			start: { year: '2019', month: '4', day: '25' },
			end: { year: '2019', month: '4', day: '26' },
			display: '25–26 April 2019'
		},
		{
			name: 'a span of months ends at its last month, without a day',
			fields: { start: '2018-05-01', end: '2018-07-31', precision: 'month' as const },
			start: { year: '2018', month: '5' },
			end: { year: '2018', month: '7' },
			display: 'May – July 2018'
		}
	])('$name', ({ fields, start, end, display }) => {
		const slide = toTimelineJsSlide(event(fields));
		expect(slide.start_date).toEqual(start);
		expect(slide.end_date).toEqual(end);
		expect(slide.display_date).toBe(display);
	});

	test('writes the type label as group and the id as unique_id', () => {
		const slide = toTimelineJsSlide(event({ id: '2019-04-25-talks', type: 'agreement' }));
		expect([slide.group, slide.unique_id]).toEqual(['Agreement', '2019-04-25-talks']);
	});

	test('escapes headline, summary and quotes: article text never becomes markup', () => {
		const hostile = '<img src=x onerror="alert(1)"> & <script>alert("x")</script>';
		const slide = toTimelineJsSlide(
			event({
				title: `Leaders meet ${hostile}`,
				summary: hostile,
				sources: [{ article: 'a', quote: `He said "${hostile}"`, start: 0, end: 1 }]
			}),
			new Map([
				['a', { id: 'a', title: 'A <b>bold</b> title', published: '2019-04-25', source: 'Wire & Co' }]
			])
		);
		const html = `${slide.text!.headline}${slide.text!.text}`;
		expect(html).not.toMatch(/<(img|script|b)\b/);
		expect(slide.text!.headline).toBe(
			'Leaders meet &lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
		);
		expect(slide.text!.text).toContain('<cite>Wire &amp; Co, A &lt;b&gt;bold&lt;/b&gt; title</cite>');
		expect(slide.text!.text).toContain('<blockquote>He said &quot;&lt;img');
	});
});

describe('toTimelineJs', () => {
	test('writes a title slide and one slide per event', () => {
		const dataset = fixture();
		const timeline = toTimelineJs(dataset, { title: 'Syria <talks>' });
		expect(timeline.title?.text?.headline).toBe('Syria &lt;talks&gt;');
		expect(timeline.events.map((s) => s.unique_id)).toEqual(dataset.events.map((e) => e.id));
		expect(isTimelineJs(timeline)).toBe(true);
		expect(isTimelineJs(dataset)).toBe(false);
	});
});

describe('fromTimelineJs', () => {
	const read = (slide: object) => fromTimelineJs({ events: [slide] });

	test.each([
		{ date: { year: 2019, month: 4, day: 25 }, precision: 'day', start: '2019-04-25', end: '2019-04-25' },
		{ date: { year: '2018', month: '9' }, precision: 'month', start: '2018-09-01', end: '2018-09-30' },
		{ date: { year: '2017', month: '', day: '' }, precision: 'year', start: '2017-01-01', end: '2017-12-31' },
		{
			date: { year: '2020', month: '02', day: '29' },
			precision: 'day',
			start: '2020-02-29',
			end: '2020-02-29'
		}
	])('precision follows the fields present: $date', ({ date, precision, start, end }) => {
		const { events, problems } = read({ start_date: date, text: { headline: 'H' } });
		expect(problems).toEqual([]);
		expect(events[0]!.event).toMatchObject({ precision, start, end });
	});

	test('an end at a finer precision than the start is read at the coarser one', () => {
		const { events } = read({
			start_date: { year: 2018, month: 5 },
			end_date: { year: 2018, month: 7, day: 3 },
			text: { headline: 'H' }
		});
		expect(events[0]!.event).toMatchObject({ precision: 'month', start: '2018-05-01', end: '2018-07-31' });
	});

	test('turns headline, text, group and display date into plain text', () => {
		const { events } = read({
			start_date: { year: 1848 },
			display_date: '<b>Spring</b> 1848',
			group: '<i>Talks</i>',
			text: {
				headline: 'Revolutions <script>alert(1)</script>&amp; <a href="javascript:alert(1)">reforms</a>',
				text: '<p onclick="x()">First&nbsp;paragraph.</p><style>p{}</style><p>Second &#8211; &#x201C;quoted&#x201D;.</p>'
			}
		});
		expect(events[0]!.event).toMatchObject({
			title: 'Revolutions & reforms',
			type: 'talks',
			summary: 'Spring 1848: First paragraph. Second – “quoted”.'
		});
	});

	test.each([
		{
			slide: { start_date: { year: 2019, month: 13 }, text: { headline: 'H' } },
			path: ['events', 0, 'start_date', 'month'],
			code: 'DATE_INVALID'
		},
		{
			slide: { start_date: { year: 2019, month: 2, day: 30 }, text: { headline: 'H' } },
			path: ['events', 0, 'start_date', 'day'],
			code: 'DATE_INVALID'
		},
		{
			slide: { start_date: { year: 'soon' }, text: { headline: 'H' } },
			path: ['events', 0, 'start_date', 'year'],
			code: 'DATE_INVALID'
		},
		{
			slide: { start_date: { year: 2019, day: 3 }, text: { headline: 'H' } },
			path: ['events', 0, 'start_date', 'day'],
			code: 'DATE_INVALID'
		},
		{ slide: { text: { headline: 'H' } }, path: ['events', 0, 'start_date'], code: 'FIELD_MISSING' },
		{ slide: { start_date: { year: 2019 } }, path: ['events', 0, 'text', 'headline'], code: 'FIELD_MISSING' },
		{
			slide: {
				start_date: { year: 2019, month: 5 },
				end_date: { year: 2019, month: 4 },
				text: { headline: 'H' }
			},
			path: ['events', 0, 'end_date'],
			code: 'DATE_ORDER'
		}
	])('reports $code at $path', ({ slide, path, code }) => {
		const { events, problems } = read(slide);
		expect(events).toEqual([]);
		expect(problems.map((p) => [p.code, p.path])).toEqual([[code, path]]);
	});

	test('a group that names no type is `other`; ids come from unique_id, else date and headline', () => {
		const { events } = fromTimelineJs({
			events: [
				{ start_date: { year: 2019 }, group: 'Economy', unique_id: 'Budget Day', text: { headline: 'A' } },
				{ start_date: { year: 2019, month: 3 }, text: { headline: 'Élection générale!' } }
			]
		});
		expect(events.map((e) => [e.event.id, e.event.type])).toEqual([
			['budget-day', 'other'],
			['2019-03-01-election-generale', 'other']
		]);
	});

	test('two slides of one day whose headlines leave no letters for an id still get two ids', () => {
		const { events, problems } = fromTimelineJs({
			events: [
				{ start_date: { year: 2018, month: 9, day: 17 }, text: { headline: 'Переговоры в Сочи' } },
				{ start_date: { year: 2018, month: 9, day: 17 }, text: { headline: 'محادثات في سوتشي' } }
			]
		});
		expect(problems).toEqual([]);
		expect(events.map((e) => e.event.id)).toEqual(['2018-09-17', '2018-09-17-2']);
	});

	test('year 0 is not a year', () => {
		const { problems } = fromTimelineJs({ events: [{ start_date: { year: 0 }, text: { headline: 'A' } }] });
		expect(problems.map((p) => [p.code, p.path])).toEqual([
			['DATE_INVALID', ['events', 0, 'start_date', 'year']]
		]);
	});
});

describe('out, then in', () => {
	test('keeps every event’s dates, precision, headline, type and id', () => {
		const dataset = fixture();
		const { dataset: back, problems } = timelineJsDataset(JSON.parse(JSON.stringify(toTimelineJs(dataset))));
		expect(problems).toEqual([]);
		const keep = (e: TimelineEvent) => [e.id, e.start, e.end, e.precision, e.title, e.type];
		expect(back!.events.map(keep)).toEqual(dataset.events.map(keep));
		expect(validateDataset(back)).toEqual([]);
	});

	test.each([
		['day', '2019-04-25', '2019-04-25'],
		['day', '2019-04-25', '2019-05-02'],
		['month', '2018-09-01', '2018-09-30'],
		['month', '2018-11-01', '2019-02-28'],
		['year', '2017-01-01', '2017-12-31'],
		['year', '2017-01-01', '2019-12-31']
	] as const)('keeps a %s event from %s to %s, and a headline with markup in it', (precision, start, end) => {
		const title = 'Talks <on> "Idlib" & more';
		const out = toTimelineJs({ events: [event({ precision, start, end, title })] });
		const [back] = fromTimelineJs(JSON.parse(JSON.stringify(out))).events;
		expect(back!.event).toMatchObject({ precision, start, end, title });
	});
});
