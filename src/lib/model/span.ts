import type { IsoDate, TimelineEvent } from './types.ts';

/** The first start and the last end among events (not the last event's end: spans overlap). */
export function eventSpan(
	events: readonly Pick<TimelineEvent, 'start' | 'end'>[]
): [IsoDate, IsoDate] | undefined {
	if (events.length === 0) return undefined;
	let first = events[0]!.start;
	let last = events[0]!.end;
	for (const { start, end } of events) {
		if (start < first) first = start;
		if (end > last) last = end;
	}
	return [first, last];
}
