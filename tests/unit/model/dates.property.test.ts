import fc from 'fast-check';
import {
	addDays as addDaysLocal,
	addMonths as addMonthsLocal,
	differenceInCalendarDays,
	endOfMonth,
	getISOWeek,
	getISOWeekYear,
	lightFormat,
	startOfISOWeek,
	startOfYear
} from 'date-fns';
import { afterAll, describe, expect, it } from 'vitest';
import {
	addDays,
	dayNumber,
	fromDayNumber,
	isoDate,
	periodEnd,
	periodStart
} from '../../../src/lib/model/dates';
import { isoWeekValue, mondayOf } from '../../../src/pipeline/timex/calendar';
import { shift } from '../../../src/pipeline/timex/resolve';

// The reference is date-fns on plain local-time Dates in the zone under test: a calendar answer that
// holds there, across its daylight-saving jumps (Los Angeles) or 14 hours from UTC (Kiritimati), must
// be ours too. Node reads `TZ` again whenever it is assigned.
const ZONES = ['Pacific/Kiritimati', 'America/Los_Angeles'];
const zoneBefore = process.env.TZ;
afterAll(() => {
	process.env.TZ = zoneBefore;
});

const date = fc.record({
	year: fc.integer({ min: 1000, max: 9000 }),
	month: fc.integer({ min: 1, max: 12 }),
	day: fc.integer({ min: 1, max: 31 })
});

function local({ year, month, day }: { year: number; month: number; day: number }): Date {
	const d = new Date(2000, 0, 1);
	d.setFullYear(year, month - 1, day); // overflows like isoDate: 31 April is 1 May
	return d;
}
const iso = (d: Date) => lightFormat(d, 'yyyy-MM-dd');

describe.each(ZONES)('calendar arithmetic in TZ=%s agrees with date-fns on local dates', (zone) => {
	it('runs in that zone', () => {
		process.env.TZ = zone;
		const offset = new Date(2019, 6, 1).getTimezoneOffset();
		expect(offset).toBe(zone === 'Pacific/Kiritimati' ? -840 : 420);
	});

	it('isoDate writes the date a local Date of the same parts has', () => {
		process.env.TZ = zone;
		fc.assert(fc.property(date, (p) => isoDate(p.year, p.month, p.day) === iso(local(p))));
	});

	it('addDays', () => {
		process.env.TZ = zone;
		fc.assert(
			fc.property(date, fc.integer({ min: -40000, max: 40000 }), (p, n) => {
				return addDays(iso(local(p)), n) === iso(addDaysLocal(local(p), n));
			})
		);
	});

	it('dayNumber counts calendar days, and fromDayNumber reads them back', () => {
		process.env.TZ = zone;
		fc.assert(
			fc.property(date, date, (a, b) => {
				const [x, y] = [iso(local(a)), iso(local(b))];
				return (
					dayNumber(y) - dayNumber(x) === differenceInCalendarDays(local(b), local(a)) &&
					fromDayNumber(dayNumber(x)) === x
				);
			})
		);
	});

	it('periodStart and periodEnd span the month and the year', () => {
		process.env.TZ = zone;
		fc.assert(
			fc.property(date, (p) => {
				const d = local(p);
				return (
					periodEnd(iso(d), 'month') === iso(endOfMonth(d)) &&
					periodStart(iso(d), 'year') === iso(startOfYear(d))
				);
			})
		);
	});

	it('ISO weeks and their Mondays', () => {
		process.env.TZ = zone;
		fc.assert(
			fc.property(date, (p) => {
				const d = local(p);
				const week = `${getISOWeekYear(d)}-W${String(getISOWeek(d)).padStart(2, '0')}`;
				return isoWeekValue(iso(d)) === week && mondayOf(iso(d)) === iso(startOfISOWeek(d));
			})
		);
	});

	it('a shift by months keeps the day, or clamps to the month end', () => {
		process.env.TZ = zone;
		fc.assert(
			fc.property(date, fc.integer({ min: -240, max: 240 }), (p, n) => {
				return shift(iso(local(p)), n, 'months') === iso(addMonthsLocal(local(p), n));
			})
		);
	});
});
