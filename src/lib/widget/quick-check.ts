/**
 * A fast yes for the common case: whether a fetched value is certainly a valid dataset. The full
 * validation (valibot, then the cross-checks) takes ~600 ms for 100,000 events — longer than drawing
 * them — and most of it goes on building issue paths nobody will read. This pass checks the same
 * rules with plain loops and a cache of dates; when it says no, `validateDataset` runs to say why.
 * It may say no to a valid dataset (that costs time, not correctness); it must never say yes to an
 * invalid one, which tests/unit/widget/quick-check.test.ts pins rule by rule against validateDataset.
 */

import { isIsoDate, periodEnd, periodStart } from '../model/dates.ts';
import { ACTOR_KINDS, EVENT_TYPES, PERIOD_PARTS, PRECISIONS } from '../model/types.ts';
import { CAMEO_PATTERN, ID_PATTERN, isWebUrl } from '../model/schema.ts';
import { compareEvents } from '../model/sort.ts';

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

function isItem(value: unknown): value is Item {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const isId = (value: unknown): value is string => typeof value === 'string' && ID_PATTERN.test(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isOptional = (value: unknown, test: (v: unknown) => boolean) => value === undefined || test(value);
const isBoolean = (value: unknown) => typeof value === 'boolean';
const isString = (value: unknown) => typeof value === 'string';

/** Whether `value` passes `validateDataset` with no problems; false means "not sure", not "invalid". */
export function isCertainlyValid(value: unknown): boolean {
	if (!isItem(value) || value.version !== 1) return false;
	const { actors, events, articles } = value;
	if (!Array.isArray(actors) || !Array.isArray(events) || !Array.isArray(articles)) return false;

	// A few thousand distinct dates among 200,000 date fields: each is checked once.
	const dates = new Map<unknown, boolean>();
	const isDate = (d: unknown): d is string => {
		let ok = dates.get(d);
		if (ok === undefined) dates.set(d, (ok = typeof d === 'string' && isIsoDate(d)));
		return ok;
	};

	const actorIds = new Set<string>();
	for (const actor of actors) {
		if (!isItem(actor) || !isId(actor.id) || actorIds.has(actor.id)) return false;
		actorIds.add(actor.id);
		if (!isText(actor.name) || !kinds.has(actor.kind) || !isOptional(actor.unreviewed, isBoolean))
			return false;
		if (!Array.isArray(actor.aliases) || !actor.aliases.every(isString)) return false;
		if (!Array.isArray(actor.memberOf) || !actor.memberOf.every(isId)) return false;
	}
	for (const actor of actors as Item[]) {
		for (const id of actor.memberOf as string[]) if (id === actor.id || !actorIds.has(id)) return false;
	}

	const articleIds = new Set<string>();
	for (const article of articles) {
		if (!isItem(article) || !isId(article.id) || articleIds.has(article.id)) return false;
		articleIds.add(article.id);
		if (!isText(article.title) || !isDate(article.published) || !isText(article.source)) return false;
		if (!isOptional(article.url, isWebUrl)) return false;
	}

	const eventIds = new Set<string>();
	let previous: { start: string; id: string } | undefined;
	for (const event of events) {
		if (!isItem(event) || !isId(event.id) || eventIds.has(event.id)) return false;
		eventIds.add(event.id);
		const { id, start, end, precision } = event;
		if (!isText(event.title) || !types.has(event.type) || !precisions.has(precision)) return false;
		if (!isDate(start) || !isDate(end) || end < start) return false;
		if (precision !== 'day') {
			const unit = precision as 'month' | 'year';
			if (periodStart(start, unit) !== start || periodEnd(end, unit) !== end) return false;
		}
		if (!Array.isArray(event.actors)) return false;
		for (const actor of event.actors) if (!isId(actor) || !actorIds.has(actor)) return false;
		if (!isOptional(event.place, isString) || !isOptional(event.summary, isString)) return false;
		if (!isOptional(event.inferred, isBoolean) || !isOptional(event.part, (p) => parts.has(p))) return false;
		if (!isOptional(event.cameo, (c) => typeof c === 'string' && CAMEO_PATTERN.test(c))) return false;
		if (!isOptional(event.planned, isBoolean)) return false;
		const { confidence } = event;
		if (!isOptional(confidence, (c) => typeof c === 'number' && c >= 0 && c <= 1)) return false;
		for (const role of [event.agents, event.recipients]) {
			if (role === undefined) continue;
			if (!Array.isArray(role) || !role.every((id) => (event.actors as unknown[]).includes(id))) return false;
		}
		if (!Array.isArray(event.sources)) return false;
		for (const source of event.sources) {
			if (!isItem(source) || !isId(source.article) || !articleIds.has(source.article)) return false;
			const { quote, start: from, end: to } = source;
			if (!isText(quote) || !Number.isInteger(from) || !Number.isInteger(to)) return false;
			if ((from as number) < 0 || (to as number) - (from as number) !== quote.length) return false;
		}
		// The contract's order: by start, then id in code-unit order.
		if (previous && compareEvents(previous, { start, id }) > 0) return false;
		previous = { start, id };
	}
	return true;
}
