/**
 * The widget's check of a fetched dataset: the rules of `validateDataset`, applied with plain loops
 * and a cache of dates, stopping at the first problem. The full validation (valibot, then the
 * cross-checks) takes ~600 ms for 100,000 events, longer than drawing them, and would add about 3 KB
 * gzip to the widget to list problems a reader of the widget needs only the first of. The build, which
 * must list them all, keeps `validateDataset`. tests/unit/widget/quick-check.test.ts pins both ways,
 * rule by rule: a problem here exactly when `validateDataset` finds one, at a path it names too.
 */

import { isIsoDate, periodEnd, periodStart } from '../model/dates.ts';
import { ACTOR_KINDS, EVENT_TYPES, PERIOD_PARTS, PRECISIONS } from '../model/types.ts';
import { CAMEO_PATTERN, ID_PATTERN, isWebUrl, MAX_LENGTH } from '../model/schema.ts';
import { compareEvents } from '../model/sort.ts';
import type { Problem, ProblemCode } from '../model/problems.ts';
import { repeats } from '../model/lookup.ts';

type Item = Record<string, unknown>;

/**
 * The fields this pass checks, per object of the contract. A test compares them with the schema's, so
 * a field added to `schema.ts` fails the tests until it has its line below.
 */
export const CHECKED_FIELDS = {
	dataset: ['version', 'actors', 'events', 'articles'],
	actor: ['id', 'name', 'kind', 'aliases', 'memberOf', 'unreviewed'],
	article: ['id', 'title', 'published', 'source', 'url'],
	event: [
		'id',
		'title',
		'type',
		'start',
		'end',
		'precision',
		'actors',
		'place',
		'summary',
		'sources',
		'cameo',
		'inferred',
		'part',
		'confidence',
		'planned',
		'agents',
		'recipients'
	],
	source: ['article', 'quote', 'start', 'end']
} as const;

const kinds = new Set<unknown>(ACTOR_KINDS);
const types = new Set<unknown>(EVENT_TYPES);
const precisions = new Set<unknown>(PRECISIONS);
const parts = new Set<unknown>(PERIOD_PARTS);

/** An object, as valibot's `object` takes it: an array too, which then lacks every field. */
function isItem(value: unknown): value is Item {
	return typeof value === 'object' && value !== null;
}
const isId = (value: unknown): value is string =>
	typeof value === 'string' && value.length <= MAX_LENGTH.id && ID_PATTERN.test(value);
/** Text of at least one and at most `max` characters. */
const isText =
	(max: number) =>
	(value: unknown): value is string =>
		typeof value === 'string' && value.length > 0 && value.length <= max;
/** A string of at most `max` characters, maybe empty. */
const isShort = (max: number) => (value: unknown) => typeof value === 'string' && value.length <= max;
const isOptional = (value: unknown, test: (v: unknown) => boolean) => value === undefined || test(value);
const isBoolean = (value: unknown) => typeof value === 'boolean';
const isCameo = (c: unknown) => typeof c === 'string' && CAMEO_PATTERN.test(c);
const isConfidence = (c: unknown) => typeof c === 'number' && c >= 0 && c <= 1;
const isPart = (p: unknown) => parts.has(p);

type Path = (string | number)[];

function problem(code: ProblemCode, path: Path, message: string): Problem {
	return { code, path, message };
}

/**
 * A field's rule: the field, its test, what it should be, and either the code its failure has
 * (dates are `DATE_INVALID`) or, for a list, the test of each item (a bad item is named by its index).
 */
type Rule = [
	field: string,
	test: (v: unknown) => boolean,
	expected: string,
	more?: ProblemCode | ((v: unknown) => boolean)
];

/** The first field of `item` that fails its rule, as a problem; a missing field is named as such. */
function firstInvalid(item: Item, path: Path, rules: Rule[]): Problem | undefined {
	for (const [field, test, expected, more] of rules) {
		const value = item[field];
		const at = [...path, field];
		if (typeof more === 'function' && Array.isArray(value)) {
			const k = value.findIndex((v) => !more(v));
			if (k < 0) continue;
			return value[k] === undefined
				? problem('FIELD_MISSING', [...at, k], 'required field is missing')
				: problem('FIELD_INVALID', [...at, k], `expected ${expected}`);
		}
		if (test(value)) continue;
		if (value === undefined) return problem('FIELD_MISSING', at, 'required field is missing');
		return problem(typeof more === 'string' ? more : 'FIELD_INVALID', at, `expected ${expected}`);
	}
	return undefined;
}

