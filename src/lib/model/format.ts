/**
 * Event dates as readers write them: "25–26 April 2019", "September 2018", "2018–2019", in their language.
 */

import { isIsoDate } from './dates.ts';
import type { IsoDate, TimelineEvent } from './types.ts';

/** "January" … "December": English dates are written by hand (below), in the form the site has always used. */
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

/**
 * A calendar date in full: "17 September 2018", or in `locale` (a BCP 47 tag, "fr": "17 septembre 2018").
 * Without a locale, English as written here.
 */
export function formatIsoDate(d: IsoDate, locale?: string): string {
	if (locale) return intlFormats(locale).day.format(utcDate(parts(d)));
	return full(parts(d));
}

/**
 * An event's date at its precision, as a range when it spans more than one day, month or year; in
 * `locale` when given ("25–26 апреля 2019 г."), else in English as written here ("25–26 April 2019").
 */
export function formatEventDate(
	event: Pick<TimelineEvent, 'start' | 'end' | 'precision'>,
	locale?: string
): string {
	if (locale) {
		const format = intlFormats(locale)[event.precision];
		const [a, b] = [utcDate(parts(event.start)), utcDate(parts(event.end))];
		const same = format.format(a) === format.format(b);
		return same ? format.format(a) : format.formatRange(a, b);
	}
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

/** The formats of one locale, made once: a page formats thousands of dates. */
interface IntlFormats {
	day: Intl.DateTimeFormat;
	month: Intl.DateTimeFormat;
	year: Intl.DateTimeFormat;
	/** Axis ticks: "17 sept.", "sept.", "sept. 2018". */
	tickDay: Intl.DateTimeFormat;
	tickMonth: Intl.DateTimeFormat;
	tickMonthYear: Intl.DateTimeFormat;
	tickDayYear: Intl.DateTimeFormat;
}

const formats = new Map<string, IntlFormats>();

function intlFormats(locale: string): IntlFormats {
	let made = formats.get(locale);
	if (!made) {
		// Dates are calendar dates: formatted as UTC midnights in UTC, no zone can move the day.
		const make = (options: Intl.DateTimeFormatOptions) =>
			new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
		made = {
			day: make({ day: 'numeric', month: 'long', year: 'numeric' }),
			month: make({ month: 'long', year: 'numeric' }),
			year: make({ year: 'numeric' }),
			tickDay: make({ day: 'numeric', month: 'short' }),
			tickMonth: make({ month: 'short' }),
			tickMonthYear: make({ month: 'short', year: 'numeric' }),
			tickDayYear: make({ day: 'numeric', month: 'short', year: 'numeric' })
		};
		formats.set(locale, made);
	}
	return made;
}

// Years 0–99 too: Date.UTC would read them as 1900–1999.
function utcDate(p: Parts): Date {
	const date = new Date(Date.UTC(2000, p.month, p.day));
	date.setUTCFullYear(Number(p.year));
	return date;
}

/**
 * An axis tick's label at its level: "2019", "Mar", "17 Mar", or with its year ("Mar 2019", "17 Mar
 * 2019") for the first tick; in `locale` when given, else English as written here. `date` is a UTC midnight.
 */
export function formatTick(
	date: Date,
	level: 'year' | 'month' | 'day',
	{ locale, withYear = false }: { locale?: string; withYear?: boolean } = {}
): string {
	const year = date.getUTCFullYear();
	if (!locale) {
		const month = MONTHS_SHORT[date.getUTCMonth()]!;
		const label =
			level === 'year'
				? String(year).padStart(4, '0')
				: level === 'month'
					? month
					: `${date.getUTCDate()} ${month}`;
		return withYear && level !== 'year' ? `${label} ${year}` : label;
	}
	const f = intlFormats(locale);
	if (level === 'year') return f.year.format(date);
	if (level === 'month') return (withYear ? f.tickMonthYear : f.tickMonth).format(date);
	return (withYear ? f.tickDayYear : f.tickDay).format(date);
}

/** "1 event", "37 events": a count with its noun, plural when it is not one. */
export function counted(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
