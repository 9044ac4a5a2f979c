/**
 * The grammar of date expressions: one regular expression per phrase kind, each with the builder that turns
 * a match into a timex. Rules may overlap; the tagger keeps the longest match.
 */
import { addDays, dateParts, daysInMonth, isoDate } from '../../lib/model/dates.ts';
import type { IsoDate } from '../../lib/model/types.ts';
import type { Timex } from '../extract/types.ts';
import { isoWeekValue, isRealDate, mondayOf, pad2, pad4, seasonSpan, ym } from './calendar.ts';
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
import { tenseAt } from './tense.ts';
import {
	ANAPHOR_AFTER,
	ANAPHOR_BEFORE,
	SEASON_WORDS,
	calendarDay,
	dayRange,
	inferYear,
	monthRange,
	relativePeriod,
	relativeStep,
	shift,
	timex,
	weekdayDate,
	yearRange,
	type Context
} from './resolve.ts';

const NUMBERED =
	/\b(?:[Rr]esolutions?|[Nn]o\.|[Nn]umber|[Ff]light|[Rr]oute|[Aa]rticle|[Pp]aragraph|[Rr]oom|[Pp]age|[Cc]ode)\s+$/;

/** A phrase kind: its pattern and how a match becomes a timex. */
export interface Rule {
	/** A cheap test of the whole text: when it fails, the rule cannot match and its pattern is not run. */
	gate?: RegExp;
	re: RegExp;
	build: (m: RegExpExecArray, ctx: Context) => Timex | undefined;
}

const ORD = '(?:st|nd|rd|th)?';
const DAY = `(\\d{1,2})${ORD}(?!\\d)`;
const YEAR = '((?:1[5-9]|20)\\d\\d)(?![\\d%])';
const DASH = '\\s*(?:-|–|—)\\s*';

/** Every phrase kind the tagger knows, in no particular order (the longest match wins). */
export const RULES: Rule[] = [
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
			const days = daysInMonth(year, month);
			const ordinal = ['first', 'second', 'third', 'fourth'].indexOf(m[1]!);
			const first = ordinal >= 0 ? 1 + 7 * ordinal : days - 6;
			const start = isoDate(year, month, first);
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
					start: isoDate(decade * 10, 1, 1),
					end: isoDate(decade * 10 + 9, 12, 31),
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
				start: isoDate(century * 100, 1, 1),
				end: isoDate(century * 100 + 99, 12, 31),
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
			const start = isoDate(year, first ? 1 : 7, 1);
			return timex(m, 'DATE', `${pad4(year)}-H${first ? 1 : 2}`, {
				start,
				end: first ? isoDate(year, 6, 30) : isoDate(year, 12, 31),
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
			const { year, month } = dateParts(date);
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
		// "at noon Damascus time on Sunday": a zone may stand between the hour and its day.
		re: /\b(?:at\s+)?(midnight|noon|midday)(?:\s+(?:[A-Z][a-z]+|local)\s+time)?(?:\s+(?:on\s+)?((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))?\b/g,
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
