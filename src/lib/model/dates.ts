/**
 * Calendar dates as `YYYY-MM-DD` strings. The arithmetic is date-fns on `UTCDateMini` (from
 * `@date-fns/utc`), whose getters and setters are UTC ones: the reader's time zone and its
 * daylight-saving jumps can never move a date to another day.
 */

import { UTCDateMini } from '@date-fns/utc';
import {
	addDays as addDaysTo,
	differenceInCalendarDays,
	endOfMonth,
	endOfYear,
	getDaysInMonth,
	startOfMonth,
	startOfYear
} from 'date-fns';
import type { IsoDate, Precision } from './types.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EPOCH = new UTCDateMini(0);

/** Year, month (1–12) and day of a calendar date. */
export interface DateParts {
	year: number;
	month: number;
	day: number;
}

function parse(d: string): DateParts | undefined {
	const m = ISO_DATE.exec(d);
	if (!m) return undefined;
	return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** Year, month (1–12) and day of a valid date; throws a RangeError naming anything else. */
export function dateParts(d: IsoDate): DateParts {
	const p = parse(d);
	if (!p || !isIsoDate(d)) throw new RangeError(`invalid date: ${d}`);
	return p;
}

/**
 * Midnight UTC of year/month/day. Month and day may overflow (day 0 is the previous month's last day),
 * as `Date` allows. `Date.UTC` reads years 0–99 as 1900–1999; `setFullYear` (UTC here) does not.
 */
export function utcDate(year: number, month: number, day: number): Date {
	const date = new UTCDateMini(0);
	date.setFullYear(year, month - 1, day);
	return date;
}

/**
 * The dates Dateline supports: years 1 to 9999, the four-digit years of `YYYY-MM-DD`. A timeline pads
 * and zooms only within them, so no computed day falls outside what the format can write.
 */
export const FIRST_DATE = '0001-01-01';
export const LAST_DATE = '9999-12-31';

/** Whether `s` is a real calendar date from 0001-01-01 to 9999-12-31, written strictly as `YYYY-MM-DD`. */
export function isIsoDate(s: string): boolean {
	const p = parse(s);
	if (!p || p.year < 1 || p.month < 1 || p.month > 12 || p.day < 1) return false;
	return p.day <= daysInMonth(p.year, p.month);
}

/** Days in a month of a year (month 1–12). */
export function daysInMonth(year: number, month: number): number {
	return getDaysInMonth(utcDate(year, month, 1));
}

/** Midnight UTC of a calendar date. */
export function toUtcDate(d: IsoDate): Date {
	const { year, month, day } = dateParts(d);
	return utcDate(year, month, day);
}

/** The calendar date of an instant, read in UTC (years 1–9999). */
export function fromUtcDate(date: Date): IsoDate {
	// The platform writes UTC ISO dates already; date-fns' lightFormat would add ~0.9 KB to the widget.
	return date.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` from year, month (1–12) and day; they overflow as in `utcDate`. */
export function isoDate(year: number, month: number, day: number): IsoDate {
	return fromUtcDate(utcDate(year, month, day));
}

// Day numbers are asked for once per event date and read back once per drawn day: a few thousand
// distinct days serve 100,000 events, and date-fns' day count (~5 µs) is worth doing once per day.
const dayNumbers = new Map<IsoDate, number>();
const daysByNumber = new Map<number, IsoDate>();

/** Days since 1970-01-01 (negative before it). */
export function dayNumber(d: IsoDate): number {
	let n = dayNumbers.get(d);
	if (n === undefined) dayNumbers.set(d, (n = differenceInCalendarDays(toUtcDate(d), EPOCH)));
	return n;
}

/** The calendar date `n` days after 1970-01-01. */
export function fromDayNumber(n: number): IsoDate {
	const day = Math.round(n);
	let d = daysByNumber.get(day);
	if (d === undefined) daysByNumber.set(day, (d = fromUtcDate(addDaysTo(EPOCH, day))));
	return d;
}

/** The date `n` days after `d` (before it when `n` is negative). */
export function addDays(d: IsoDate, n: number): IsoDate {
	return fromUtcDate(addDaysTo(toUtcDate(d), n));
}

/** Sort order of two dates: negative, zero or positive, like `Array.prototype.sort` wants. */
export function compareIso(a: IsoDate, b: IsoDate): number {
	// Fixed-width, zero-padded: string order is date order.
	return a < b ? -1 : a > b ? 1 : 0;
}

/** The first day of the day, month or year that contains `d`. */
export function periodStart(d: IsoDate, precision: Precision): IsoDate {
	const date = toUtcDate(d);
	if (precision === 'day') return d;
	return fromUtcDate(precision === 'year' ? startOfYear(date) : startOfMonth(date));
}

/** The last day of the day, month or year that starts at (or contains) `start`. */
export function periodEnd(start: IsoDate, precision: Precision): IsoDate {
	const date = toUtcDate(start);
	if (precision === 'day') return start;
	return fromUtcDate(precision === 'year' ? endOfYear(date) : endOfMonth(date));
}
