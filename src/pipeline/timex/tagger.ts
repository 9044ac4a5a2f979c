/**
 * `tagDates`: date expressions in article text, normalised TIMEX3-style against the publication date.
 *
 * A small grammar of regular expressions (`rules.ts`) finds candidates, each resolved to a calendar value
 * (`resolve.ts`); the longest non-overlapping ones win. Passes then join neighbours into ranges ("from May
 * to July"), counts into anchored dates ("ten days after a summit on September 7") and "the next day" onto
 * the day named before it. chrono-node's strict parser fills in numeric calendar forms the grammar does
 * not spell out. Underspecified dates (a weekday, a month without a year) take their direction from the
 * clause's tense (`tense.ts`).
 */
import { bisector } from 'd3-array';
import * as chrono from 'chrono-node';
import { addDays, dateParts, isoDate, periodEnd } from '../../lib/model/dates.ts';
import type { IsoDate, Precision } from '../../lib/model/types.ts';
import type { Timex } from '../extract/types.ts';
import { isRealDate, pad4 } from './calendar.ts';
import { tenseAt } from './tense.ts';
import { ANAPHOR_AFTER, ANAPHOR_BEFORE, dayRange, inferYear, shift, type Context } from './resolve.ts';
import { RULES } from './rules.ts';

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
	return a.start < b.end && b.start < a.end;
}

/**
 * Longest candidates first, then earliest; each kept only if it overlaps nothing kept before. What is
 * kept is disjoint and held sorted, so only the last kept span starting before a candidate's end can
 * overlap it: a binary search, not a scan (a 5 MB article has tens of thousands of dates).
 */
const byStart = bisector((t: Timex) => t.start);

function pickLongest(candidates: Timex[]): Timex[] {
	candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
	const kept: Timex[] = [];
	for (const c of candidates) {
		const lo = byStart.left(kept, c.end);
		const before = kept[lo - 1];
		if (before && overlaps(before, c)) continue;
		kept.splice(lo, 0, c);
	}
	return kept;
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

const WEEKDAY_NAME = /^(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;

/** "on Tuesday and Wednesday": two named days in a row are one two-day stretch, not two dates. */
function consecutiveWeekdays(a: Timex, b: Timex): boolean {
	return (
		WEEKDAY_NAME.test(a.text) &&
		WEEKDAY_NAME.test(b.text) &&
		a.range !== undefined &&
		b.range !== undefined &&
		addDays(a.range.end, 1) === b.range.start
	);
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
				(!/and/.test(link) ||
					/\bbetween\s+$/i.test(text.slice(Math.max(0, a.start - 9), a.start)) ||
					consecutiveWeekdays(a, b)) &&
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
	const { year, month, day } = dateParts(ctx.dct);
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
		const date = isoDate(fullYear, m, d);
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
	const { year, month } = dateParts(dct);
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
