import { describe, expect, it } from 'vitest';
import {
	addDays,
	compareIso,
	dayNumber,
	fromDayNumber,
	fromUtcDate,
	isIsoDate,
	periodEnd,
	periodStart,
	toUtcDate
} from '../../../src/lib/model/dates';
import type { Precision } from '../../../src/lib/model/types';

describe('isIsoDate', () => {
	it.each([
		['2020-02-29', true],
		['2019-02-29', false],
		['2000-02-29', true],
		['1900-02-29', false],
		['2018-09-17', true],
		['2018-12-31', true],
		['0001-01-01', true],
		['9999-12-31', true],
		// Year 0 is outside the years 1–9999 a timeline pads and zooms within.
		['0000-06-15', false],
		['2018-04-31', false],
		['2018-13-01', false],
		['2018-00-10', false],
		['2018-01-00', false],
		['2018-1-01', false],
		['18-01-01', false],
		['2018-01-01T00:00:00Z', false],
		[' 2018-01-01', false],
		['2018/01/01', false],
		['', false],
		['٢٠١٨-٠١-٠١', false]
	])('isIsoDate(%j) is %s', (s, expected) => {
		expect(isIsoDate(s)).toBe(expected);
	});
});

describe('addDays', () => {
	it.each([
		['2018-09-17', 1, '2018-09-18'],
		['2018-12-31', 1, '2019-01-01'],
		['2020-02-28', 1, '2020-02-29'],
		['2019-02-28', 1, '2019-03-01'],
		['2019-03-01', -1, '2019-02-28'],
		['2019-03-31', 0, '2019-03-31'],
		// Across the European and American daylight-saving changes: still whole days.
		['2019-03-30', 2, '2019-04-01'],
		['2019-10-26', 10, '2019-11-05'],
		['1970-01-01', -1, '1969-12-31'],
		['2018-01-01', 365, '2019-01-01']
	])('addDays(%s, %i) is %s', (d, n, expected) => {
		expect(addDays(d, n)).toBe(expected);
	});

	it('addDays rejects a date that does not exist', () => {
		expect(() => addDays('2019-02-29', 1)).toThrow(RangeError);
	});
});

describe('compareIso', () => {
	it.each([
		['2018-01-01', '2018-01-02', -1],
		['2018-01-02', '2018-01-01', 1],
		['2018-01-01', '2018-01-01', 0],
		['2018-12-31', '2019-01-01', -1]
	])('compareIso(%s, %s) has sign %i', (a, b, sign) => {
		expect(Math.sign(compareIso(a, b))).toBe(sign);
	});

	it('sorts an array of dates chronologically', () => {
		expect(['2019-01-01', '2018-12-31', '2018-02-01'].sort(compareIso)).toEqual([
			'2018-02-01',
			'2018-12-31',
			'2019-01-01'
		]);
	});
});

describe('periodStart and periodEnd', () => {
	it.each<[string, Precision, string, string]>([
		['2018-09-17', 'day', '2018-09-17', '2018-09-17'],
		['2018-09-17', 'month', '2018-09-01', '2018-09-30'],
		['2020-02-10', 'month', '2020-02-01', '2020-02-29'],
		['2019-02-10', 'month', '2019-02-01', '2019-02-28'],
		['2018-12-05', 'month', '2018-12-01', '2018-12-31'],
		['2018-09-17', 'year', '2018-01-01', '2018-12-31']
	])('%s at %s precision runs from %s to %s', (d, precision, start, end) => {
		expect(periodStart(d, precision)).toBe(start);
		expect(periodEnd(start, precision)).toBe(end);
	});
});

describe('dayNumber and fromDayNumber', () => {
	it.each([
		['1970-01-01', 0],
		['1970-01-02', 1],
		['1969-12-31', -1],
		['2000-03-01', 11017],
		['2018-09-17', 17791]
	])('dayNumber(%s) is %i and back', (d, n) => {
		expect(dayNumber(d)).toBe(n);
		expect(Number.isInteger(dayNumber(d))).toBe(true);
		expect(fromDayNumber(n)).toBe(d);
	});

	it('round-trips every day of a leap year', () => {
		const first = dayNumber('2020-01-01');
		const days = Array.from({ length: 366 }, (_, i) => fromDayNumber(first + i));
		expect(days.at(-1)).toBe('2020-12-31');
		expect(days.every((d, i) => dayNumber(d) === first + i && isIsoDate(d))).toBe(true);
	});
});

describe('toUtcDate and fromUtcDate', () => {
	it('toUtcDate gives midnight UTC', () => {
		expect(toUtcDate('2018-09-17').toISOString()).toBe('2018-09-17T00:00:00.000Z');
	});

	it('toUtcDate keeps years before 100 as written', () => {
		expect(toUtcDate('0050-06-01').getUTCFullYear()).toBe(50);
		expect(fromUtcDate(toUtcDate('0050-06-01'))).toBe('0050-06-01');
	});

	it.each([
		['2018-09-17T00:00:00.000Z', '2018-09-17'],
		['2018-09-17T23:59:59.999Z', '2018-09-17'],
		['2018-12-31T12:00:00.000Z', '2018-12-31']
	])('fromUtcDate(%s) reads the UTC day %s', (instant, expected) => {
		expect(fromUtcDate(new Date(instant))).toBe(expected);
	});
});
