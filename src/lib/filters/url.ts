/**
 * The view as URL parameters, both ways (DESIGN.md, "URL state"). Links are typed, pasted and edited
 * by people: whatever arrives, parsing keeps what it can and explains what it dropped, never throws.
 */

import { fillIn } from '../i18n/messages.ts';
import { en } from '../i18n/messages/en.ts';
import { isLang, type Lang } from '../i18n/locales.ts';
import { compareIso, isIsoDate } from '../model/dates.ts';
import { EMPTY_FILTER, type EventFilter, type Match } from '../model/filter.ts';
import { EVENT_TYPES, type Dataset, type EventId, type EventType } from '../model/types.ts';

/** Everything a link can restore: the filter, the selected event and the language chosen. */
export interface ViewState {
	filter: EventFilter;
	event?: EventId;
	/** The language the reader chose; without it a page follows the browser's. */
	lang?: Lang;
}

/** Where the values a notice is about came from: a page's link, or a widget's attributes. */
export type NoticeOrigin = 'link' | 'attributes';

/**
 * Something in the link (or attributes) that was ignored or replaced, for a visible notice: data that
 * each language words (`notice.<code>` in the message tables), with the English sentence.
 */
export interface Notice {
	param: string;
	value: string;
	origin: NoticeOrigin;
	/** The start date a `DATE_ORDER` end date falls before. */
	from?: string;
	code:
		| 'UNKNOWN_ACTOR'
		| 'UNKNOWN_TYPE'
		| 'BAD_MATCH'
		| 'BAD_DATE'
		| 'DATE_ORDER'
		| 'UNKNOWN_EVENT'
		| 'BAD_THEME'
		| 'BAD_HEIGHT'
		| 'BAD_MEMBERS'
		| 'BAD_UNCERTAIN'
		| 'UNKNOWN_LANG';
	/** The notice in English. */
	message: string;
}

/** How `/embed` draws: colour theme and an optional fixed height in pixels. */
export interface EmbedOptions {
	theme: 'light' | 'dark' | 'auto';
	height?: number;
}

const MAX_QUERY = 200;
/** The heights `/embed` and the widget accept, in pixels. */
export const MIN_HEIGHT = 120;
export const MAX_HEIGHT = 4000;
const THEMES: readonly EmbedOptions['theme'][] = ['light', 'dark', 'auto'];
// A Map, not an object literal: `members=constructor` must not find Object.prototype.constructor.
const FLAGS = new Map([
	['1', true],
	['true', true],
	['0', false],
	['false', false]
]);

/** The parameters whose values are comma-separated lists. */
const LIST_PARAMS = new Set(['actors', 'types']);

/** A value as notices quote it: a pasted link can carry anything, but not at any length. */
export function quoted(value: string): string {
	const chars = Array.from(value);
	return `"${chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : value}"`;
}

/** The words of a notice, `{value}`, `{origin}`, `{from}`, `{min}` and `{max}` given. */
export function noticeVars(notice: Notice, origin: string): Record<string, string | number> {
	const vars: Record<string, string | number> = { value: quoted(notice.value), origin };
	if (notice.from) vars.from = notice.from;
	if (notice.code === 'BAD_HEIGHT') Object.assign(vars, { min: MIN_HEIGHT, max: MAX_HEIGHT });
	return vars;
}

function notice(
	code: Notice['code'],
	param: string,
	value: string,
	origin: NoticeOrigin,
	from?: string
): Notice {
	const made: Notice = { code, param, value, origin, message: '' };
	if (from) made.from = from;
	made.message = fillIn(en[`notice.${code}`], noticeVars(made, en[`origin.${origin}`]));
	return made;
}

/** The language a link (or a widget's `lang`) asks for, with a notice when it is not one Dateline speaks. */
export function parseLangParam(
	params: URLSearchParams,
	origin: NoticeOrigin = 'link'
): { lang?: Lang; notices: Notice[] } {
	const value = scalarParam(params, 'lang');
	if (value === undefined) return { notices: [] };
	// "fr-CA", "AR": the language is what counts, whatever the case or region.
	const base = value.toLowerCase().split(/[-_]/)[0] ?? '';
	if (isLang(base)) return { lang: base, notices: [] };
	return { notices: [notice('UNKNOWN_LANG', 'lang', value, origin)] };
}

/** Every value of a repeated list parameter, split on commas, trimmed, without empties or repeats. */
function listParam(params: URLSearchParams, name: string): string[] {
	const items = params.getAll(name).flatMap((value) => value.split(','));
	return [...new Set(items.map((item) => item.trim()).filter(Boolean))];
}

/** The first non-blank value of a parameter: `from=` from an empty form field means "not set". */
function scalarParam(params: URLSearchParams, name: string): string | undefined {
	return params
		.getAll(name)
		.map((value) => value.trim())
		.find(Boolean);
}

