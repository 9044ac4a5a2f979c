/**
 * Calendar arithmetic the tagger needs beyond `src/lib/model/dates.ts`: weekdays, ISO weeks, month and
 * season spans. It is date-fns over the model's UTC dates; inputs and outputs are `YYYY-MM-DD` strings
 * and numbers, never local-time `Date`s.
 */
import {
	addMonths as addMonthsTo,
	endOfMonth,
	getISODay,
	getISOWeek,
	getISOWeekYear,
	startOfISOWeek
} from 'date-fns';
import { daysInMonth, fromUtcDate, isoDate, toUtcDate, utcDate } from '../../lib/model/dates.ts';
import type { IsoDate } from '../../lib/model/types.ts';

/** A calendar month: year and month 1–12. */
export interface YearMonth {
	year: number;
	month: number;
}

/** `YYYY-MM` from parts: a TIMEX3 month value. */
export function ym(year: number, month: number): string {
	return `${pad4(year)}-${pad2(month)}`;
}

/** A TIMEX3 value's two-digit field (month, week, hour, century). */
export function pad2(n: number): string {
	return String(n).padStart(2, '0');
}

/** A TIMEX3 value's four-digit year. */
export function pad4(n: number): string {
	return String(n).padStart(4, '0');
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(d: IsoDate): number {
	return getISODay(toUtcDate(d));
}

/** The Monday of the ISO week that contains `d`. */
export function mondayOf(d: IsoDate): IsoDate {
	return fromUtcDate(startOfISOWeek(toUtcDate(d)));
}

/** The ISO week value (`2019-W16`) of the week that contains `d`. */
export function isoWeekValue(d: IsoDate): string {
	const date = toUtcDate(d);
	return `${pad4(getISOWeekYear(date))}-W${pad2(getISOWeek(date))}`;
}

/** The month `n` months after `ym` (before when negative). */
export function addMonths({ year, month }: YearMonth, n: number): YearMonth {
	const date = addMonthsTo(utcDate(year, month, 1), n);
	return { year: date.getFullYear(), month: date.getMonth() + 1 };
}

/** Whether year/month/day form a real date. */
export function isRealDate(year: number, month: number, day: number): boolean {
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
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
	return { start: isoDate(year, first, 1), end: fromUtcDate(endOfMonth(utcDate(year, last, 1))) };
}

/** The season containing month `m` of year `y`, as the year it is filed under and its code. */
export function seasonOf(year: number, month: number): { year: number; season: Season } {
	if (month <= 2) return { year: year - 1, season: 'WI' };
	if (month <= 5) return { year, season: 'SP' };
	if (month <= 8) return { year, season: 'SU' };
	if (month <= 11) return { year, season: 'FA' };
	return { year, season: 'WI' };
}
