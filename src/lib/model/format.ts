/**
 * Event dates as readers write them: "25–26 April 2019", "September 2018", "2018–2019".
 */

import { isIsoDate } from './dates.ts';
import type { IsoDate, TimelineEvent } from './types.ts';

/** "January" … "December": the interface is in English, and naming a month needs no Intl. */
export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
/** "Jan" … "Dec". */
export const MONTHS_SHORT = MONTHS.map((m) => m.slice(0, 3));

interface Parts {
	year: string;
	month: number;
	day: number;
}

// Read straight from the string: no Date, so no time zone can move the day.
function parts(d: IsoDate): Parts {
	// Without this check "2018-02-30" would print as a day that does not exist.
	if (!isIsoDate(d)) throw new RangeError(`invalid date: ${d}`);
	const [year, month, day] = d.split('-') as [string, string, string];
	return { year, month: Number(month) - 1, day: Number(day) };
}

const dayMonth = (p: Parts) => `${p.day} ${MONTHS[p.month]}`;
const monthYear = (p: Parts) => `${MONTHS[p.month]} ${p.year}`;
const full = (p: Parts) => `${p.day} ${MONTHS[p.month]} ${p.year}`;

/** A calendar date in full: "17 September 2018". */
export function formatIsoDate(d: IsoDate): string {
	return full(parts(d));
}

/** An event's date at its precision, as a range when it spans more than one day, month or year. */
export function formatEventDate(event: Pick<TimelineEvent, 'start' | 'end' | 'precision'>): string {
	const start = parts(event.start);
	const end = parts(event.end);
	const sameYear = start.year === end.year;
	const sameMonth = sameYear && start.month === end.month;

	if (event.precision === 'year') return sameYear ? start.year : `${start.year}–${end.year}`;
	if (event.precision === 'month') {
		if (sameMonth) return monthYear(start);
		return `${sameYear ? MONTHS[start.month] : monthYear(start)} – ${monthYear(end)}`;
	}
	if (sameMonth) return start.day === end.day ? full(start) : `${start.day}–${full(end)}`;
	return `${sameYear ? dayMonth(start) : full(start)} – ${full(end)}`;
}

/** "1 event", "37 events": a count with its noun, plural when it is not one. */
export function counted(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
