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
	return compareIso(a.start, b.start) || compareText(a.id, b.id);
}

/** Code-unit order of two strings: the same on every machine and locale, unlike `localeCompare`. */
export function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** A sorted copy of `events`; the input is left as it is. */
export function sortEvents<T extends Pick<TimelineEvent, 'start' | 'id'>>(events: readonly T[]): T[] {
	return [...events].sort(compareEvents);
}
