/**
 * Dataset validation: the shape first (every schema problem, not just the first), then the rules a
 * schema cannot express — date order, precision, unique ids, references, quote offsets, event order.
 * A new rule here needs its line in `src/lib/widget/quick-check.ts` too, the widget's fast first pass.
 */

import * as v from 'valibot';
import { compareIso, periodEnd, periodStart } from './dates.ts';
import type { Problem, ProblemCode } from './problems.ts';
import { DatasetSchema } from './schema.ts';
import { repeats } from './lookup.ts';
import { compareEvents } from './sort.ts';
import type { Dataset, TimelineEvent } from './types.ts';

type Path = (string | number)[];

const COLLECTIONS = ['actors', 'events', 'articles'] as const;
type Collection = (typeof COLLECTIONS)[number];

/** Every problem in a dataset value, in the order found; `[]` when it is valid. */
export function validateDataset(value: unknown): Problem[] {
	const result = v.safeParse(DatasetSchema, value, { abortEarly: false, abortPipeEarly: true });
	const problems = (result.issues ?? []).map(issueToProblem);
	// Without the three arrays there is nothing to cross-check; a broken item is only skipped.
	if (problems.some(({ path = [] }) => path.length === 0 || (path.length === 1 && isCollection(path[0])))) {
		return problems;
	}
	const broken = new Set(problems.map(({ path = [] }) => `${path[0]}/${path[1]}`));
	return [...problems, ...semanticProblems(value as Dataset, (c, i) => broken.has(`${c}/${i}`))];
}

function isCollection(key: unknown): key is Collection {
	return (COLLECTIONS as readonly unknown[]).includes(key);
}

function problem(code: ProblemCode, path: Path, text: string): Problem {
	return { code, path, message: text };
}

function issueToProblem(issue: v.BaseIssue<unknown>): Problem {
	const path: Path = (issue.path ?? []).map((item) => item.key as string | number);
	if (issue.input === undefined) return problem('FIELD_MISSING', path, 'required field is missing');
	// Validation issues carry predicate messages from schema.ts ("is not a real calendar date") and
	// receive the value, except `nonEmpty`, whose `received` is the length: "0 is empty" says nothing.
	const text =
		issue.type === 'non_empty'
			? 'must not be empty'
			: issue.type === 'max_length'
				? `has ${issue.received} characters, more than the ${String(issue.requirement)} allowed`
				: issue.kind === 'validation'
					? `${issue.received} ${issue.message}`
					: `expected ${issue.expected ?? 'something else'}, got ${issue.received}`;
	return problem(codeOf(path), path, text);
}

function codeOf(path: Path): ProblemCode {
	if (path.length === 1 && path[0] === 'version') return 'VERSION';
	// Source offsets are also called start/end: only these positions hold calendar dates.
	const [collection, , field] = path;
	const isDate =
		path.length === 3 &&
		((collection === 'events' && (field === 'start' || field === 'end')) ||
			(collection === 'articles' && field === 'published'));
	return isDate ? 'DATE_INVALID' : 'FIELD_INVALID';
}

function idOf(item: unknown): string | undefined {
	const id = (item as { id?: unknown } | null)?.id;
	return typeof id === 'string' ? id : undefined;
}

/** Items known to match the schema, with their index in the dataset. */
function* valid<T>(items: T[], collection: Collection, isBroken: (c: Collection, i: number) => boolean) {
	for (const [i, item] of items.entries()) if (!isBroken(collection, i)) yield [i, item] as const;
}

