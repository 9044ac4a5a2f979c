/**
 * TimelineJS3 (Knight Lab) JSON: the format's types, Dateline events written as it (`toTimelineJs`),
 * and a TimelineJS file read as Dateline events (`fromTimelineJs`). The site's `/timelinejs.json`, the
 * Download menu, the build's `data/timelines/` and the widget's `src` all go through here.
 * https://timeline.knightlab.com/docs/json-format.html
 */

import { daysInMonth, isoDate, periodEnd, periodStart } from '../model/dates.ts';
import { TYPE_LABELS, type EventType } from '../model/event-types.ts';
import { formatEventDate } from '../model/format.ts';
import type { Problem, ProblemCode } from '../model/problems.ts';
import { compareEvents } from '../model/sort.ts';
import { EVENT_TYPES, PRECISIONS } from '../model/types.ts';
import type { Actor, Article, Dataset, Precision, TimelineEvent } from '../model/types.ts';
import { escapeHtml, htmlToText } from './html-text.ts';

/** A TimelineJS date: `year` alone is a year, with `month` a month, with `day` a day. Sheets give strings. */
export interface TimelineJsDate {
	year: number | string;
	month?: number | string;
	day?: number | string;
	hour?: number | string;
	minute?: number | string;
	second?: number | string;
	millisecond?: number | string;
	display_date?: string;
	format?: string;
}

/** Headline and text are HTML: TimelineJS puts them into the page as markup. */
export interface TimelineJsText {
	headline?: string;
	text?: string;
}

export interface TimelineJsMedia {
	url: string;
	caption?: string;
	credit?: string;
	thumbnail?: string;
}

/** An event slide (in `events`), the title slide, or an era (only dates and text). */
export interface TimelineJsSlide {
	start_date?: TimelineJsDate;
	end_date?: TimelineJsDate;
	text?: TimelineJsText;
	media?: TimelineJsMedia;
	group?: string;
	display_date?: string;
	background?: { url?: string; color?: string };
	autolink?: boolean;
	unique_id?: string;
}

/** A whole TimelineJS3 timeline, as `new TL.Timeline(element, data)` takes it. */
export interface TimelineJs {
	title?: TimelineJsSlide;
	events: TimelineJsSlide[];
	eras?: TimelineJsSlide[];
	scale?: 'human' | 'cosmological';
}

/** What `toTimelineJs` writes: events with the actors and articles they refer to (a filtered view will do). */
export interface TimelineJsInput {
	events: readonly TimelineEvent[];
	actors?: readonly Actor[];
	articles?: readonly Article[];
}

/** A TimelineJS date with only the fields `precision` allows: a month has no `day`, a year only `year`. */
function dateAt(d: string, precision: Precision): TimelineJsDate {
	const [year, month, day] = d.split('-').map(Number) as [number, number, number];
	const date: TimelineJsDate = { year: String(year) };
	if (precision !== 'year') date.month = String(month);
	if (precision === 'day') date.day = String(day);
	return date;
}

/** One event as a TimelineJS slide: headline and text escaped, the type's label as its group. */
export function toTimelineJsSlide(
	event: TimelineEvent,
	articles: ReadonlyMap<string, Article> = new Map()
): TimelineJsSlide {
	const slide: TimelineJsSlide = { start_date: dateAt(event.start, event.precision) };
	// An end that is the start's own period says nothing TimelineJS needs: "September 2018" is one month.
	if (event.end !== periodEnd(event.start, event.precision))
		slide.end_date = dateAt(event.end, event.precision);
	const paragraphs = event.summary ? [`<p>${escapeHtml(event.summary)}</p>`] : [];
	for (const { article, quote } of event.sources) {
		const from = articles.get(article);
		const cite = from ? ` <cite>${escapeHtml(from.source)}, ${escapeHtml(from.title)}</cite>` : '';
		paragraphs.push(`<blockquote>${escapeHtml(quote)}${cite}</blockquote>`);
	}
	return {
		...slide,
		display_date: formatEventDate(event),
		text: { headline: escapeHtml(event.title), text: paragraphs.join('') },
		group: TYPE_LABELS[event.type],
		unique_id: event.id
	};
}

/** Dateline events as a TimelineJS3 timeline, with a title slide. */
export function toTimelineJs(
	input: TimelineJsInput,
	{ title = 'Dateline' }: { title?: string } = {}
): TimelineJs {
	const articles = new Map((input.articles ?? []).map((a) => [a.id, a]));
	const count = input.events.length;
	return {
		title: {
			text: {
				headline: escapeHtml(title),
				text: `<p>${count} event${count === 1 ? '' : 's'} from ${articles.size} article${articles.size === 1 ? '' : 's'}</p>`
			}
		},
		events: input.events.map((event) => toTimelineJsSlide(event, articles))
	};
}

/**
 * Whether a JSON value is a TimelineJS timeline rather than a Dateline dataset: an `events` list
 * without Dateline's `version`, whose slides have a `start_date` (or, empty, with a title slide).
 */
export function isTimelineJs(value: unknown): value is TimelineJs {
	if (!value || typeof value !== 'object' || 'version' in value) return false;
	const { events, title } = value as { events?: unknown; title?: unknown };
	if (!Array.isArray(events)) return false;
	return events.length === 0
		? !!title
		: events.some((e) => !!e && typeof e === 'object' && 'start_date' in e);
}

/** An event read from a TimelineJS file, with its index in the file's `events`. */
export interface TimelineJsItem {
	event: TimelineEvent;
	index: number;
}

type Path = (string | number)[];

interface ReadDate {
	date: string;
	precision: Precision;
}