/** The first id listed twice in `ids`, as a problem. */
function repeatOf(ids: readonly string[], path: Path): Problem | undefined {
	for (const [at, first] of repeats(ids))
		return problem('DUPLICATE_REF', [...path, at], `"${ids[at]}" is already listed at [${first}]`);
	return undefined;
}

/** The first problem `validateDataset` would report, or undefined when it reports none. */
export function firstProblem(value: unknown): Problem | undefined {
	if (!isItem(value)) return problem('FIELD_INVALID', [], 'expected a Dateline dataset (an object)');
	const top = firstInvalid(
		value,
		[],
		[
			['version', (n) => n === 1, 'version 1', 'VERSION'],
			['actors', Array.isArray, 'a list of actors'],
			['events', Array.isArray, 'a list of events'],
			['articles', Array.isArray, 'a list of articles']
		]
	);
	if (top) return top;
	const { actors, events, articles } = value as Record<'actors' | 'events' | 'articles', unknown[]>;

	// A few thousand distinct dates among 200,000 date fields: each is checked once.
	const dates = new Map<unknown, boolean>();
	const isDate = (d: unknown): d is string => {
		let ok = dates.get(d);
		if (ok === undefined) dates.set(d, (ok = typeof d === 'string' && isIsoDate(d)));
		return ok;
	};
	const DATE = 'a real calendar date written YYYY-MM-DD';

	const actorIds = new Set<string>();
	for (const [i, actor] of actors.entries()) {
		const at: Path = ['actors', i];
		if (!isItem(actor)) return problem('FIELD_INVALID', at, 'expected an actor (an object)');
		const invalid = firstInvalid(actor, at, [
			['id', isId, 'a lowercase id (a-z, 0-9 and "-")'],
			['name', isText(MAX_LENGTH.name), `a name of at most ${MAX_LENGTH.name} characters`],
			['kind', (k) => kinds.has(k), ACTOR_KINDS.join(', ')],
			['aliases', Array.isArray, 'a list of names', isShort(MAX_LENGTH.name)],
			['memberOf', Array.isArray, 'a list of actor ids', isId],
			['unreviewed', (u) => isOptional(u, isBoolean), 'true or false']
		]);
		if (invalid) return invalid;
		if (actorIds.has(actor.id as string))
			return problem('DUPLICATE_ID', [...at, 'id'], `"${actor.id}" is already used`);
		actorIds.add(actor.id as string);
	}
	for (const [i, actor] of (actors as Item[]).entries()) {
		const repeated = repeatOf(actor.memberOf as string[], ['actors', i, 'memberOf']);
		if (repeated) return repeated;
		for (const [j, id] of (actor.memberOf as string[]).entries()) {
			if (id === actor.id)
				return problem(
					'UNKNOWN_MEMBER',
					['actors', i, 'memberOf', j],
					`"${id}" cannot be a member of itself`
				);
			if (!actorIds.has(id))
				return problem('UNKNOWN_MEMBER', ['actors', i, 'memberOf', j], `no actor has the id "${id}"`);
		}
	}

	const articleIds = new Set<string>();
	for (const [i, article] of articles.entries()) {
		const at: Path = ['articles', i];
		if (!isItem(article)) return problem('FIELD_INVALID', at, 'expected an article (an object)');
		const invalid = firstInvalid(article, at, [
			['id', isId, 'a lowercase id (a-z, 0-9 and "-")'],
			['title', isText(MAX_LENGTH.title), `a title of at most ${MAX_LENGTH.title} characters`],
			['published', isDate, DATE, 'DATE_INVALID'],
			['source', isText(MAX_LENGTH.name), 'the name of a source'],
			[
				'url',
				(u) => isOptional(u, (s) => isShort(MAX_LENGTH.url)(s) && isWebUrl(s)),
				'an http or https address'
			]
		]);
		if (invalid) return invalid;
		if (articleIds.has(article.id as string))
			return problem('DUPLICATE_ID', [...at, 'id'], `"${article.id}" is already used`);
		articleIds.add(article.id as string);
	}

	const eventIds = new Set<string>();
	let previous: { start: string; id: string } | undefined;
	for (const [i, event] of events.entries()) {
		const at: Path = ['events', i];
		if (!isItem(event)) return problem('FIELD_INVALID', at, 'expected an event (an object)');
		const invalid = firstInvalid(event, at, [
			['id', isId, 'a lowercase id (a-z, 0-9 and "-")'],
			['title', isText(MAX_LENGTH.title), `a title of at most ${MAX_LENGTH.title} characters`],
			['type', (t) => types.has(t), EVENT_TYPES.join(', ')],
			['start', isDate, DATE, 'DATE_INVALID'],
			['end', isDate, DATE, 'DATE_INVALID'],
			['precision', (p) => precisions.has(p), PRECISIONS.join(', ')],
			['actors', Array.isArray, 'a list of actor ids', isId],
			[
				'place',
				(p) => isOptional(p, isShort(MAX_LENGTH.name)),
				`text of at most ${MAX_LENGTH.name} characters`
			],
			[
				'summary',
				(s) => isOptional(s, isShort(MAX_LENGTH.summary)),
				`text of at most ${MAX_LENGTH.summary} characters`
			],
			['sources', Array.isArray, 'a list of sources'],
			['cameo', (c) => isOptional(c, isCameo), 'a CAMEO code (two to four digits)'],
			['inferred', (b) => isOptional(b, isBoolean), 'true or false'],
			['part', (p) => isOptional(p, isPart), PERIOD_PARTS.join(', ')],
			['confidence', (c) => isOptional(c, isConfidence), 'a number from 0 to 1'],
			['planned', (b) => isOptional(b, isBoolean), 'true or false'],
			['agents', (a) => isOptional(a, Array.isArray), 'a list of actor ids', isId],
			['recipients', (a) => isOptional(a, Array.isArray), 'a list of actor ids', isId]
		]);
		if (invalid) return invalid;
		for (const [j, source] of (event.sources as unknown[]).entries()) {
			const where: Path = [...at, 'sources', j];
			if (!isItem(source)) return problem('FIELD_INVALID', where, 'expected a source (an object)');
			const bad = firstInvalid(source, where, [
				['article', isId, 'a lowercase id (a-z, 0-9 and "-")'],
				['quote', isText(MAX_LENGTH.quote), `the quoted sentence, of at most ${MAX_LENGTH.quote} characters`],
				['start', Number.isInteger, 'a whole number'],
				['end', Number.isInteger, 'a whole number']
			]);
			if (bad) return bad;
		}
		const { id, start, end, precision } = event as {
			id: string;
			start: string;
			end: string;
			precision: string;
		};
		if (eventIds.has(id)) return problem('DUPLICATE_ID', [...at, 'id'], `"${id}" is already used`);
		eventIds.add(id);
		if (end < start)
			return problem('DATE_ORDER', [...at, 'end'], `ends on ${end}, before it starts on ${start}`);
		if (precision !== 'day') {
			const unit = precision as 'month' | 'year';
			if (periodStart(start, unit) !== start)
				return problem(
					'PRECISION_MISMATCH',
					[...at, 'start'],
					`${unit} precision, but ${start} is not the first day of a ${unit}`
				);
			if (periodEnd(end, unit) !== end)
				return problem(
					'PRECISION_MISMATCH',
					[...at, 'end'],
					`${unit} precision, but ${end} is not the last day of a ${unit}`
				);
		}
		for (const list of ['actors', 'agents', 'recipients'] as const) {
			const repeated = repeatOf((event[list] as string[] | undefined) ?? [], [...at, list]);
			if (repeated) return repeated;
		}
		const actorsOf = event.actors as string[];
		for (const [j, actor] of actorsOf.entries())
			if (!actorIds.has(actor))
				return problem('UNKNOWN_ACTOR', [...at, 'actors', j], `no actor has the id "${actor}"`);
		for (const role of ['agents', 'recipients'] as const) {
			for (const [j, actor] of ((event[role] as string[] | undefined) ?? []).entries())
				if (!actorsOf.includes(actor))
					return problem('ROLE_NOT_ACTOR', [...at, role, j], `"${actor}" is not one of the event's actors`);
		}
		for (const [j, source] of (
			event.sources as { article: string; quote: string; start: number; end: number }[]
		).entries()) {
			if (!articleIds.has(source.article))
				return problem(
					'UNKNOWN_ARTICLE',
					[...at, 'sources', j, 'article'],
					`no article has the id "${source.article}"`
				);
			const { start: from, end: to, quote } = source;
			if (from < 0 || to <= from || to - from !== quote.length)
				return problem(
					'SOURCE_OFFSETS',
					[...at, 'sources', j],
					`offsets ${from}–${to} do not span the ${quote.length}-character quote`
				);
		}
		// The contract's order: by start, then id in code-unit order.
		if (previous && compareEvents(previous, { start, id }) > 0)
			return problem(
				'UNSORTED',
				at,
				`events are not sorted by start, then id: "${id}" (${start}) comes after "${previous.id}" (${previous.start})`
			);
		previous = { start, id };
	}
	return undefined;
}
