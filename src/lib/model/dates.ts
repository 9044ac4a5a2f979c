/**
 * Calendar dates as `YYYY-MM-DD` strings. All arithmetic goes through UTC midnight, so the reader's
 * time zone (and its daylight-saving jumps) can never move a date to another day.
 */

import type { IsoDate, Precision } from './types.ts';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Parts {
	year: number;
	month: number; // 1-12
	day: number;
}

function parse(d: string): Parts | undefined {
	const m = ISO_DATE.exec(d);
	if (!m) return undefined;
	return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

function parts(d: IsoDate): Parts {
	const p = parse(d);
	if (!p || !isIsoDate(d)) throw new RangeError(`invalid date: ${d}`);
	return p;
}

// Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear does not.
function utc(year: number, month: number, day: number): Date {
	const date = new Date(0);
	date.setUTCFullYear(year, month - 1, day);
	return date;
}

function pad(n: number, width: number): string {
	return String(n).padStart(width, '0');
}

/** Whether `s` is a real calendar date written strictly as `YYYY-MM-DD` (2019-02-29 is not). */
export function isIsoDate(s: string): boolean {
	const p = parse(s);
	if (!p || p.month < 1 || p.month > 12 || p.day < 1) return false;
	return p.day <= daysInMonth(p.year, p.month);
}

function daysInMonth(year: number, month: number): number {
	// Day 0 of the next month is the last day of this one.
	return utc(year, month + 1, 0).getUTCDate();
}

/** Midnight UTC of a calendar date. */
export function toUtcDate(d: IsoDate): Date {
	const { year, month, day } = parts(d);
	return utc(year, month, day);
}

/** The calendar date of an instant, read in UTC. */
export function fromUtcDate(date: Date): IsoDate {
	return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** Days since 1970-01-01 (negative before it). */
export function dayNumber(d: IsoDate): number {
	return Math.round(toUtcDate(d).getTime() / MS_PER_DAY);
}

/** The calendar date `n` days after 1970-01-01. */
export function fromDayNumber(n: number): IsoDate {
	return fromUtcDate(new Date(Math.round(n) * MS_PER_DAY));
}

/** The date `n` days after `d` (before it when `n` is negative). */
export function addDays(d: IsoDate, n: number): IsoDate {
	return fromDayNumber(dayNumber(d) + n);
}

/** Sort order of two dates: negative, zero or positive, like `Array.prototype.sort` wants. */
export function compareIso(a: IsoDate, b: IsoDate): number {
	// Fixed-width, zero-padded: string order is date order.
	return a < b ? -1 : a > b ? 1 : 0;
}

/** The first day of the day, month or year that contains `d`. */
export function periodStart(d: IsoDate, precision: Precision): IsoDate {
	const { year, month } = parts(d);
	if (precision === 'year') return `${pad(year, 4)}-01-01`;
	if (precision === 'month') return `${pad(year, 4)}-${pad(month, 2)}-01`;
	return d;
}

/** The last day of the day, month or year that starts at (or contains) `start`. */
export function periodEnd(start: IsoDate, precision: Precision): IsoDate {
	const { year, month } = parts(start);
	if (precision === 'year') return `${pad(year, 4)}-12-31`;
	if (precision === 'month') return `${pad(year, 4)}-${pad(month, 2)}-${pad(daysInMonth(year, month), 2)}`;
	return start;
}
