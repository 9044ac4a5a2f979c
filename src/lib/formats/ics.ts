/**
 * Events as an iCalendar file (RFC 5545), which calendars import or subscribe to. ical-generator writes
 * it: escaping, line folding and all-day dates are its job.
 */

import ical from 'ical-generator';
import { millisecondsInDay } from 'date-fns/constants';
import { toUtcDate } from '../model/dates.ts';
import { formatEventDate } from '../model/format.ts';
import type { Actor, Article, TimelineEvent } from '../model/types.ts';

export interface IcsOptions {
	/** The calendar's name, as a calendar app lists it. */
	name: string;
	/** The product that wrote it (`PRODID`), and the domain that makes each UID unique. */
	domain?: string;
	/** Where each event can be read: its page on the site, given the event id. */
	url?: (id: string) => string;
}

/** The day an event's information dates from: its newest article's, else its own start. */
function newest(event: TimelineEvent, articles: ReadonlyMap<string, Article>): string {
	const dates = event.sources.map((source) => articles.get(source.article)?.published ?? event.start);
	return dates.reduce((a, b) => (b > a ? b : a), event.start);
}

/**
 * The events as all-day calendar entries (`VALUE=DATE`), each ending on the day after its last day, as
 * iCalendar wants; a month or a year spans its whole period and says that its exact day is unknown.
 * The UID is the event id, so a subscribed calendar updates an event instead of doubling it.
 */
export function eventsToIcs(
	events: readonly TimelineEvent[],
	actors: ReadonlyMap<string, Actor>,
	articles: ReadonlyMap<string, Article>,
	{ name, domain = 'dateline.invalid', url }: IcsOptions
): string {
	const calendar = ical({ name, prodId: { company: 'Dateline', product: 'timeline', language: 'EN' } });
	for (const event of events) {
		const lines = [
			event.precision === 'day'
				? undefined
				: `${formatEventDate(event)}: the exact day is not known; this entry spans the whole ${event.precision}.`,
			event.summary,
			event.actors.length
				? `Actors: ${event.actors.map((id) => actors.get(id)?.name ?? id).join(', ')}`
				: undefined,
			...event.sources.map(
				(source) => `“${source.quote}” (${articles.get(source.article)?.title ?? source.article})`
			)
		];
		calendar.createEvent({
			id: `${event.id}@${domain}`,
			allDay: true,
			// ISO calendar dates are read as UTC midnights, and ical-generator writes an all-day date
			// from its UTC parts: no time zone can move it.
			start: event.start,
			// The day after the last: a Date, since after 9999-12-31 no `YYYY-MM-DD` can name it.
			end: new Date(+toUtcDate(event.end) + millisecondsInDay),
			summary: event.title,
			description: lines.filter(Boolean).join('\n\n'),
			location: event.place,
			url: url?.(event.id),
			// When the entry's information dates from (its newest article), not when the file was
			// written: the same dataset gives the same file.
			stamp: `${newest(event, articles)}T00:00:00Z`
		});
	}
	return calendar.toString();
}