/** A date field: a whole number (or a string of one), `undefined` when absent or blank. */
function field(value: unknown): number | undefined | false {
	if (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
		return undefined;
	const n = typeof value === 'string' ? Number(value.trim()) : value;
	return typeof n === 'number' && Number.isInteger(n) ? n : false;
}

function readDate(value: unknown, path: Path, problem: (code: ProblemCode, p: Path, m: string) => void) {
	if (!value || typeof value !== 'object') {
		problem('FIELD_MISSING', path, 'a slide needs a date with at least a year, e.g. {"year": "2019"}');
		return undefined;
	}
	const { year, month, day } = value as TimelineJsDate;
	const y = field(year);
	const m = field(month);
	const d = field(day);
	if (y === undefined || y === false || y < 1 || y > 9999) {
		problem(
			'DATE_INVALID',
			[...path, 'year'],
			`year ${JSON.stringify(year ?? null)} is not a year from 1 to 9999`
		);
	} else if (m === false || (m !== undefined && (m < 1 || m > 12))) {
		problem('DATE_INVALID', [...path, 'month'], `month ${JSON.stringify(month)} is not a month from 1 to 12`);
	} else if (d !== undefined && m === undefined) {
		problem('DATE_INVALID', [...path, 'day'], `day ${JSON.stringify(day)} has no month`);
	} else if (d === false || (d !== undefined && (d < 1 || d > daysInMonth(y, m!)))) {
		problem('DATE_INVALID', [...path, 'day'], `day ${JSON.stringify(day)} is not a day of ${y}-${m}`);
	} else {
		const precision: Precision = d !== undefined ? 'day' : m !== undefined ? 'month' : 'year';
		return { date: isoDate(y, m ?? 1, d ?? 1), precision } satisfies ReadDate;
	}
	return undefined;
}

const coarser = (a: Precision, b: Precision) => (PRECISIONS.indexOf(a) > PRECISIONS.indexOf(b) ? a : b);

/** The event type a group names, by label or key ("Talks", "talks"); any other group is `other`. */
function typeOfGroup(group: string): EventType {
	const key = group.toLowerCase();
	return EVENT_TYPES.find((type) => type === key || TYPE_LABELS[type].toLowerCase() === key) ?? 'other';
}

/** An id from a name: lowercase words joined by "-", at most 64 characters, cut between words. */
function slug(s: string): string {
	const id = s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return id.length <= 64 ? id : id.slice(0, 65).replace(/-[^-]*$/, '');
}

/**
 * The events of a TimelineJS timeline, as curated Dateline events: precision from the date fields
 * present (the coarser of start and end), headline, text, group and display date as plain text, the
 * group as the type where it names one, `unique_id` as the id (else date and headline). The title slide
 * and eras are not events. Problems carry the path of the slide field they are about.
 */
export function fromTimelineJs(value: unknown): { events: TimelineJsItem[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const problem = (code: ProblemCode, path: Path, message: string) =>
		void problems.push({ code, path, message });
	const slides = (value as { events?: unknown } | null)?.events;
	if (!Array.isArray(slides)) {
		problem('FIELD_INVALID', ['events'], 'a TimelineJS timeline needs an `events` list');
		return { events: [], problems };
	}
	const events: TimelineJsItem[] = [];
	// Ids made from date and headline, by how often each was made: a headline in Cyrillic or Arabic
	// leaves only the date, and two slides of one day must not share an id.
	const made = new Map<string, number>();
	slides.forEach((raw: unknown, index) => {
		const at: Path = ['events', index];
		if (!raw || typeof raw !== 'object') return problem('FIELD_INVALID', at, 'a slide must be an object');
		const slide = raw as TimelineJsSlide;
		const start = readDate(slide.start_date, [...at, 'start_date'], problem);
		const end =
			slide.end_date === undefined ? undefined : readDate(slide.end_date, [...at, 'end_date'], problem);
		if (!start || (slide.end_date !== undefined && !end)) return;
		const precision = end ? coarser(start.precision, end.precision) : start.precision;
		const from = periodStart(start.date, precision);
		const to = periodEnd(end?.date ?? from, precision);
		if (to < from)
			return problem('DATE_ORDER', [...at, 'end_date'], `the end ${to} is before the start ${from}`);
		const madeId = (id: string) => {
			const n = (made.get(id) ?? 0) + 1;
			made.set(id, n);
			return n === 1 ? id : `${id}-${n}`;
		};
		const text = htmlToText(String(slide.text?.text ?? ''));
		const title = htmlToText(String(slide.text?.headline ?? '')) || text.slice(0, 100);
		if (!title)
			return problem('FIELD_MISSING', [...at, 'text', 'headline'], 'the slide has no headline or text');
		const event: TimelineEvent = {
			id: slug(String(slide.unique_id ?? '')) || madeId(slug(`${from}-${title}`)),
			title,
			type: typeOfGroup(htmlToText(String(slide.group ?? ''))),
			start: from,
			end: to,
			precision,
			actors: [],
			sources: []
		};
		// A display date the fields do not say ("Spring 1848") is the writer's: kept before the text.
		const shown = htmlToText(String(slide.display_date ?? slide.start_date?.display_date ?? ''));
		const summary = [shown !== formatEventDate(event) ? shown : '', text].filter(Boolean).join(': ');
		if (summary) event.summary = summary;
		events.push({ event, index });
	});
	return { events, problems };
}

/** A TimelineJS timeline as a dataset of its events alone (no actors, no articles), or its problems. */
export function timelineJsDataset(value: unknown): { dataset?: Dataset; problems: Problem[] } {
	const { events, problems } = fromTimelineJs(value);
	if (problems.length > 0) return { problems };
	const dataset: Dataset = {
		version: 1,
		actors: [],
		events: events.map((e) => e.event).sort(compareEvents),
		articles: []
	};
	return { dataset, problems };
}
