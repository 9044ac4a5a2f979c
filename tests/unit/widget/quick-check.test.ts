import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/lib/model/types';
import { validateDataset } from '../../../src/lib/model/validate';
import {
	MAX_LENGTH,
	ActorSchema,
	ArticleSchema,
	DatasetSchema,
	SourceSchema,
	TimelineEventSchema
} from '../../../src/lib/model/schema';
import { pathLabel } from '../../../src/lib/model/problems';
import { CHECKED_FIELDS, firstProblem } from '../../../src/lib/widget/quick-check';
import { syntheticDataset } from '../../support/synthetic';

// Each mutation breaks one rule validateDataset knows; the quick pass must find it, where the validator does.
type Mutation = (d: Dataset & Record<string, unknown>) => void;
const loose = (value: unknown) => value as Record<string, unknown>;
const e = (d: Dataset, i = 3) => loose(d.events[i]);
const monthEvent = (d: Dataset) => d.events.find((x) => x.precision === 'month')!;

const OPTIONAL_EVENT_FIELDS = [
	'place',
	'summary',
	'cameo',
	'inferred',
	'part',
	'confidence',
	'planned',
	'agents',
	'recipients'
];

const MUTATIONS: [string, Mutation][] = [
	['wrong version', (d) => void (loose(d).version = 2)],
	['events not an array', (d) => void (loose(d).events = {})],
	['actor id not a slug', (d) => void (d.actors[0]!.id = 'Russia')],
	['duplicate actor id', (d) => void (d.actors[1]!.id = d.actors[0]!.id)],
	['empty actor name', (d) => void (d.actors[0]!.name = '')],
	['unknown actor kind', (d) => void (loose(d.actors[0]).kind = 'state')],
	['alias not a string', (d) => void (d.actors[0]!.aliases as unknown[]).push(3)],
	['unreviewed not a boolean', (d) => void (loose(d.actors[0]).unreviewed = 'yes')],
	['member of itself', (d) => void d.actors[0]!.memberOf.push(d.actors[0]!.id)],
	['member of nobody known', (d) => void d.actors[0]!.memberOf.push('nobody')],
	['article without title', (d) => void delete (d.articles[0] as Partial<Dataset['articles'][0]>).title],
	['article published on no real day', (d) => void (d.articles[0]!.published = '2019-02-29')],
	['article url not http', (d) => void (d.articles[0]!.url = 'javascript:alert(1)')],
	['duplicate article id', (d) => void (d.articles[1]!.id = d.articles[0]!.id)],
	['event not an object', (d) => void ((d.events as unknown[])[3] = 'event')],
	['duplicate event id', (d) => void (d.events[4]!.id = d.events[3]!.id)],
	['empty title', (d) => void (e(d).title = '')],
	['unknown type', (d) => void (e(d).type = 'summit')],
	['start not a date', (d) => void (e(d).start = '2019-1-02')],
	['end on no real day', (d) => void (e(d).end = '2019-13-01')],
	['end before start', (d) => void (e(d).end = '2000-01-01')],
	['unknown precision', (d) => void (e(d).precision = 'week')],
	['month precision not on a month', (d) => void (monthEvent(d).end = monthEvent(d).start)],
	['unknown actor', (d) => void d.events[3]!.actors.push('nobody')],
	['actor id not a slug in an event', (d) => void (e(d).actors = ['Not An Id'])],
	['place not a string', (d) => void (e(d).place = 5)],
	['summary not a string', (d) => void (e(d).summary = null)],
	['cameo not digits', (d) => void (e(d).cameo = 'abc')],
	['inferred not a boolean', (d) => void (e(d).inferred = 1)],
	['unknown part', (d) => void (e(d).part = 'middle')],
	['confidence above 1', (d) => void (e(d).confidence = 1.5)],
	['confidence not a number', (d) => void (e(d).confidence = 'high')],
	['planned not a boolean', (d) => void (e(d).planned = 'yes')],
	['agent not among the actors', (d) => void (e(d).agents = ['nobody'])],
	['recipients not an array', (d) => void (e(d).recipients = 'russia')],
	['sources not an array', (d) => void (e(d).sources = null)],
	['unknown source article', (d) => void (d.events[3]!.sources[0]!.article = 'nowhere')],
	['empty quote', (d) => void (d.events[3]!.sources[0]!.quote = '')],
	['offsets not whole', (d) => void (d.events[3]!.sources[0]!.start = 1.5)],
	['negative offset', (d) => void (d.events[3]!.sources[0]!.start = -1)],
	['offsets not spanning the quote', (d) => void (d.events[3]!.sources[0]!.end += 1)],
	['an actor listed twice in an event', (d) => void d.events[3]!.actors.push(d.events[3]!.actors[0]!)],
	['an agent listed twice', (d) => void (e(d).agents = [d.events[3]!.actors[0]!, d.events[3]!.actors[0]!])],
	['member twice of one actor', (d) => void d.actors[1]!.memberOf.push(d.actors[0]!.id, d.actors[0]!.id)],
	['a title longer than allowed', (d) => void (e(d).title = 'x'.repeat(MAX_LENGTH.title + 1))],
	[
		'a quote longer than allowed',
		(d) => void (d.events[3]!.sources[0]!.quote = 'x'.repeat(MAX_LENGTH.quote + 1))
	],
	['an actor name longer than allowed', (d) => void (d.actors[0]!.name = 'x'.repeat(MAX_LENGTH.name + 1))],
	['an alias longer than allowed', (d) => void d.actors[0]!.aliases.push('x'.repeat(MAX_LENGTH.name + 1))],
	['a summary longer than allowed', (d) => void (e(d).summary = 'x'.repeat(MAX_LENGTH.summary + 1))],
	['a place longer than allowed', (d) => void (e(d).place = 'x'.repeat(MAX_LENGTH.name + 1))],
	['an id longer than allowed', (d) => void (e(d).id = 'x'.repeat(MAX_LENGTH.id + 1))],
	[
		'an article title longer than allowed',
		(d) => void (d.articles[0]!.title = 'x'.repeat(MAX_LENGTH.title + 1))
	],
	['unsorted by start', (d) => void d.events.reverse()],
	[
		'unsorted by id on the same start',
		(d) => {
			const i = d.events.findIndex((x, k) => k > 0 && x.start === d.events[k - 1]!.start);
			expect(i).toBeGreaterThan(0);
			[d.events[i - 1], d.events[i]] = [d.events[i]!, d.events[i - 1]!];
		}
	]
];

