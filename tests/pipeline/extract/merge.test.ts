import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/lib/model/types.ts';
import { mergeEvents } from '../../../src/pipeline/extract/merge.ts';
import type { ExtractedEvent } from '../../../src/pipeline/extract/types.ts';

const KINDS = new Map([
	['putin', { kind: 'person', memberOf: ['russia'] }],
	['erdogan', { kind: 'person', memberOf: ['turkey'] }],
	['lavrov', { kind: 'person', memberOf: ['russia'] }],
	['zakharova', { kind: 'person', memberOf: ['russia'] }],
	['russia', { kind: 'country' }],
	['turkey', { kind: 'country' }],
	['iran', { kind: 'country' }]
]);

let offset = 0;
/** A report of the Sochi deal unless told otherwise; each call quotes a new sentence. */
function report(fields: Partial<ExtractedEvent> = {}): ExtractedEvent {
	const start = (offset += 100);
	const text = fields.quote?.text ?? `Sentence at ${start}.`;
	return {
		article: 'a',
		title: 'Putin and Erdogan agree on Idlib zone',
		type: 'agreement',
		cameo: '057',
		start: '2018-09-17',
		end: '2018-09-17',
		precision: 'day',
		actors: ['putin', 'erdogan'],
		quote: { text, start, end: start + text.length },
		trigger: { text: 'agreed', start, end: start + 6 },
		...fields
	};
}

function curated(fields: Partial<TimelineEvent> = {}): TimelineEvent {
	return {
		id: 'sochi-memorandum-2018',
		title: 'Sochi memorandum on Idlib',
		type: 'agreement',
		start: '2018-09-17',
		end: '2018-09-17',
		precision: 'day',
		actors: ['russia', 'turkey', 'putin', 'erdogan'],
		sources: [{ article: 'c', quote: 'Hand-picked.', start: 0, end: 12 }],
		...fields
	};
}

