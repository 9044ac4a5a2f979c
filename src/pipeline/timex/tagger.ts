/**
 * `tagDates`: date expressions in article text, normalised TIMEX3-style against the publication date.
 *
 * A small grammar of regular expressions finds candidates (each rule builds its own timex), the longest
 * non-overlapping ones win, then a second pass joins neighbours into ranges ("from May to July") and
 * anchored dates ("ten days after a summit on September 7"). chrono-node's strict parser runs last, for the
 * calendar forms the grammar does not spell out. Underspecified dates (a weekday, a month without a year)
 * take their direction from the clause's tense (`tense.ts`).
 */
import * as chrono from 'chrono-node';
import { addDays, periodEnd } from '../../lib/model/dates.ts';
import type { IsoDate, PeriodPart, Precision } from '../../lib/model/types.ts';
import type { DateRange, Timex, TimexType } from '../extract/types.ts';
import {
	addMonths,
	daysIn,
	isoWeekValue,
	isoWeekday,
	isRealDate,
	mondayOf,
	pad2,
	pad4,
	seasonOf,
	seasonSpan,
	splitDate,
	ym,
	ymd,
	type Season
} from './calendar.ts';
import {
	MONTH,
	NUMBER,
	TIME_OF_DAY,
	VAGUE,
	WEEKDAY,
	ci,
	monthNumber,
	numberValue,
	unitLetter,
	vaguePart,
	weekdayNumber
} from './lexicon.ts';
import { tenseAt, type Tense } from './tense.ts';

// Placeholder values of "the day before" / "the next day" until resolveAnaphora finds their anchor.
const ANAPHOR_BEFORE = 'ANAPHOR-1';
const ANAPHOR_AFTER = 'ANAPHOR+1';

const NUMBERED =
	/\b(?:[Rr]esolutions?|[Nn]o\.|[Nn]umber|[Ff]light|[Rr]oute|[Aa]rticle|[Pp]aragraph|[Rr]oom|[Pp]age|[Cc]ode)\s+$/;

/** What a rule knows about the document while building a timex. */
interface Context {
	text: string;
	dct: IsoDate;
	year: number;
	month: number;
}

interface Rule {
	/** A cheap test of the whole text: when it fails, the rule cannot match and its pattern is not run. */
	gate?: RegExp;
	re: RegExp;
	build: (m: RegExpExecArray, ctx: Context) => Timex | undefined;
}

const ORD = '(?:st|nd|rd|th)?';
const DAY = `(\\d{1,2})${ORD}(?!\\d)`;
const YEAR = '((?:1[5-9]|20)\\d\\d)(?![\\d%])';
const DASH = '\\s*(?:-|–|—)\\s*';

