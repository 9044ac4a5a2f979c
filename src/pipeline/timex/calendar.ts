/**
 * Calendar arithmetic the tagger needs beyond `src/lib/model/dates.ts`: weekdays, ISO weeks, month and
 * season spans. Everything works on `YYYY-MM-DD` strings and day numbers, never on local-time `Date`s.
 */
import { addDays, dayNumber, periodEnd } from '../../lib/model/dates.ts';
import type { IsoDate } from '../../lib/model/types.ts';

/** A calendar month: year and month 1–12. */
export interface YearMonth {
	year: number;
	month: number;
}

/** Zero-padded `YYYY-MM-DD` from parts (no validation: callers pass real dates). */
export function ymd(year: number, month: number, day: number): IsoDate {
	return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

/** `YYYY-MM` from parts. */
export function ym(year: number, month: number): string {
	return `${pad4(year)}-${pad2(month)}`;
}

export function pad2(n: number): string {
	return String(n).padStart(2, '0');
}

export function pad4(n: number): string {
	return String(n).padStart(4, '0');
}

/** Year, month and day of an ISO date as numbers. */
export function splitDate(d: IsoDate): { year: number; month: number; day: number } {
	return { year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) };
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(d: IsoDate): number {
	// 1970-01-01 was a Thursday (4).
	return ((((dayNumber(d) + 3) % 7) + 7) % 7) + 1;
}

/** The Monday of the ISO week that contains `d`. */
export function mondayOf(d: IsoDate): IsoDate {
	return addDays(d, 1 - isoWeekday(d));
}

/** The ISO week value (`2019-W16`) of the week that contains `d`. */
export function isoWeekValue(d: IsoDate): string {
	// The ISO year is the year of the week's Thursday; week 1 holds the year's first Thursday.
	const thursday = addDays(mondayOf(d), 3);
	const year = Number(thursday.slice(0, 4));
	const week = Math.floor((dayNumber(thursday) - dayNumber(ymd(year, 1, 1))) / 7) + 1;
	return `${pad4(year)}-W${pad2(week)}`;
}

/** The month `n` months after `ym` (before when negative). */
export function addMonths({ year, month }: YearMonth, n: number): YearMonth {
	const index = year * 12 + (month - 1) + n;
	return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Number of days in a month. */
export function daysIn(year: number, month: number): number {
	return Number(periodEnd(ymd(year, month, 1), 'month').slice(8, 10));
}

/** Whether year/month/day form a real date. */
export function isRealDate(year: number, month: number, day: number): boolean {
	return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

/** TIMEX3 season codes and the months they span (winter runs into the next year). */
export const SEASONS = {
	SP: { first: 3, last: 5 },
	SU: { first: 6, last: 8 },
	FA: { first: 9, last: 11 },
	WI: { first: 12, last: 14 }
} as const;

export type Season = keyof typeof SEASONS;

/** The first and last day of a season of `year`. */
export function seasonSpan(year: number, season: Season): { start: IsoDate; end: IsoDate } {
	const { first, last } = SEASONS[season];
	const end = addMonths({ year, month: 1 }, last - 1);
	return { start: ymd(year, first, 1), end: ymd(end.year, end.month, daysIn(end.year, end.month)) };
}

/** The season containing month `m` of year `y`, as the year it is filed under and its code. */
export function seasonOf(year: number, month: number): { year: number; season: Season } {
	if (month <= 2) return { year: year - 1, season: 'WI' };
	if (month <= 5) return { year, season: 'SP' };
	if (month <= 8) return { year, season: 'SU' };
	if (month <= 11) return { year, season: 'FA' };
	return { year, season: 'WI' };
}
