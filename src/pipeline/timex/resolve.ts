/**
 * How a date expression becomes a calendar value: the timex shape, ranges of days, months and years, and
 * the resolution of what the text leaves open (a month's year, a weekday's week) against the document date
 * and the clause's tense. The grammar (`rules.ts`) and the tagger's passes (`tagger.ts`) share these.
 */
import { addMonths as addMonthsTo, nextDay, previousDay, type Day } from 'date-fns';
import { addDays, dateParts, fromUtcDate, isoDate, periodEnd, toUtcDate } from '../../lib/model/dates.ts';
import type { IsoDate, PeriodPart } from '../../lib/model/types.ts';
import type { DateRange, Timex, TimexType } from '../extract/types.ts';
import {
	addMonths,
	isoWeekValue,
	isoWeekday,
	isRealDate,
	mondayOf,
	pad4,
	seasonOf,
	seasonSpan,
	ym,
	type Season
} from './calendar.ts';
import { unitLetter } from './lexicon.ts';
import { tenseAt, type Tense } from './tense.ts';

// Placeholder values of "the day before" / "the next day" until resolveAnaphora finds their anchor.
export const ANAPHOR_BEFORE = 'ANAPHOR-1';
export const ANAPHOR_AFTER = 'ANAPHOR+1';

/** What a rule knows about the document while building a timex. */
export interface Context {
	text: string;
	dct: IsoDate;
	year: number;
	month: number;
}

/** A timex for a match (or for its text from `offset` on), with its value, range and mod. */
export function timex(
	m: RegExpExecArray,
	type: TimexType,
	value: string,
	range?: DateRange,
	mod?: string,
	offset = 0
): Timex {
	const start = m.index + offset;
	const text = m[0].slice(offset);
	return {
		text,
		start,
		end: start + text.length,
		type,
		value,
		...(mod ? { mod } : {}),
		...(range ? { range } : {})
	};
}

/** The days from `start` to `end`, inclusive, at day precision. */
export function dayRange(start: IsoDate, end: IsoDate = start): DateRange {
	return { start, end, precision: 'day' };
}

/** A whole month at month precision, with the part a vague phrase named. */
export function monthRange(year: number, month: number, part?: PeriodPart): DateRange {
	const start = isoDate(year, month, 1);
	return { start, end: periodEnd(start, 'month'), precision: 'month', ...(part ? { part } : {}) };
}

/** A whole year at year precision, with the part a vague phrase named. */
export function yearRange(year: number, part?: PeriodPart): DateRange {
	return {
		start: isoDate(year, 1, 1),
		end: isoDate(year, 12, 31),
		precision: 'year',
		...(part ? { part } : {})
	};
}

/** The year of a month (and day) written without one: the occurrence the clause's tense points to. */
export function inferYear(
	ctx: Context,
	month: number,
	day: number | undefined,
	tense: Tense | undefined
): number {
	const dctKey = ctx.month * 100 + (day === undefined ? 0 : dateParts(ctx.dct).day);
	const key = month * 100 + (day ?? 0);
	if (tense === 'past') return key <= dctKey ? ctx.year : ctx.year - 1;
	if (tense === 'future') {
		// A future cue reaches half a year ahead at most; further off, the nearest occurrence is likelier.
		if (key >= dctKey) return ctx.year;
		if (month + 12 - ctx.month <= 6) return ctx.year + 1;
	}
	// No cue: the nearest occurrence, news leaning to the past on a tie.
	const diff = month - ctx.month;
	if (diff > 6) return ctx.year - 1;
	if (diff < -6) return ctx.year + 1;
	return ctx.year;
}

/** A day-precision timex for an explicit or inferred calendar date (and optional second day). */
export function calendarDay(
	m: RegExpExecArray,
	ctx: Context,
	month: number,
	day: number,
	day2: string | undefined,
	yearText: string | undefined
): Timex | undefined {
	const tense = yearText ? undefined : tenseAt(ctx.text, m.index, m.index + m[0].length);
	const year = yearText ? Number(yearText) : inferYear(ctx, month, day, tense);
	if (!isRealDate(year, month, day)) return undefined;
	const first = isoDate(year, month, day);
	if (day2 !== undefined) {
		const last = Number(day2);
		if (last <= day || !isRealDate(year, month, last)) return undefined;
		const end = isoDate(year, month, last);
		return timex(m, 'DATE', `${first}/${end}`, dayRange(first, end));
	}
	return timex(m, 'DATE', first, dayRange(first));
}