describe('mergeEvents', () => {
	it('makes one event with every source from six articles reporting the same deal', () => {
		const reports = ['a', 'b', 'c', 'd', 'e', 'f'].map((article) => report({ article }));
		const events = mergeEvents(reports, [], KINDS);
		expect(events).toHaveLength(1);
		expect(events[0]!.sources.map((s) => s.article)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
		expect(events[0]!.id).toBe('2018-09-17-agreement-putin-erdogan');
	});

	it('lets a day-precise report fix the date of a month-precise one of the same deal', () => {
		const events = mergeEvents(
			[
				report({ article: 'late', start: '2018-09-01', end: '2018-09-30', precision: 'month' }),
				report({ article: 'early' })
			],
			[],
			KINDS
		);
		expect(events).toHaveLength(1);
		expect([events[0]!.start, events[0]!.precision]).toEqual(['2018-09-17', 'day']);
	});

	it.each([
		[
			'a month-precise report joins the day of the deal through the leaders who made it',
			{
				article: 'b',
				start: '2018-09-01',
				end: '2018-09-30',
				precision: 'month',
				actors: ['turkey', 'russia']
			},
			1
		],
		[
			'background dated only to a year never joins without a shared person ("launched in 2018")',
			{
				article: 'b',
				start: '2018-01-01',
				end: '2018-12-31',
				precision: 'year',
				actors: ['russia', 'turkey']
			},
			2
		],
		[
			'a month-precise report with one state in common stays apart ("earlier this month")',
			{ article: 'b', start: '2018-09-01', end: '2018-09-30', precision: 'month', actors: ['turkey'] },
			2
		],
		[
			"one leader's state is not enough: Erdogan's agreement and Turkey's with Iran stay apart",
			{ article: 'b', actors: ['turkey', 'iran'] },
			2
		],
		[
			'two statements with one state in common are two speakers',
			{ article: 'b', type: 'statement', actors: ['russia'] },
			2
		]
	] satisfies [string, Partial<ExtractedEvent>, number][])('%s', (_, other, count) => {
		const events = mergeEvents([report(), report(other)], [], KINDS);
		expect(events).toHaveLength(count);
	});

	it('does not take a state for the bodies it belongs to: two statements naming NATO members stay apart', () => {
		const kinds = new Map([
			...KINDS,
			['turkey', { kind: 'country', memberOf: ['nato'] }],
			['nato', { kind: 'organization' }]
		]);
		const events = mergeEvents(
			[
				report({ type: 'statement', actors: ['turkey', 'nato'] }),
				report({ article: 'b', type: 'statement', actors: ['russia', 'turkey'] })
			],
			[],
			kinds
		);
		expect(events).toHaveLength(2);
	});

	it.each(['a-preview', 'z-preview'])(
		'is planned only while every report is a plan: a preview (%s) and the account of the talks are a held event',
		(preview) => {
			const events = mergeEvents(
				[report({ article: preview, planned: true }), report({ article: 'b-report' })],
				[],
				KINDS
			);
			expect(events).toHaveLength(1);
			expect(events[0]!.planned).toBeUndefined();
		}
	);

	it('keeps apart reports of another type, dates that do not overlap, or no shared actor', () => {
		const events = mergeEvents(
			[
				report(),
				report({ article: 'b', type: 'meeting' }),
				report({ article: 'c', start: '2018-09-20', end: '2018-09-20' }),
				report({ article: 'd', actors: ['iran'] })
			],
			[],
			KINDS
		);
		expect(events).toHaveLength(4);
	});

	it('needs a shared person when both reports name people: a shared state is not enough', () => {
		const events = mergeEvents(
			[
				report({ type: 'statement', actors: ['lavrov', 'russia'] }),
				report({ article: 'b', type: 'statement', actors: ['zakharova', 'russia'] })
			],
			[],
			KINDS
		);
		expect(events).toHaveLength(2);
	});

	it('keeps two statements of one article apart, but merges the same meeting told twice in it', () => {
		const statements = mergeEvents([report({ type: 'statement' }), report({ type: 'statement' })], [], KINDS);
		expect(statements).toHaveLength(2);
		expect(statements.map((e) => e.id).sort()).toEqual([
			'2018-09-17-statement-putin-erdogan',
			'2018-09-17-statement-putin-erdogan-2'
		]);
		expect(mergeEvents([report({ type: 'meeting' }), report({ type: 'meeting' })], [], KINDS)).toHaveLength(
			1
		);
	});

	it('gives the same ids whatever order the reports arrive in', () => {
		const reports = [
			report({ article: 'x', type: 'statement' }),
			report({ article: 'x', type: 'statement' }),
			report({ article: 'y', actors: ['iran', 'russia'] }),
			report({ article: 'z', start: '2019-02-14', end: '2019-02-14', type: 'meeting' })
		];
		const ids = (list: ExtractedEvent[]) =>
			mergeEvents(list, [], KINDS).map((e) => `${e.id} ${e.sources[0]!.start}`);
		expect(ids([...reports].reverse())).toEqual(ids(reports));
	});

	it('merges a curated event with the extracted report of it: curated fields win, sources add up', () => {
		const events = mergeEvents([report({ place: 'Sochi', inferred: true })], [curated()], KINDS);
		expect(events).toHaveLength(1);
		const [event] = events;
		expect(event!.id).toBe('sochi-memorandum-2018');
		expect(event!.title).toBe('Sochi memorandum on Idlib');
		expect(event!.place).toBe('Sochi');
		expect(event!.inferred).toBeUndefined();
		expect(event!.cameo).toBe('057');
		expect(event!.sources.map((s) => s.article)).toEqual(['c', 'a']);
	});

	it('lets a curated event with an extracted id override it, even when they would not match', () => {
		const events = mergeEvents(
			[report()],
			[curated({ id: '2018-09-17-agreement-putin-erdogan', type: 'talks', actors: ['iran'] })],
			KINDS
		);
		expect(events).toHaveLength(1);
		expect(events[0]!.type).toBe('talks');
		expect(events[0]!.cameo).toBeUndefined();
		expect(events[0]!.sources).toHaveLength(2);
	});

	it('keeps curated events that match nothing, and tells which merged event each curated one became', () => {
		const seen: string[] = [];
		const events = mergeEvents(
			[report()],
			[curated({ start: '2017-01-23', end: '2017-01-24' })],
			KINDS,
			(m, c) => seen.push(`${m.id}<-${c.id}`)
		);
		expect(events.map((e) => e.id)).toEqual(['sochi-memorandum-2018', '2018-09-17-agreement-putin-erdogan']);
		expect(seen).toEqual(['sochi-memorandum-2018<-sochi-memorandum-2018']);
	});

	it('does not quote the same sentence twice when a curated source and a report cite it', () => {
		const events = mergeEvents(
			[report({ article: 'c', quote: { text: 'Hand-picked.', start: 0, end: 12 } })],
			[curated()],
			KINDS
		);
		expect(events[0]!.sources).toHaveLength(1);
	});
});

describe('mergeEvents on broken curated events', () => {
	it('passes an event with an impossible date or no actor list through for the validator to report', () => {
		const broken = [
			curated({ id: 'bad-date', start: '2019-02-29', end: '2019-02-29' }),
			curated({ id: 'no-actors', actors: undefined as unknown as string[] })
		];
		const events = mergeEvents([report()], broken, KINDS);
		expect(events.map((e) => e.id).sort()).toEqual([
			'2018-09-17-agreement-putin-erdogan',
			'bad-date',
			'no-actors'
		]);
	});
});

describe('mergeEvents with a curated event quoting the sentence a report comes from', () => {
	it('merges them whatever type and date the extraction gave, the curated fields winning', () => {
		const quote = { text: 'Putin and Erdogan met in Ankara on Monday.', start: 500, end: 542 };
		const events = mergeEvents(
			[report({ article: 'c', type: 'talks', start: '2019-09-15', end: '2019-09-15', quote })],
			[
				curated({
					type: 'meeting',
					start: '2019-09-16',
					end: '2019-09-16',
					sources: [{ article: 'c', ...quote, quote: quote.text }]
				})
			],
			KINDS
		);
		expect(events.map((e) => [e.id, e.type, e.start, e.sources.length])).toEqual([
			['sochi-memorandum-2018', 'meeting', '2019-09-16', 1]
		]);
	});
});
