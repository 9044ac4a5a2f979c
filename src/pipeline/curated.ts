import type { Precision, Source, TimelineEvent } from '../lib/model/types.ts';
import type { Problem } from '../lib/model/problems.ts';
import { isIsoDate, periodEnd } from '../lib/model/dates.ts';
import type { YamlSource } from './yaml-source.ts';

/**
 * Read hand-written events (`data/events/*.yaml`) into the dataset's event shape. What the writer may
 * leave out is filled in: `end` from the precision, `precision` as day, source offsets by finding the
 * quote in the article body. Everything else passes through for the dataset validator to judge.
 */
export function readCuratedEvents(
	source: YamlSource,
	bodies: ReadonlyMap<string, string>
): { events: TimelineEvent[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const at = (path: (string | number)[], code: Problem['code'], message: string) =>
		problems.push({ code, file: source.file, line: source.lineOf(path), message });
	if (source.value === null || source.value === undefined) return { events: [], problems };
	if (!Array.isArray(source.value)) {
		at([], 'FIELD_INVALID', 'an events file must be a list of events');
		return { events: [], problems };
	}
	const events: TimelineEvent[] = [];
	source.value.forEach((raw, i) => {
		if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
			return at([i], 'FIELD_INVALID', `event ${i + 1} must be a mapping with id, title, type, start…`);
		}
		const event = { precision: 'day', actors: [], sources: [], ...raw } as TimelineEvent;
		if (event.end === undefined && typeof event.start === 'string') {
			// A bad start is reported once, as itself, not again as a missing end.
			event.end = isIsoDate(event.start) ? periodEnd(event.start, event.precision as Precision) : event.start;
		}
		if (Array.isArray(event.sources)) {
			event.sources = event.sources.map((s, j) => locateQuote(s, bodies, [i, 'sources', j], at));
		}
		events.push(event);
	});
	return { events, problems };
}

function locateQuote(
	raw: Partial<Source>,
	bodies: ReadonlyMap<string, string>,
	path: (string | number)[],
	at: (path: (string | number)[], code: Problem['code'], message: string) => void
): Source {
	const body = typeof raw?.article === 'string' ? bodies.get(raw.article) : undefined;
	if (typeof raw?.quote !== 'string') return raw as Source; // the validator names what is missing
	if (!body) {
		// No body to search: the validator reports the unknown article. Offsets the writer may omit
		// are filled as if found, so they are not reported missing and do not hide that problem.
		return typeof raw.start === 'number' && typeof raw.end === 'number'
			? (raw as Source)
			: ({ ...raw, start: 0, end: raw.quote.length } as Source);
	}
	if (typeof raw.start === 'number' && typeof raw.end === 'number') {
		if (body.slice(raw.start, raw.end) !== raw.quote) {
			at(
				[...path, 'start'],
				'QUOTE_NOT_FOUND',
				`the quote is not at ${raw.start}–${raw.end} of article "${raw.article}"`
			);
		}
		return raw as Source;
	}
	const start = body.indexOf(raw.quote);
	if (start < 0 || raw.quote === '') {
		at([...path, 'quote'], 'QUOTE_NOT_FOUND', `the quote is not in the body of article "${raw.article}"`);
		return { ...raw, start: 0, end: raw.quote.length } as Source;
	}
	return { ...raw, start, end: start + raw.quote.length } as Source;
}