/** The date of a weekday named in a clause: past, future or this week's. */
export function weekdayDate(
	ctx: Context,
	weekday: number,
	rel: string | undefined,
	tense: Tense | undefined
): IsoDate {
	const relation = rel?.toLowerCase();
	if (relation === 'this') return addDays(mondayOf(ctx.dct), weekday - 1);
	const dct = toUtcDate(ctx.dct);
	// A weekday named on that very day is today ("will speak on Friday" in Friday's paper), unless
	// "next" or "last" says it is a week away.
	const today = isoWeekday(ctx.dct) === weekday;
	const day = (weekday % 7) as Day; // date-fns counts from Sunday 0, ISO from Monday 1
	if (relation === 'next' || (relation === undefined && tense === 'future')) {
		return today && relation !== 'next' ? ctx.dct : fromUtcDate(nextDay(dct, day));
	}
	return today && relation !== 'last' ? ctx.dct : fromUtcDate(previousDay(dct, day));
}

/** -1, 0 or +1 for "last", "this" and "next" (and their synonyms). */
export function relativeStep(rel: string): number {
	const r = rel.toLowerCase();
	if (r === 'last' || r === 'previous' || r === 'past') return -1;
	if (r === 'next' || r === 'coming') return 1;
	return 0;
}

/** A period relative to the document date ("last month", "this week", "next year", "last summer"). */
export function relativePeriod(
	ctx: Context,
	unit: string,
	step: number,
	part?: { part: PeriodPart; mod: string }
): { value: string; range: DateRange; mod?: string } | undefined {
	const u = unit.toLowerCase().replace(/\s+/g, ' ');
	const p = part?.part;
	if (u === 'week' || u === 'weekend') {
		const monday = addDays(mondayOf(ctx.dct), 7 * step);
		if (u === 'weekend') {
			const saturday = addDays(monday, 5);
			return { value: `${isoWeekValue(monday)}-WE`, range: dayRange(saturday, addDays(saturday, 1)) };
		}
		return {
			value: isoWeekValue(monday),
			range: { ...dayRange(monday, addDays(monday, 6)), ...(p ? { part: p } : {}) }
		};
	}
	if (u === 'month') {
		const { year, month } = addMonths({ year: ctx.year, month: ctx.month }, step);
		return { value: ym(year, month), range: monthRange(year, month, p), mod: part?.mod };
	}
	if (u === 'year' || u === 'fiscal year') {
		const year = ctx.year + step;
		return {
			value: pad4(year),
			range: yearRange(year, p),
			mod: part?.mod ?? (u === 'fiscal year' ? 'APPROX' : undefined)
		};
	}
	if (u === 'decade') {
		const decade = Math.floor(ctx.year / 10) + step;
		return {
			value: String(decade),
			range: { start: isoDate(decade * 10, 1, 1), end: isoDate(decade * 10 + 9, 12, 31), precision: 'year' }
		};
	}
	const season = SEASON_WORDS[u];
	if (season) {
		const now = seasonOf(ctx.year, ctx.month);
		// "last summer" is the latest summer before the current season; "next summer" the first after it.
		let year = now.year;
		// Seasons in the order they fall within a year (winter runs from December into the next year).
		const order = ['SP', 'SU', 'FA', 'WI'];
		const earlier = order.indexOf(season) < order.indexOf(now.season);
		if (step < 0) year = earlier ? now.year : now.year - 1;
		else if (step > 0) year = order.indexOf(season) > order.indexOf(now.season) ? now.year : now.year + 1;
		const span = seasonSpan(year, season);
		return {
			value: `${pad4(year)}-${season}`,
			range: { start: span.start, end: span.end, precision: 'month', ...(p ? { part: p } : {}) },
			mod: part?.mod
		};
	}
	return undefined;
}

/** Season words and their TIMEX3 codes. */
export const SEASON_WORDS: Record<string, Season> = {
	spring: 'SP',
	summer: 'SU',
	autumn: 'FA',
	fall: 'FA',
	winter: 'WI'
};

/** The shift a count of units makes: days, weeks, months or years before (negative) or after a date. */
export function shift(date: IsoDate, n: number, unit: string): IsoDate {
	const letter = unitLetter(unit);
	if (letter === 'D') return addDays(date, n);
	if (letter === 'W') return addDays(date, 7 * n);
	const months = letter === 'M' ? n : letter === 'Y' ? 12 * n : undefined;
	if (months === undefined) return date;
	// date-fns keeps the day, or takes the month's last when it is shorter (31 January + 1 month).
	return fromUtcDate(addMonthsTo(toUtcDate(date), months));
}