/** A view from `?actors=…&types=…` parameters, with a notice for each value it had to ignore. */
export function parseViewParams(
	params: URLSearchParams,
	dataset: Pick<Dataset, 'actors' | 'events'>,
	/** Where the values came from, for the notices: a widget's are in its attributes. */
	origin: NoticeOrigin = 'link'
): { state: ViewState; notices: Notice[] } {
	const notices: Notice[] = [];
	const actorIds = new Set(dataset.actors.map((a) => a.id));
	const types = new Set<string>(EVENT_TYPES);

	const actors = listParam(params, 'actors').filter((id) => {
		if (actorIds.has(id)) return true;
		notices.push(notice('UNKNOWN_ACTOR', 'actors', id, origin));
		return false;
	});

	let match: Match = 'any';
	const matchValue = scalarParam(params, 'match');
	const matchKeyword = matchValue?.toLowerCase();
	if (matchKeyword === 'any' || matchKeyword === 'all') match = matchKeyword;
	else if (matchValue !== undefined) {
		notices.push(notice('BAD_MATCH', 'match', matchValue, origin));
	}

	// `members=1`, `uncertain=1`: yes or no, anything else ignored with a notice.
	const flag = (param: 'members' | 'uncertain', code: Notice['code']): boolean => {
		const value = scalarParam(params, param);
		if (value === undefined) return false;
		const parsed = FLAGS.get(value.toLowerCase());
		if (parsed !== undefined) return parsed;
		notices.push(notice(code, param, value, origin));
		return false;
	};
	const members = flag('members', 'BAD_MEMBERS');
	const uncertain = flag('uncertain', 'BAD_UNCERTAIN');

	// Keywords are read case-insensitively; ids are data and must match exactly.
	const typeValues = [...new Set(listParam(params, 'types').map((type) => type.toLowerCase()))];
	const eventTypes = typeValues.filter((type): type is EventType => {
		if (types.has(type)) return true;
		notices.push(notice('UNKNOWN_TYPE', 'types', type, origin));
		return false;
	});

	const date = (param: 'from' | 'to'): string | undefined => {
		const value = scalarParam(params, param);
		if (value === undefined || isIsoDate(value)) return value;
		notices.push(notice('BAD_DATE', param, value, origin));
		return undefined;
	};
	const from = date('from');
	let to = date('to');
	if (from && to && compareIso(from, to) > 0) {
		notices.push(notice('DATE_ORDER', 'to', to, origin, from));
		to = undefined;
	}

	// Repeated q values narrow like extra words would, since every term must match.
	const q = Array.from(params.getAll('q').join(' ').trim()).slice(0, MAX_QUERY).join('').trim();

	let event: EventId | undefined = scalarParam(params, 'event');
	if (event !== undefined && !dataset.events.some((e) => e.id === event)) {
		notices.push(notice('UNKNOWN_EVENT', 'event', event, origin));
		event = undefined;
	}

	const filter: EventFilter = { ...EMPTY_FILTER, actors, match, members, types: eventTypes, q, uncertain };
	if (from) filter.from = from;
	if (to) filter.to = to;
	const state: ViewState = { filter };
	if (event !== undefined) state.event = event;
	const language = parseLangParam(params, origin);
	if (language.lang) state.lang = language.lang;
	notices.push(...language.notices);
	return { state, notices };
}

// encodeURIComponent throws on a lone surrogate; such a string cannot come from a parsed link, only
// from code, and a replacement character is a better outcome than a crash. (No lookbehind: the widget
// must parse in older Safari.)
function encode(value: string): string {
	const wellFormed = value.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g, (c) =>
		c.length === 2 ? c : '\uFFFD'
	);
	return encodeURIComponent(wellFormed);
}

/**
 * The view as parameter names and values, in a fixed order, defaults left out: the one serialiser of
 * the view state, which links (`viewToSearch`), embed snippets and the widget's attributes all use.
 * List values are joined by commas; values are not URL-encoded.
 */
export function viewParams(state: ViewState): [string, string][] {
	const { filter, event, lang } = state;
	const params: [string, string][] = [];
	const q = filter.q.trim();
	if (filter.actors.length > 0) params.push(['actors', filter.actors.join(',')]);
	if (filter.match !== 'any') params.push(['match', filter.match]);
	if (filter.members) params.push(['members', '1']);
	if (filter.types.length > 0) params.push(['types', filter.types.join(',')]);
	if (filter.from) params.push(['from', filter.from]);
	if (filter.to) params.push(['to', filter.to]);
	if (q) params.push(['q', q]);
	if (filter.uncertain) params.push(['uncertain', '1']);
	if (event) params.push(['event', event]);
	if (lang) params.push(['lang', lang]);
	return params;
}

/** The query string for a view (`''` for the default view), parameters in a fixed order, defaults left out. */
export function viewToSearch(state: ViewState): string {
	// Commas stay literal between list items: `actors=putin,erdogan` is what people read and type.
	const parts = viewParams(state).map(([name, value]) => {
		const encoded = LIST_PARAMS.has(name) ? value.split(',').map(encode).join(',') : encode(value);
		return `${name}=${encoded}`;
	});
	return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** Embed options from `?theme=…&height=…`, with a notice for each value it had to ignore. */
export function parseEmbedParams(
	params: URLSearchParams,
	origin: NoticeOrigin = 'link'
): { options: EmbedOptions; notices: Notice[] } {
	const notices: Notice[] = [];
	const options: EmbedOptions = { theme: 'auto' };

	const theme = scalarParam(params, 'theme');
	const known = THEMES.find((t) => t === theme?.toLowerCase());
	if (known) options.theme = known;
	else if (theme !== undefined) {
		notices.push(notice('BAD_THEME', 'theme', theme, origin));
	}

	const height = scalarParam(params, 'height');
	if (height !== undefined) {
		const px = /^\d{1,5}$/.test(height) ? Number(height) : NaN;
		if (px >= MIN_HEIGHT && px <= MAX_HEIGHT) options.height = px;
		else {
			notices.push(notice('BAD_HEIGHT', 'height', height, origin));
		}
	}
	return { options, notices };
}