function semanticProblems(dataset: Dataset, isBroken: (c: Collection, i: number) => boolean): Problem[] {
	const problems: Problem[] = [];
	// Ids of broken items still count as known, so one bad actor does not cascade into unknown references.
	const actorIds = new Set(dataset.actors.map(idOf));
	const articleIds = new Set(dataset.articles.map(idOf));

	for (const collection of COLLECTIONS) {
		const first = new Map<string, number>();
		for (const [i, item] of (dataset[collection] as unknown[]).entries()) {
			const id = idOf(item);
			if (id === undefined) continue;
			const seen = first.get(id);
			if (seen === undefined) first.set(id, i);
			else
				problems.push(
					problem('DUPLICATE_ID', [collection, i, 'id'], `"${id}" is already used by ${collection}[${seen}]`)
				);
		}
	}

	for (const [i, actor] of valid(dataset.actors, 'actors', isBroken)) {
		problems.push(...repeated(actor.memberOf, ['actors', i, 'memberOf']));
		for (const [j, id] of actor.memberOf.entries()) {
			const path = ['actors', i, 'memberOf', j];
			if (id === actor.id)
				problems.push(problem('UNKNOWN_MEMBER', path, `"${id}" cannot be a member of itself`));
			else if (!actorIds.has(id))
				problems.push(problem('UNKNOWN_MEMBER', path, `no actor has the id "${id}"`));
		}
	}

	let previous: TimelineEvent | undefined;
	let unsorted = false;
	for (const [i, event] of valid(dataset.events, 'events', isBroken)) {
		problems.push(...eventProblems(event, i, actorIds, articleIds));
		if (!unsorted && previous && compareEvents(previous, event) > 0) {
			unsorted = true;
			problems.push(
				problem(
					'UNSORTED',
					['events', i],
					`events are not sorted by start, then id: "${event.id}" (${event.start}) comes after "${previous.id}" (${previous.start})`
				)
			);
		}
		previous = event;
	}
	return problems;
}

/** An id listed twice in one list: pages key their lists by id, so it would break them. */
function repeated(ids: readonly string[], path: Path): Problem[] {
	return [...repeats(ids)].map(([at, first]) =>
		problem('DUPLICATE_REF', [...path, at], `"${ids[at]}" is already listed at [${first}]`)
	);
}

function eventProblems(
	event: TimelineEvent,
	i: number,
	actorIds: Set<string | undefined>,
	articleIds: Set<string | undefined>
): Problem[] {
	const problems: Problem[] = [];
	const at = (...rest: Path): Path => ['events', i, ...rest];

	if (compareIso(event.end, event.start) < 0) {
		problems.push(
			problem('DATE_ORDER', at('end'), `ends on ${event.end}, before it starts on ${event.start}`)
		);
	}
	if (event.precision !== 'day') {
		const unit = event.precision;
		if (periodStart(event.start, unit) !== event.start) {
			problems.push(
				problem(
					'PRECISION_MISMATCH',
					at('start'),
					`${unit} precision, but ${event.start} is not the first day of a ${unit}`
				)
			);
		}
		if (periodEnd(event.end, unit) !== event.end) {
			problems.push(
				problem(
					'PRECISION_MISMATCH',
					at('end'),
					`${unit} precision, but ${event.end} is not the last day of a ${unit}`
				)
			);
		}
	}
	for (const list of ['actors', 'agents', 'recipients'] as const)
		problems.push(...repeated(event[list] ?? [], at(list)));
	for (const [j, id] of event.actors.entries()) {
		if (!actorIds.has(id))
			problems.push(problem('UNKNOWN_ACTOR', at('actors', j), `no actor has the id "${id}"`));
	}
	const actors = new Set(event.actors);
	for (const role of ['agents', 'recipients'] as const) {
		for (const [j, id] of (event[role] ?? []).entries()) {
			if (!actors.has(id))
				problems.push(problem('ROLE_NOT_ACTOR', at(role, j), `"${id}" is not one of the event's actors`));
		}
	}
	for (const [j, source] of event.sources.entries()) {
		if (!articleIds.has(source.article)) {
			problems.push(
				problem('UNKNOWN_ARTICLE', at('sources', j, 'article'), `no article has the id "${source.article}"`)
			);
		}
		const { start, end, quote } = source;
		if (start < 0 || end <= start || end - start !== quote.length) {
			problems.push(
				problem(
					'SOURCE_OFFSETS',
					at('sources', j),
					`offsets ${start}–${end} do not span the ${quote.length}-character quote`
				)
			);
		}
	}
	return problems;
}
