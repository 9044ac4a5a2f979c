import type { TimelineEvent } from '../../src/lib/model/types.ts';

/** A minimal valid event for drawing tests: a day (or a range of days) of talks with no sources. */
export function makeEvent(
	id: string,
	start: string,
	end = start,
	{
		type = 'talks',
		precision = 'day',
		title = `Event ${id}`
	}: Partial<Pick<TimelineEvent, 'type' | 'precision' | 'title'>> = {}
): TimelineEvent {
	return { id, title, type, start, end, precision, actors: [], sources: [] };
}