/** The quick problem is one the validator reports too: the same code at the same path. */
function expectAgreement(value: unknown) {
	const problems = validateDataset(value);
	const quick = firstProblem(value);
	expect(problems).not.toEqual([]);
	expect(quick).toBeDefined();
	expect(problems.map((p) => `${p.code} ${pathLabel(p.path ?? [])}`)).toContain(
		`${quick!.code} ${pathLabel(quick!.path ?? [])}`
	);
}

describe('firstProblem', () => {
	it.each([1, 2, 3, 4, 5])('finds none in a valid dataset (seed %i)', (seed) => {
		const d = syntheticDataset({ events: 500, seed });
		expect(validateDataset(d)).toEqual([]);
		expect(firstProblem(d)).toBeUndefined();
	});

	it('finds none where optional fields are left out', () => {
		const d = structuredClone(syntheticDataset({ events: 200, seed: 5 }));
		for (const event of d.events) for (const field of OPTIONAL_EVENT_FIELDS) delete loose(event)[field];
		for (const actor of d.actors) delete loose(actor).unreviewed;
		for (const article of d.articles) delete loose(article).url;
		expect(validateDataset(d)).toEqual([]);
		expect(firstProblem(d)).toBeUndefined();
	});

	it.each(MUTATIONS)('finds what validateDataset finds: %s', (_, mutate) => {
		const d = structuredClone(syntheticDataset({ events: 200, seed: 5 })) as Dataset &
			Record<string, unknown>;
		mutate(d);
		expectAgreement(d);
	});

	it.each([null, [], 'dataset', { version: 1 }, { version: 1, actors: [], events: [] }])(
		'finds the problem in %j',
		(value) => expectAgreement(value)
	);

	it('takes text at the longest length allowed', () => {
		const d = structuredClone(syntheticDataset({ events: 20, seed: 5 }));
		e(d, 3).title = 'x'.repeat(MAX_LENGTH.title);
		d.actors[0]!.name = 'x'.repeat(MAX_LENGTH.name);
		expect(validateDataset(d)).toEqual([]);
		expect(firstProblem(d)).toBeUndefined();
	});

	it('names the field a reader must fix', () => {
		const d = structuredClone(syntheticDataset({ events: 20, seed: 5 }));
		e(d, 3).start = '2019-02-30';
		expect(firstProblem(d)).toMatchObject({ code: 'DATE_INVALID', path: ['events', 3, 'start'] });
	});

	// Whatever the schema gains, the quick pass must know: every field, set to a value no field accepts.
	const OBJECTS = [
		['dataset', DatasetSchema, (d: Dataset) => loose(d)],
		['actor', ActorSchema, (d: Dataset) => loose(d.actors[0])],
		['article', ArticleSchema, (d: Dataset) => loose(d.articles[0])],
		['event', TimelineEventSchema, (d: Dataset) => e(d)],
		['source', SourceSchema, (d: Dataset) => loose(d.events[3]!.sources[0])]
	] as const;

	it.each(OBJECTS)('checks every field of the schema for the %s', (name, schema) => {
		expect([...CHECKED_FIELDS[name]].sort()).toEqual(Object.keys(schema.entries).sort());
	});

	const FIELDS = OBJECTS.flatMap(([name, schema, item]) =>
		Object.keys(schema.entries).map((field) => [`${name}.${field}`, field, item] as const)
	);

	it.each(FIELDS)('finds what validateDataset finds when the %s is malformed', (_, field, item) => {
		const d = structuredClone(syntheticDataset({ events: 200, seed: 5 }));
		item(d)[field] = { malformed: true };
		expectAgreement(d);
	});

	it.each(FIELDS)('finds what validateDataset finds when the %s is missing', (_, field, item) => {
		const d = structuredClone(syntheticDataset({ events: 200, seed: 5 }));
		delete item(d)[field];
		if (validateDataset(d).length === 0) expect(firstProblem(d)).toBeUndefined();
		else expectAgreement(d);
	});
});