function timex(
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

function dayRange(start: IsoDate, end: IsoDate = start): DateRange {
	return { start, end, precision: 'day' };
}

function monthRange(year: number, month: number, part?: PeriodPart): DateRange {
	const start = ymd(year, month, 1);
	return { start, end: periodEnd(start, 'month'), precision: 'month', ...(part ? { part } : {}) };
}

function yearRange(year: number, part?: PeriodPart): DateRange {
	return { start: ymd(year, 1, 1), end: ymd(year, 12, 31), precision: 'year', ...(part ? { part } : {}) };
}

/** The year of a month (and day) written without one: the occurrence the clause's tense points to. */
function inferYear(ctx: Context, month: number, day: number | undefined, tense: Tense | undefined): number {
	const dctKey = ctx.month * 100 + (day === undefined ? 0 : splitDate(ctx.dct).day);
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

function clampDay(year: number, month: number, day: number): number {
	return Math.min(day, daysIn(year, month));
}

/** A day-precision timex for an explicit or inferred calendar date (and optional second day). */
function calendarDay(
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
	const first = ymd(year, month, day);
	if (day2 !== undefined) {
		const last = Number(day2);
		if (last <= day || !isRealDate(year, month, last)) return undefined;
		const end = ymd(year, month, last);
		return timex(m, 'DATE', `${first}/${end}`, dayRange(first, end));
	}
	return timex(m, 'DATE', first, dayRange(first));
}

/** The date of a weekday named in a clause: past, future or this week's. */
function weekdayDate(
	ctx: Context,
	weekday: number,
	rel: string | undefined,
	tense: Tense | undefined
): IsoDate {
	const dow = isoWeekday(ctx.dct);
	const relation = rel?.toLowerCase();
	if (relation === 'this') return addDays(mondayOf(ctx.dct), weekday - 1);
	if (relation === 'next' || (relation === undefined && tense === 'future')) {
		// A future weekday may be today ("will speak on Friday" in Friday's paper); "next Friday" may not.
		const ahead = (weekday - dow + 7) % 7 || (relation === 'next' ? 7 : 0);
		return addDays(ctx.dct, ahead);
	}
	const back = (dow - weekday + 7) % 7;
	return addDays(ctx.dct, -(relation === 'last' ? back || 7 : back));
}

function relativeStep(rel: string): number {
	const r = rel.toLowerCase();
	if (r === 'last' || r === 'previous' || r === 'past') return -1;
	if (r === 'next' || r === 'coming') return 1;
	return 0;
}

/** A period relative to the document date ("last month", "this week", "next year", "last summer"). */
function relativePeriod(
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
			range: { start: ymd(decade * 10, 1, 1), end: ymd(decade * 10 + 9, 12, 31), precision: 'year' }
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

const SEASON_WORDS: Record<string, Season> = {
	spring: 'SP',
	summer: 'SU',
	autumn: 'FA',
	fall: 'FA',
	winter: 'WI'
};

/** The shift a count of units makes: days, weeks, months or years before (negative) or after a date. */
function shift(date: IsoDate, n: number, unit: string): IsoDate {
	const letter = unitLetter(unit);
	if (letter === 'D') return addDays(date, n);
	if (letter === 'W') return addDays(date, 7 * n);
	const { year, month, day } = splitDate(date);
	const months = letter === 'M' ? n : letter === 'Y' ? 12 * n : undefined;
	if (months === undefined) return date;
	const target = addMonths({ year, month }, months);
	return ymd(target.year, target.month, clampDay(target.year, target.month, day));
}

const RULES: Rule[] = [
	// 2019-04-18
	{
		gate: /\d{4}-\d\d-\d\d/,
		re: /\b(\d{4})-(\d\d)-(\d\d)\b/g,
		build: (m) => {
			const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
			if (!isRealDate(year, month, day)) return undefined;
			return timex(m, 'DATE', m[0], dayRange(m[0]));
		}
	},
	// [Monday,] September 17[, 2018]; April 25 and 26; April 25-26, 2019
	{
		re: new RegExp(
			`(?:${WEEKDAY},?\\s+)?(${MONTH})\\s+${DAY}(?:(?:${DASH}|\\s+(?:and|to|through)\\s+)${DAY})?(?:,?\\s+${YEAR})?`,
			'g'
		),
		build: (m, ctx) => calendarDay(m, ctx, monthNumber(m[1]!), Number(m[2]), m[3], m[4])
	},
	// [Monday,] 17 September[ 2018]; 25-26 April; (between) 1 and 3 March; the 7th of September
	{
		re: new RegExp(
			`(?<![\\d.,$£€])\\b(?:${WEEKDAY},?\\s+)?(?:the\\s+)?${DAY}(?:(?:${DASH}|\\s+(?:and|to)\\s+)${DAY})?\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+${YEAR})?`,
			'g'
		),
		build: (m, ctx) => calendarDay(m, ctx, monthNumber(m[3]!), Number(m[1]), m[2], m[4])
	},
	// the last week of August, the first week of May 2019
	{
		gate: /week\s+of/,
		re: new RegExp(
			`${ci('the')}\\s+(first|second|third|fourth|last|final)\\s+week\\s+of\\s+(${MONTH})(?:,?\\s+${YEAR})?`,
			'g'
		),
		build: (m, ctx) => {
			const month = monthNumber(m[2]!);
			const year = m[3]
				? Number(m[3])
				: inferYear(ctx, month, undefined, tenseAt(ctx.text, m.index, m.index + m[0].length));
			const days = daysIn(year, month);
			const ordinal = ['first', 'second', 'third', 'fourth'].indexOf(m[1]!);
			const first = ordinal >= 0 ? 1 + 7 * ordinal : days - 6;
			const start = ymd(year, month, first);
			return timex(m, 'DATE', isoWeekValue(addDays(start, 3)), dayRange(start, addDays(start, 6)));
		}
	},
	// early December; mid-July 2019; late last July; the end of May; September 2018; last June
	{
		re: new RegExp(
			`(?:(${VAGUE})[\\s-]+)?(?:(${ci('last')}|${ci('next')}|${ci('this')})\\s+)?(${MONTH})(?:,?\\s+${YEAR})?`,
			'g'
		),
		build: (m, ctx) => {
			const month = monthNumber(m[3]!);
			const vague = m[1] ? vaguePart(m[1]) : undefined;
			let year: number;
			if (m[4]) year = Number(m[4]);
			else if (m[2]) {
				const rel = m[2].toLowerCase();
				if (rel === 'this') year = ctx.year;
				else if (rel === 'last') year = month < ctx.month ? ctx.year : ctx.year - 1;
				else year = month > ctx.month ? ctx.year : ctx.year + 1;
			} else year = inferYear(ctx, month, undefined, tenseAt(ctx.text, m.index, m.index + m[0].length));
			// A bare "May" may be the modal verb ("May be delayed") or a name ("Theresa May", "April Ryan").
			if (!m[1] && !m[2] && !m[4] && /^(?:May|June|April)$/.test(m[3]!)) {
				if (/^May\s+(?:be|have|not|also|well)\b/.test(ctx.text.slice(m.index))) return undefined;
				if (/[A-Z][a-z]+\s+$/.test(ctx.text.slice(Math.max(0, m.index - 20), m.index))) {
					const previous = /([A-Za-z]+)\s+$/.exec(ctx.text.slice(Math.max(0, m.index - 20), m.index))?.[1];
					if (
						previous &&
						!/^(?:The|In|Since|Until|By|From|Through|During|Before|After|Of|On|Last|Next|This)$/.test(
							previous
						)
					) {
						return undefined;
					}
				}
			}
			return timex(m, 'DATE', ym(year, month), monthRange(year, month, vague?.part), vague?.mod);
		}
	},
	// 2018; late 2018; mid-2019; the end of 2018; 1957-58 (the second year)
	{
		re: new RegExp(`(?<![\\w$£€.,'-])(?:(${VAGUE})[\\s-]+)?${YEAR}(?![\\w]|[.,]\\d)`, 'g'),
		build: (m, ctx) => {
			// "resolution 2043", "No. 1701", "flight 2019": a number that names something is no year.
			if (!m[1] && NUMBERED.test(ctx.text.slice(Math.max(0, m.index - 16), m.index))) return undefined;
			const year = Number(m[2]);
			const vague = m[1] ? vaguePart(m[1]) : undefined;
			return timex(m, 'DATE', m[2]!, yearRange(year, vague?.part), vague?.mod);
		}
	},
	{
		gate: /\d\d[-–]\d\d/,
		re: /(?<=\b(1[5-9]|20)\d\d[-–])((?:1[5-9]|20)\d\d|\d\d)(?![\w%])/g,
		build: (m) => {
			const year = Number(m[2]!.length === 4 ? m[2] : m[1]! + m[2]);
			return timex(m, 'DATE', String(year), yearRange(year));
		}
	},
	// the 1990s; the 20th century
	{
		gate: /\d0s\b/,
		re: new RegExp(`(?:(${VAGUE})[\\s-]+)?(?:${ci('the')}\\s+)?((?:1[5-9]|20)\\d)0s\\b`, 'g'),
		build: (m) => {
			const decade = Number(m[2]);
			const vague = m[1] ? vaguePart(m[1]) : undefined;
			return timex(
				m,
				'DATE',
				m[2]!,
				{
					start: ymd(decade * 10, 1, 1),
					end: ymd(decade * 10 + 9, 12, 31),
					precision: 'year',
					...(vague ? { part: vague.part } : {})
				},
				vague?.mod
			);
		}
	},
	{
		gate: /entury/,
		re: /\b(1\d|2[01])(?:st|nd|rd|th)[\s-]+[Cc]entury\b/g,
		build: (m) => {
			const century = Number(m[1]) - 1;
			return timex(m, 'DATE', pad2(century), {
				start: ymd(century * 100, 1, 1),
				end: ymd(century * 100 + 99, 12, 31),
				precision: 'year'
			});
		}
	},
	// Monday; on Monday; last Monday; next Friday; late on Thursday; Friday afternoon; Thursday midnight
	{
		re: new RegExp(
			`(?:(${ci('late')}|${ci('early')})\\s+(?:on\\s+)?)?(?:(${ci('last')}|${ci('next')}|${ci('this')})\\s+)?(${WEEKDAY})(?:\\s+(morning|afternoon|evening|night|midnight))?`,
			'g'
		),
		build: (m, ctx) => {
			const tense = m[2] ? undefined : tenseAt(ctx.text, m.index, m.index + m[0].length);
			const date = weekdayDate(ctx, weekdayNumber(m[3]!), m[2], tense);
			if (m[4] === 'midnight') {
				const next = addDays(date, 1);
				return timex(m, 'TIME', `${next}T00:00`, dayRange(next));
			}
			if (m[4] || m[1]) {
				const part = m[4] ? TIME_OF_DAY[m[4]] : m[1]!.toLowerCase() === 'late' ? 'NI' : 'MO';
				const mod = m[1] ? (m[1].toLowerCase() === 'late' ? 'END' : 'START') : undefined;
				return timex(m, 'TIME', `${date}T${part}`, dayRange(date), mod);
			}
			return timex(m, 'DATE', date, dayRange(date));
		}
	},
	// last week, this month, next year, earlier this month, early next year, last summer, this fiscal year
	{
		re: new RegExp(
			`(?:(${VAGUE}|${ci('earlier')}|${ci('later')})\\s+)?(?:(${ci('the')})\\s+)?(${ci('last')}|${ci('past')}|${ci('previous')}|${ci('next')}|${ci('coming')}|${ci('this')}|${ci('current')})\\s+(week(?:end)?|month|(?:fiscal\\s+)?year|decade|summer|winter|spring|autumn|fall)\\b`,
			'g'
		),
		build: (m, ctx) => {
			const rel = m[3]!.toLowerCase();
			// "the past month" is a stretch of time up to now, not a calendar period.
			if (rel === 'past') {
				const unit = unitLetter(m[4]!);
				return timex(
					m,
					'DURATION',
					`P1${unit === 'X' ? 'Y' : unit}`,
					undefined,
					undefined,
					m[1] ? m[1].length + 1 : 0
				);
			}
			const vague = m[1] && !/^(earlier|later)$/i.test(m[1]) ? vaguePart(m[1]) : undefined;
			const period = relativePeriod(ctx, m[4]!, relativeStep(rel), vague);
			if (!period) return undefined;
			return timex(m, 'DATE', period.value, period.range, period.mod);
		}
	},
	// the end of the year, the beginning of the month
	{
		re: new RegExp(`(${VAGUE})\\s+(?:the\\s+)?(week|month|year)\\b`, 'g'),
		build: (m, ctx) => {
			const period = relativePeriod(ctx, m[2]!, 0, vaguePart(m[1]!));
			return period && timex(m, 'DATE', period.value, period.range, period.mod);
		}
	},
	// summer 2019, the spring of 2018
	{
		gate: /pring|ummer|utumn|inter|[Ff]all/,
		re: new RegExp(
			`(?:(${VAGUE})[\\s-]+)?(?:${ci('the')}\\s+)?(${ci('spring')}|${ci('summer')}|${ci('autumn')}|${ci('fall')}|${ci('winter')})\\s+(?:of\\s+)?${YEAR}`,
			'g'
		),
		build: (m) => {
			const season = SEASON_WORDS[m[2]!.toLowerCase()]!;
			const year = Number(m[3]);
			const span = seasonSpan(year, season);
			const vague = m[1] ? vaguePart(m[1]) : undefined;
			return timex(
				m,
				'DATE',
				`${pad4(year)}-${season}`,
				{ start: span.start, end: span.end, precision: 'month', ...(vague ? { part: vague.part } : {}) },
				vague?.mod
			);
		}
	},
	// the first half of 2019
	{
		gate: /half/,
		re: new RegExp(`(?:${ci('the')}\\s+)?(first|second)\\s+half\\s+of\\s+${YEAR}`, 'g'),
		build: (m) => {
			const year = Number(m[2]);
			const first = m[1] === 'first';
			const start = ymd(year, first ? 1 : 7, 1);
			return timex(m, 'DATE', `${pad4(year)}-H${first ? 1 : 2}`, {
				start,
				end: first ? ymd(year, 6, 30) : ymd(year, 12, 31),
				precision: 'month'
			});
		}
	},
	// over the weekend: the last one in a past clause, the coming one in a future clause
	{
		gate: /weekend/,
		re: /(?<=\b(?:over|at|during|on)\s+)the\s+weekend\b/g,
		build: (m, ctx) => {
			const tense = tenseAt(ctx.text, m.index, m.index + m[0].length);
			const saturday = weekdayDate(ctx, 6, undefined, tense);
			return timex(m, 'DATE', `${isoWeekValue(saturday)}-WE`, dayRange(saturday, addDays(saturday, 1)));
		}
	},
	// the next day, the day before: resolved against the date mentioned last (see resolveAnaphora);
	// "the day before the summit on 14 February" is a one-day count that joinAnchors ties to its date.
	{
		gate: /\bday\b/,
		re: new RegExp(
			`\\b${ci('the')}\\s+(?:(next|following|previous)\\s+day|day(\\s+(before|after))(?!\\s+(?:yesterday|tomorrow)))\\b(\\s*[,.;!?]|\\s*$)?`,
			'g'
		),
		build: (m) => {
			const before = m[1] === 'previous' || m[3] === 'before';
			if (m[1] || m[4] !== undefined) {
				const t = timex(m, 'DATE', before ? ANAPHOR_BEFORE : ANAPHOR_AFTER);
				const trimmed = t.text.replace(/[\s,.;!?]+$/, '');
				return { ...t, text: trimmed, end: t.start + trimmed.length };
			}
			const t = timex(m, 'DURATION', 'P1D');
			const head = t.text.length - (m[2]?.length ?? 0);
			return { ...t, text: t.text.slice(0, head), end: t.start + head };
		}
	},
	// today, yesterday, tomorrow, tonight
	{
		re: new RegExp(`\\b(${ci('today')}|${ci('yesterday')}|${ci('tomorrow')}|${ci('tonight')})\\b`, 'g'),
		build: (m, ctx) => {
			const word = m[1]!.toLowerCase();
			const date = addDays(ctx.dct, word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0);
			if (word === 'tonight') return timex(m, 'TIME', `${date}TNI`, dayRange(date));
			return timex(m, 'DATE', date, dayRange(date));
		}
	},
	// now, currently, the past, at the time, the future
	{
		re: new RegExp(
			`\\b(?:${ci('now')}|${ci('currently')}|${ci('nowadays')}|${ci('presently')}|at\\s+present)\\b(?![-'])`,
			'g'
		),
		build: (m) => timex(m, 'DATE', 'PRESENT_REF')
	},
	{
		re: new RegExp(
			`\\b(?:${ci('the')}\\s+past|${ci('at')}\\s+the\\s+time|(?<=\\b[Ii]n\\s+)the\\s+(?:near\\s+|distant\\s+)?future)\\b(?!\\s+(?:few|several|couple|\\d|one|two|three|four|five|six|seven|eight|nine|ten|days?|weeks?|months?|years?|decades?)\\b)`,
			'g'
		),
		build: (m) => timex(m, 'DATE', /future/i.test(m[0]) ? 'FUTURE_REF' : 'PAST_REF')
	},
	// four years ago; a month ago
	{
		gate: /\bago\b/,
		re: new RegExp(`\\b(${NUMBER})\\s+(days?|weeks?|months?|years?|decades?)\\s+ago\\b`, 'g'),
		build: (m, ctx) => {
			const n = numberValue(m[1]!);
			if (n === undefined) return undefined;
			const letter = unitLetter(m[2]!);
			if (letter === 'DE') {
				const year = ctx.year - 10 * n;
				return timex(m, 'DATE', String(Math.floor(year / 10)), yearRange(year), 'APPROX');
			}
			const date = shift(ctx.dct, -n, m[2]!);
			const { year, month } = splitDate(date);
			if (letter === 'D') return timex(m, 'DATE', date, dayRange(date));
			if (letter === 'W') {
				const monday = mondayOf(date);
				return timex(m, 'DATE', isoWeekValue(date), dayRange(monday, addDays(monday, 6)));
			}
			if (letter === 'M') return timex(m, 'DATE', ym(year, month), monthRange(year, month));
			return timex(m, 'DATE', pad4(year), yearRange(year));
		}
	},
	// Durations: "five years", "a month", "the past two years", "several days", "four-week", "recent weeks"
	{
		re: new RegExp(
			`(?:(?:about|almost|nearly|more\\s+than|over|at\\s+least|the\\s+(?:past|last|next|first|previous|coming|following)|another)\\s+)?(${NUMBER}|${ci('several')}|${ci('a')}\\s+few|${ci('few')}|${ci('a')}\\s+couple\\s+of|${ci('many')})[\\s-]+(days?|weeks?|months?|years?|decades?|hours?|minutes?|centur(?:y|ies))\\b`,
			'g'
		),
		build: (m) => {
			const n = numberValue(m[1]!);
			const letter = unitLetter(m[2]!);
			const clock = letter === 'H' || letter === 'MIN';
			const unit = letter === 'MIN' ? 'M' : letter === 'DE' ? 'DE' : letter === 'CE' ? 'CE' : letter;
			return timex(m, 'DURATION', `P${clock ? 'T' : ''}${n ?? 'X'}${unit}`);
		}
	},
	{
		re: /\b(?:recent|coming|past)\s+(days|weeks|months|years|decades)\b|(?<=\bfor\s+)(days|weeks|months|years|decades)\b/g,
		build: (m) => {
			const unit = unitLetter(m[1] ?? m[2] ?? '');
			return timex(m, 'DURATION', `PX${unit}`);
		}
	},
	// each season, every year, annually
	{
		gate: /every|each|annually/i,
		re: new RegExp(
			`\\b(?:${ci('every')}|${ci('each')})\\s+(day|week|month|year|season|morning|evening|night|summer|winter|spring|autumn)\\b|\\b${ci('annually')}\\b`,
			'g'
		),
		build: (m) => timex(m, 'SET', m[1] ? `XXXX-XX-XX` : 'P1Y')
	},
	// at midnight (the coming one in a future clause, the one just past otherwise), 3 p.m., 15:00 GMT
	{
		gate: /midnight|noon|midday/,
		re: /\b(?:at\s+)?(midnight|noon|midday)(?:\s+(?:on\s+)?((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))?\b/g,
		build: (m, ctx) => {
			const midnight = m[1] === 'midnight';
			let date: IsoDate;
			if (m[2]) {
				const tense = tenseAt(ctx.text, m.index, m.index + m[0].length);
				date = weekdayDate(ctx, weekdayNumber(m[2]), undefined, tense);
				// Midnight on a day ends it: the clock reads 00:00 of the next one.
				if (midnight) date = addDays(date, 1);
			} else {
				const tense = tenseAt(ctx.text, m.index, m.index + m[0].length);
				// "will take effect at midnight" is tonight's; "would take effect at midnight", reported
				// from yesterday, and "began at midnight" are the midnight that started today.
				const reported = /\bwould\b[^.!?]*$/.test(ctx.text.slice(Math.max(0, m.index - 80), m.index));
				date = midnight && tense === 'future' && !reported ? addDays(ctx.dct, 1) : ctx.dct;
			}
			return timex(m, 'TIME', `${date}T${midnight ? '00:00' : '12:00'}`, dayRange(date));
		}
	},
	{
		gate: /\d\s*[ap]\.?m|\d:\d\d/i,
		re: /\b(\d{1,2})(?::(\d\d))?\s*([ap])\.?m\.?(?![a-z])(?:\s+(?:GMT|UTC|local\s+time))?|\b(\d{1,2}):(\d\d)\s+(?:GMT|UTC)\b/gi,
		build: (m, ctx) => {
			let hour = Number(m[1] ?? m[4]);
			const minute = m[2] ?? m[5] ?? '00';
			if (m[3]?.toLowerCase() === 'p' && hour < 12) hour += 12;
			if (m[3]?.toLowerCase() === 'a' && hour === 12) hour = 0;
			if (hour > 23) return undefined;
			return timex(m, 'TIME', `${ctx.dct}T${pad2(hour)}:${minute}`, dayRange(ctx.dct));
		}
	}
];

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
	return a.start < b.end && b.start < a.end;
}

/** Longest candidates first, then earliest; each kept only if it overlaps nothing kept before. */
function pickLongest(candidates: Timex[]): Timex[] {
	candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
	const kept: Timex[] = [];
	for (const c of candidates) if (!kept.some((k) => overlaps(k, c))) kept.push(c);
	return kept.sort((a, b) => a.start - b.start);
}

/** "January 29 to February 1, 2018": the first date takes its year from the second. */
function yearFrom(a: Timex, b: Timex): Timex {
	if (!a.range || !b.range || a.type !== 'DATE' || /\d{4}/.test(a.text) || !/\d{4}/.test(b.text)) return a;
	if (a.range.precision !== b.range.precision || a.range.precision === 'year' || a.value.includes('/'))
		return a;
	let year = Number(b.range.start.slice(0, 4));
	if (b.range.start.slice(4) < a.range.start.slice(4)) year--;
	const start = pad4(year) + a.range.start.slice(4);
	const end = a.range.precision === 'day' ? start : periodEnd(start, 'month');
	return { ...a, value: pad4(year) + a.value.slice(4), range: { ...a.range, start, end } };
}

const RANGE_LINK = /^\s*(?:-|–|—|to|until|till|through|and)\s*$/;

/** "from May to July", "between 1 March and 3 April", "April 30-May 2": two dates joined into one range. */
function joinRanges(text: string, tagged: Timex[]): Timex[] {
	const out: Timex[] = [];
	for (let i = 0; i < tagged.length; i++) {
		const b = tagged[i + 1];
		const original = tagged[i]!;
		// Only a date that ends up joined may take the other end's year.
		const a = b ? yearFrom(original, b) : original;
		if (b && a.type === 'DATE' && b.type === 'DATE' && a.range && b.range && !a.range.part && !b.range.part) {
			const link = text.slice(a.end, b.start);
			const precision = a.range.precision;
			const joinable =
				RANGE_LINK.test(link) &&
				precision !== 'year' &&
				precision === b.range.precision &&
				!a.value.includes('/') &&
				!b.value.includes('W') &&
				!a.value.includes('W') &&
				a.range.start < b.range.start &&
				(!/and/.test(link) || /\bbetween\s+$/i.test(text.slice(Math.max(0, a.start - 9), a.start))) &&
				(!/^\s*(?:-|–|—)\s*$/.test(link) || link.length <= 3);
			if (joinable) {
				out.push({
					text: text.slice(a.start, b.end),
					start: a.start,
					end: b.end,
					type: 'DATE',
					value: `${a.value}/${b.value}`,
					range: { start: a.range.start, end: b.range.end, precision }
				});
				i++;
				continue;
			}
		}
		out.push(original);
	}
	return out;
}

const ANCHOR_LINK =
	/^\s+(after|before|from|following|preceding|later\s+than|earlier\s+than)\s+([^.;!?]{0,120}?)$/;

/** "ten days after a summit on September 7": a count of units from a dated anchor is one date. */
function joinAnchors(text: string, tagged: Timex[]): Timex[] {
	const out: Timex[] = [];
	for (let i = 0; i < tagged.length; i++) {
		const a = tagged[i]!;
		if (a.type === 'DURATION') {
			const match = /^P(\d+)(D|W|M|Y)$/.exec(a.value);
			const j = tagged.findIndex((t, k) => k > i && t.type === 'DATE' && t.range !== undefined);
			const anchor = j >= 0 ? tagged[j] : undefined;
			const link = anchor ? ANCHOR_LINK.exec(text.slice(a.end, anchor.start)) : null;
			if (match && anchor?.range && link && anchor.range.precision !== 'year') {
				const n = Number(match[1]) * (/^(before|preceding|earlier)/.test(link[1]!) ? -1 : 1);
				const unit = { D: 'day', W: 'week', M: 'month', Y: 'year' }[match[2] as 'D' | 'W' | 'M' | 'Y'];
				const precision: Precision = anchor.range.precision;
				const base = n < 0 ? anchor.range.start : anchor.range.start;
				const start = shift(base, n, unit);
				const end = precision === 'day' ? start : periodEnd(start, precision);
				const value = precision === 'day' ? start : start.slice(0, 7);
				out.push({
					text: text.slice(a.start, anchor.end),
					start: a.start,
					end: anchor.end,
					type: 'DATE',
					value,
					range: { start: precision === 'day' ? start : start.slice(0, 8) + '01', end, precision }
				});
				i = j;
				continue;
			}
		}
		out.push(a);
	}
	return out;
}

const chronoParser = chrono.en.strict;

/** Calendar dates chrono-node finds that the grammar missed (numeric forms like 09/17/2018). */
function chronoDates(ctx: Context, kept: Timex[]): Timex[] {
	// chrono costs more than the whole grammar: only ask it when a numeric date could be there.
	if (!/\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/.test(ctx.text)) return [];
	const out: Timex[] = [];
	const { year, month, day } = splitDate(ctx.dct);
	const results = chronoParser.parse(ctx.text, {
		instant: new Date(Date.UTC(year, month - 1, day, 12)),
		timezone: 0
	});
	for (const r of results) {
		const span = { start: r.index, end: r.index + r.text.length };
		// "2 1/2 times" is a fraction, not January 2.
		if (/^\d{1,2}\/\d{1,2}$/.test(r.text)) continue;
		if (kept.some((k) => overlaps(k, span)) || !r.start.isCertain('month') || !r.start.isCertain('day'))
			continue;
		const y = r.start.isCertain('year') ? r.start.get('year')! : undefined;
		const m = r.start.get('month')!;
		const d = r.start.get('day')!;
		const tense = tenseAt(ctx.text, span.start, span.end);
		const fullYear = y ?? inferYear(ctx, m, d, tense);
		if (!isRealDate(fullYear, m, d)) continue;
		const date = ymd(fullYear, m, d);
		out.push({ text: r.text, ...span, type: 'DATE', value: date, range: dayRange(date) });
	}
	return out;
}

const LATER = /^\s+(later|earlier)\b/;

/**
 * "the next day", "the day before", "two days later": a day counted from the last day-precision date the
 * text mentioned before it (or, lacking one, from the document date).
 */
function resolveAnaphora(text: string, tagged: Timex[], dct: IsoDate): Timex[] {
	let last: IsoDate | undefined;
	const out: Timex[] = [];
	for (const t of tagged) {
		let shiftBy: number | undefined;
		let end = t.end;
		if (t.value === ANAPHOR_BEFORE || t.value === ANAPHOR_AFTER)
			shiftBy = t.value === ANAPHOR_BEFORE ? -1 : 1;
		else if (t.type === 'DURATION') {
			const later = LATER.exec(text.slice(t.end, t.end + 12));
			const count = /^P(\d+)([DW])$/.exec(t.value);
			if (later && count) {
				shiftBy = Number(count[1]) * (count[2] === 'W' ? 7 : 1) * (later[1] === 'earlier' ? -1 : 1);
				end = t.end + later[0].length;
			}
		}
		if (shiftBy !== undefined) {
			const date = addDays(last ?? dct, shiftBy);
			out.push({
				text: text.slice(t.start, end),
				start: t.start,
				end,
				type: 'DATE',
				value: date,
				range: dayRange(date)
			});
			last = date;
			continue;
		}
		if (t.type === 'DATE' && t.range?.precision === 'day' && t.range.start === t.range.end)
			last = t.range.start;
		out.push(t);
	}
	return out;
}

/** Date, time, duration and set expressions in `text`, normalised against the document date `dct`. */
export function tagDates(text: string, dct: IsoDate): Timex[] {
	const { year, month } = splitDate(dct);
	const ctx: Context = { text, dct, year, month };
	const candidates: Timex[] = [];
	for (const rule of RULES) {
		if (rule.gate && !rule.gate.test(text)) continue;
		rule.re.lastIndex = 0;
		for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
			if (m[0] === '') {
				rule.re.lastIndex++;
				continue;
			}
			const t = rule.build(m, ctx);
			if (t) candidates.push(t);
		}
	}
	const kept = pickLongest(candidates);
	const extra = chronoDates(ctx, kept);
	const all = extra.length ? [...kept, ...extra].sort((a, b) => a.start - b.start) : kept;
	return resolveAnaphora(text, joinAnchors(text, joinRanges(text, all)), dct);
}
