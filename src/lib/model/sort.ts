/**
 * The dataset's event order: by start date, then id, so every build lists events the same way.
 */

import { compareIso } from './dates.ts';
import type { TimelineEvent } from './types.ts';

/** Sort order of two events: earlier start first, then by id (code-unit order, not locale). */
export function compareEvents(
	a: Pick<TimelineEvent, 'start' | 'id'>,
	b: Pick<TimelineEvent, 'start' | 'id'>
): number {
	return compareIso(a.start, b.start) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A sorted copy of `events`; the input is left as it is. */
export function sortEvents<T extends Pick<TimelineEvent, 'start' | 'id'>>(events: readonly T[]): T[] {
	return [...events].sort(compareEvents);
}
