/** Axis ticks: the finest calendar unit whose labels fit the visible scale. */
import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { formatTick } from '../model/format.ts';
import { pixelsPerDay, type TimeScale } from './scales.ts';

/** What a tick marks: a year, a month or a day. Coarser ticks are drawn stronger. */
export type TickLevel = 'year' | 'month' | 'day';

export interface Tick {
	date: Date;
	x: number;
	label: string;
	level: TickLevel;
	/** A boundary of the next coarser unit (a January among months, a 1st among days). */
	major: boolean;
}

interface Candidate {
	interval: TimeInterval;
	days: number;
	level: TickLevel;
	/** Room a label of this kind needs, in pixels. */
	room: number;
}

const every = (interval: CountableTimeInterval, step: number) => interval.every(step) ?? interval;

const CANDIDATES: Candidate[] = [
	{ interval: utcDay, days: 1, level: 'day', room: 52 },
	{ interval: every(utcDay, 2), days: 2, level: 'day', room: 52 },
	{ interval: utcMonday, days: 7, level: 'day', room: 52 },
	{ interval: utcMonth, days: 30.4, level: 'month', room: 64 },
	{ interval: every(utcMonth, 3), days: 91, level: 'month', room: 64 },
	{ interval: every(utcMonth, 6), days: 182, level: 'month', room: 64 },
	{ interval: utcYear, days: 365, level: 'year', room: 44 },
	{ interval: every(utcYear, 2), days: 730, level: 'year', room: 44 },
	{ interval: every(utcYear, 5), days: 1826, level: 'year', room: 44 },
	{ interval: every(utcYear, 10), days: 3652, level: 'year', room: 44 },
	{ interval: every(utcYear, 50), days: 18262, level: 'year', room: 44 },
	{ interval: every(utcYear, 100), days: 36525, level: 'year', room: 44 }
];

/**
 * Ticks for the visible scale: the finest unit (days, months, years) whose labels do not crowd,
 * so zooming in walks years → months → days. Labels come from the tick's UTC parts, in `locale`
 * (a BCP 47 tag) when given, else in English.
 */
export function chooseTicks(scale: TimeScale, minGap = 16, locale?: string): Tick[] {
	const [, x1] = scale.range() as [number, number];
	const [d0, d1] = scale.domain() as [Date, Date];
	const pxPerDay = pixelsPerDay(scale);
	const choice =
		CANDIDATES.find((c) => c.days * pxPerDay >= c.room + minGap) ?? CANDIDATES[CANDIDATES.length - 1]!;
	const ticks: Tick[] = choice.interval.range(utcDay.floor(d0), d1).flatMap((date) => {
		const x = scale(date);
		// A label that would run off the right edge is left out rather than cut.
		if (date < d0 || x + choice.room - minGap > x1) return [];
		return [{ date, x, level: choice.level, ...labelOf(date, choice.level, locale) }];
	});
	const [first, second] = ticks;
	// Months and days leave the year unsaid; the first tick says it when there is room.
	if (first && !saysYear(first) && (!second || second.x - first.x >= 96)) {
		first.label = formatTick(first.date, first.level, { locale, withYear: true });
		first.major = true;
	}
	return ticks;
}

// Ticks are UTC midnights: their UTC parts are the calendar date, in every zone.
function labelOf(date: Date, level: TickLevel, locale?: string): { label: string; major: boolean } {
	const month = date.getUTCMonth();
	if (level === 'year' || (level === 'month' && month === 0))
		return { label: formatTick(date, 'year', { locale }), major: true };
	return { label: formatTick(date, level, { locale }), major: level === 'day' && date.getUTCDate() === 1 };
}

/** Whether a tick's label already says its year: a year's, or a January's among months. */
const saysYear = (tick: Tick) =>
	tick.level === 'year' || (tick.level === 'month' && tick.date.getUTCMonth() === 0);
