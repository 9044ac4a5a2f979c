import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../../src/lib/model/problems';
import type { ProblemCode } from '../../../src/lib/model/problems';
import { validateDataset } from '../../../src/lib/model/validate';
import type { Dataset } from '../../../src/lib/model/types';
import { fixture } from './fixture';

type Path = (string | number)[];

/** The fixture after `change`, as a loose value so tests can break its shape. */
function broken(change: (d: Dataset & Record<string, unknown>) => void): unknown {
	const d = fixture() as Dataset & Record<string, unknown>;
	change(d);
	return d;
}

function codesAndPaths(value: unknown): [ProblemCode, Path | undefined][] {
	return validateDataset(value).map((p) => [p.code, p.path]);
}

function event(d: Dataset, i: number) {
	const e = d.events[i];
	if (!e) throw new Error(`fixture has no events[${i}]`);
	return e;
}

describe('validateDataset', () => {
	it('finds no problems in a valid dataset', () => {
		expect(validateDataset(fixture())).toEqual([]);
	});

	it('says how long a text is and how long it may be', () => {
		const d = fixture();
		d.events[2]!.title = 'x'.repeat(20_000);
		expect(validateDataset(d).map(describeProblem)).toEqual([
			'events[2].title: has 20000 characters, more than the 500 allowed'
		]);
	});

	it('says where a repeated id was first listed', () => {
		const d = fixture();
		d.actors[1]!.memberOf.push(d.actors[1]!.memberOf[0]!);
		expect(validateDataset(d).map(describeProblem)).toEqual([
			`actors[1].memberOf[1]: "${d.actors[1]!.memberOf[0]}" is already listed at [0]`
		]);
	});

	it('finds no problems in an empty dataset', () => {
		expect(validateDataset({ version: 1, actors: [], events: [], articles: [] })).toEqual([]);
	});

	it.each<[string, (d: Dataset & Record<string, unknown>) => void, ProblemCode, Path]>([
		[
			'an actor listed twice in an event is DUPLICATE_REF',
			(d) => event(d, 2).actors.push(event(d, 2).actors[0]!),
			'DUPLICATE_REF',
			['events', 2, 'actors', event(fixture(), 2).actors.length]
		],
		[
			'an actor a member twice of another is DUPLICATE_REF',
			(d) => d.actors[1]!.memberOf.push(d.actors[1]!.memberOf[0]!),
			'DUPLICATE_REF',
			['actors', 1, 'memberOf', 1]
		],
		[
			'a title over the length limit is FIELD_INVALID',
			(d) => Object.assign(event(d, 2), { title: 'x'.repeat(501) }),
			'FIELD_INVALID',
			['events', 2, 'title']
		],
		[
			'a missing key is FIELD_MISSING',
			(d) => delete (event(d, 2) as Partial<Dataset['events'][0]>).title,
			'FIELD_MISSING',
			['events', 2, 'title']
		],
		[
			'an undefined value is FIELD_MISSING',
			(d) => Object.assign(event(d, 2), { type: undefined }),
			'FIELD_MISSING',
			['events', 2, 'type']
		],
		[
			'an unknown event type is FIELD_INVALID',
			(d) => Object.assign(event(d, 2), { type: 'summit' }),
			'FIELD_INVALID',
			['events', 2, 'type']
		],
		[
			'an id that is not a slug is FIELD_INVALID',
			(d) => d.actors.push({ ...d.actors[0]!, id: 'Syria' }),
			'FIELD_INVALID',
			['actors', 6, 'id']
		],
		[
			'a javascript: url is FIELD_INVALID',
			(d) => Object.assign(d.articles[0]!, { url: 'javascript:alert(1)' }),
			'FIELD_INVALID',
			['articles', 0, 'url']
		],
		[
			'a relative url is FIELD_INVALID',
			(d) => Object.assign(d.articles[0]!, { url: '/idlib' }),
			'FIELD_INVALID',
			['articles', 0, 'url']
		],
		[
			'a fractional offset is FIELD_INVALID',
			(d) => Object.assign(event(d, 2).sources[0]!, { start: 0.5 }),
			'FIELD_INVALID',
			['events', 2, 'sources', 0, 'start']
		],
		[
			'an impossible calendar date is DATE_INVALID',
			(d) => Object.assign(event(d, 2), { start: '2018-02-30' }),
			'DATE_INVALID',
			['events', 2, 'start']
		],
		[
			'a date in another format is DATE_INVALID',
			(d) => Object.assign(event(d, 2), { end: '17/09/2018' }),
			'DATE_INVALID',
			['events', 2, 'end']
		],
		[
			'a date that is not a string is DATE_INVALID',
			(d) => Object.assign(d.articles[1]!, { published: 20190602 }),
			'DATE_INVALID',
			['articles', 1, 'published']
		],
		['another version is VERSION', (d) => Object.assign(d, { version: 2 }), 'VERSION', ['version']],
		[
			'an end before the start is DATE_ORDER',
			(d) => Object.assign(event(d, 2), { end: '2018-09-16' }),
			'DATE_ORDER',
			['events', 2, 'end']
		],
		[
			'month precision not starting on the 1st is PRECISION_MISMATCH',
			(d) => Object.assign(event(d, 1), { start: '2018-09-02' }),
			'PRECISION_MISMATCH',
			['events', 1, 'start']
		],
		[
			'month precision not ending on the last day is PRECISION_MISMATCH',
			(d) => Object.assign(event(d, 1), { end: '2018-09-29' }),
			'PRECISION_MISMATCH',
			['events', 1, 'end']
		],
		[
			'year precision not ending on 31 December is PRECISION_MISMATCH',
			(d) => Object.assign(event(d, 0), { end: '2018-12-30' }),
			'PRECISION_MISMATCH',
			['events', 0, 'end']
		],
		[
			'a repeated actor id is DUPLICATE_ID',
			(d) => d.actors.push({ ...d.actors[1]! }),
			'DUPLICATE_ID',
			['actors', 6, 'id']
		],
		[
			'a repeated event id is DUPLICATE_ID',
			(d) => Object.assign(event(d, 4), { id: 'astana-round-12' }),
			'DUPLICATE_ID',
			['events', 4, 'id']
		],
		[
			'a repeated article id is DUPLICATE_ID',
			(d) => d.articles.push({ ...d.articles[0]! }),
			'DUPLICATE_ID',
			['articles', 2, 'id']
		],
		[
			'an event naming an unknown actor is UNKNOWN_ACTOR',
			(d) => (event(d, 2).actors[1] = 'erdogan'),
			'UNKNOWN_ACTOR',
			['events', 2, 'actors', 1]
		],
		[
			"an agent who is not among the event's actors is ROLE_NOT_ACTOR",
			(d) => (event(d, 2).agents = [event(d, 2).actors[0]!, 'nato']),
			'ROLE_NOT_ACTOR',
			['events', 2, 'agents', 1]
		],
		[
			'a confidence above 1 is FIELD_INVALID',
			(d) => (event(d, 2).confidence = 1.2),
			'FIELD_INVALID',
			['events', 2, 'confidence']
		],
		[
			'a member of an unknown actor is UNKNOWN_MEMBER',
			(d) => (d.actors[1]!.memberOf = ['ussr']),
			'UNKNOWN_MEMBER',
			['actors', 1, 'memberOf', 0]
		],
		[
			'an actor member of itself is UNKNOWN_MEMBER',
			(d) => d.actors[3]!.memberOf.push('nato'),
			'UNKNOWN_MEMBER',
			['actors', 3, 'memberOf', 0]
		],
		[
			'a source naming an unknown article is UNKNOWN_ARTICLE',
			(d) => Object.assign(event(d, 4).sources[0]!, { article: 'gone' }),
			'UNKNOWN_ARTICLE',
			['events', 4, 'sources', 0, 'article']
		],
		[
			'a negative source start is SOURCE_OFFSETS',
			(d) => Object.assign(event(d, 4).sources[0]!, { start: -1, end: 41 }),
			'SOURCE_OFFSETS',
			['events', 4, 'sources', 0]
		],
		[
			'a source end at its start is SOURCE_OFFSETS',
			(d) => Object.assign(event(d, 4).sources[0]!, { start: 5, end: 5 }),
			'SOURCE_OFFSETS',
			['events', 4, 'sources', 0]
		],
		[
			'offsets spanning more than the quote are SOURCE_OFFSETS',
			(d) => (event(d, 4).sources[0]!.end += 1),
			'SOURCE_OFFSETS',
			['events', 4, 'sources', 0]
		],
		['events out of date order are UNSORTED', (d) => d.events.reverse(), 'UNSORTED', ['events', 1]],
		[
			'same-day events out of id order are UNSORTED',
			(d) => Object.assign(event(d, 6), { start: '2019-10-15', end: '2019-10-15', id: 'a-earlier-id' }),
			'UNSORTED',
			['events', 6]
		]
	])('%s', (_, change, code, path) => {
		expect(codesAndPaths(broken(change))).toEqual([[code, path]]);
	});

	it('reports every schema problem, not just the first', () => {
		const value = broken((d) => {
			Object.assign(event(d, 0), { start: '2018-13-01' });
			Object.assign(event(d, 3), { type: 'summit' });
			delete (d.articles[1] as Partial<Dataset['articles'][0]>).source;
		});
		expect(codesAndPaths(value)).toEqual([
			['DATE_INVALID', ['events', 0, 'start']],
			['FIELD_INVALID', ['events', 3, 'type']],
			['FIELD_MISSING', ['articles', 1, 'source']]
		]);
	});

	it('reports UNSORTED once, at the first event out of order', () => {
		const value = broken((d) => {
			d.events.reverse();
		});
		expect(validateDataset(value).filter((p) => p.code === 'UNSORTED')).toHaveLength(1);
	});

	it('still checks the rest of the dataset when one item is broken', () => {
		const value = broken((d) => {
			Object.assign(event(d, 2), { start: 'soon' });
			event(d, 5).actors.push('erdogan');
		});
		expect(codesAndPaths(value)).toEqual([
			['DATE_INVALID', ['events', 2, 'start']],
			['UNKNOWN_ACTOR', ['events', 5, 'actors', 1]]
		]);
	});

	it('does not report references to an actor whose other fields are broken', () => {
		const value = broken((d) => Object.assign(d.actors[1]!, { kind: 'president' }));
		expect(codesAndPaths(value)).toEqual([['FIELD_INVALID', ['actors', 1, 'kind']]]);
	});

	it.each<[string, unknown, [ProblemCode, Path][]]>([
		['null', null, [['FIELD_INVALID', []]]],
		['a string', 'dataset', [['FIELD_INVALID', []]]],
		['an object without events', { version: 1, actors: [], articles: [] }, [['FIELD_MISSING', ['events']]]],
		[
			'events that are not an array',
			{ version: 1, actors: [], events: {}, articles: [] },
			[['FIELD_INVALID', ['events']]]
		]
	])('stops after the schema when the dataset is %s', (_, value, expected) => {
		expect(codesAndPaths(value)).toEqual(expected);
	});

	it('skips an event that is not an object without throwing', () => {
		const value = broken((d) => (d.events as unknown[]).splice(3, 0, null, 'event'));
		expect(codesAndPaths(value)).toEqual([
			['FIELD_INVALID', ['events', 3]],
			['FIELD_INVALID', ['events', 4]]
		]);
	});

	it('names the field and the value in the message', () => {
		const [problem] = validateDataset(broken((d) => Object.assign(event(d, 3), { start: '2018-02-30' })));
		expect(describeProblem(problem!)).toContain('events[3].start');
		expect(problem?.path).toEqual(['events', 3, 'start']);
		expect(problem?.message).toContain('"2018-02-30"');
	});
});
