import type { Precision, Source, TimelineEvent } from '../lib/model/types.ts';
import type { Problem } from '../lib/model/problems.ts';
import { isIsoDate, periodEnd } from '../lib/model/dates.ts';
import { SourceSchema, TimelineEventSchema } from '../lib/model/schema.ts';
import { knownFields } from './fields.ts';
import { problemAt, type Report, type YamlItem, type YamlPath, type YamlSource } from './yaml-source.ts';

// The fields a curated event may write are the contract's: one list, the schema's.
const EVENT_FIELDS = Object.keys(TimelineEventSchema.entries);
const SOURCE_FIELDS = Object.keys(SourceSchema.entries);

/**
 * Read hand-written events (`data/events/*.yaml`) into the dataset's event shape. What the writer may
 * leave out is filled in: `end` from the precision, `precision` as day, source offsets by finding the
 * quote in the article body. Unknown fields are reported and dropped; the known ones pass through for
 * the dataset validator to judge. Each event comes with its index in the file's list.
 */
export function readCuratedEvents(
	source: YamlSource,
	bodies: ReadonlyMap<string, string>
): { events: YamlItem<TimelineEvent>[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const report = problemAt(source, problems);
	if (source.value === null || source.value === undefined) return { events: [], problems };
	if (!Array.isArray(source.value)) {
		report([], 'FIELD_INVALID', 'an events file must be a list of events');
		return { events: [], problems };
	}
	const events: YamlItem<TimelineEvent>[] = [];
	source.value.forEach((raw, index) => {
		if (!isMapping(raw)) {
			return report(
				[index],
				'FIELD_INVALID',
				`event ${index + 1} must be a mapping with id, title, type, start…`
			);
		}
		const written = { precision: 'day', actors: [], sources: [], ...raw };
		const event = knownFields(written, EVENT_FIELDS, [index], report) as unknown as TimelineEvent & {
			cameo?: unknown;
		};
		if (event.cameo !== undefined && typeof event.cameo !== 'string') {
			report([index, 'cameo'], 'FIELD_INVALID', `cameo: expected a string, e.g. '042', got ${event.cameo}`);
			delete event.cameo;
		}
		if (event.end === undefined && typeof event.start === 'string') {
			// A bad start is reported once, as itself, not again as a missing end.
			event.end = isIsoDate(event.start) ? periodEnd(event.start, event.precision as Precision) : event.start;
		}
		if (Array.isArray(event.sources)) {
			event.sources = event.sources.map((s, j) => readSource(s, bodies, [index, 'sources', j], report));
		}
		events.push({ item: event, index });
	});
	return { events, problems };
}

function isMapping(value: unknown): value is Record<string, unknown> {
	return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** A source's known fields, with its offsets found or checked; anything but a mapping is the validator's. */
function readSource(
	raw: unknown,
	bodies: ReadonlyMap<string, string>,
	path: YamlPath,
	report: Report
): Source {
	if (!isMapping(raw)) return raw as Source;
	return locateQuote(knownFields(raw, SOURCE_FIELDS, path, report), bodies, path, report);
}

function locateQuote(
	raw: Partial<Source>,
	bodies: ReadonlyMap<string, string>,
	path: YamlPath,
	report: Report
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
			report(
				[...path, 'start'],
				'QUOTE_NOT_FOUND',
				`the quote is not at ${raw.start}–${raw.end} of article "${raw.article}"`
			);
		}
		return raw as Source;
	}
	const start = body.indexOf(raw.quote);
	if (start < 0 || raw.quote === '') {
		report([...path, 'quote'], 'QUOTE_NOT_FOUND', `the quote is not in the body of article "${raw.article}"`);
		return { ...raw, start: 0, end: raw.quote.length } as Source;
	}
	return { ...raw, start, end: start + raw.quote.length } as Source;
}
