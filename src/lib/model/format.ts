/**
 * Event dates as readers write them: "25–26 April 2019", "September 2018", "2018–2019".
 */

import { format } from 'date-fns';
import { isIsoDate } from './dates.ts';
import type { IsoDate, TimelineEvent } from './types.ts';

// date-fns formats local Dates; building them from the y/m/d parts (never from an instant) keeps the
// printed day the same in every time zone.
function localDate(d: IsoDate): Date {
	// Without this check "2018-02-30" would roll over and print as 2 March.
	if (!isIsoDate(d)) throw new RangeError(`invalid date: ${d}`);
	const [year = 0, month = 1, day = 1] = d.split('-').map(Number);
	const date = new Date(2000, 0, 1);
	date.setFullYear(year, month - 1, day); // not the constructor: it maps years 0-99 to 19xx
	return date;
}

/** A calendar date in full: "17 September 2018". */
export function formatIsoDate(d: IsoDate): string {
	return format(localDate(d), 'd MMMM yyyy');
}

/** An event's date at its precision, as a range when it spans more than one day, month or year. */
export function formatEventDate(event: Pick<TimelineEvent, 'start' | 'end' | 'precision'>): string {
	const start = localDate(event.start);
	const end = localDate(event.end);
	const sameYear = start.getFullYear() === end.getFullYear();
	const sameMonth = sameYear && start.getMonth() === end.getMonth();

	if (event.precision === 'year') {
		return sameYear ? format(start, 'yyyy') : `${format(start, 'yyyy')}–${format(end, 'yyyy')}`;
	}
	if (event.precision === 'month') {
		if (sameMonth) return format(start, 'MMMM yyyy');
		return `${format(start, sameYear ? 'MMMM' : 'MMMM yyyy')} – ${format(end, 'MMMM yyyy')}`;
	}
	if (sameMonth) {
		return start.getDate() === end.getDate()
			? format(start, 'd MMMM yyyy')
			: `${format(start, 'd')}–${format(end, 'd MMMM yyyy')}`;
	}
	return `${format(start, sameYear ? 'd MMMM' : 'd MMMM yyyy')} – ${format(end, 'd MMMM yyyy')}`;
}
