import { describe, expect, it, test } from 'vitest';
import { counted, formatEventDate, formatIsoDate } from '../../../src/lib/model/format';
import type { Precision } from '../../../src/lib/model/types';

describe('formatEventDate', () => {
	it.each<[Precision, string, string, string]>([
		['day', '2018-09-17', '2018-09-17', '17 September 2018'],
		['day', '2019-04-25', '2019-04-26', '25–26 April 2019'],
		['day', '2019-10-30', '2019-11-02', '30 October – 2 November 2019'],
		['day', '2019-12-30', '2020-01-02', '30 December 2019 – 2 January 2020'],
		['day', '2019-01-01', '2019-01-01', '1 January 2019'],
		['day', '2019-12-31', '2019-12-31', '31 December 2019'],
		['month', '2018-09-01', '2018-09-30', 'September 2018'],
		['month', '2018-09-01', '2018-11-30', 'September – November 2018'],
		['month', '2018-12-01', '2019-01-31', 'December 2018 – January 2019'],
		['year', '2018-01-01', '2018-12-31', '2018'],
		['year', '2018-01-01', '2019-12-31', '2018–2019']
	])('%s precision from %s to %s reads "%s"', (precision, start, end, expected) => {
		expect(formatEventDate({ precision, start, end })).toBe(expected);
	});

	it('rejects a date that does not exist rather than rolling it over', () => {
		expect(() => formatEventDate({ precision: 'day', start: '2018-02-30', end: '2018-02-30' })).toThrow(
			RangeError
		);
	});
});

describe('formatIsoDate', () => {
	it.each([
		['2018-09-17', '17 September 2018'],
		['2020-02-29', '29 February 2020'],
		['2019-01-01', '1 January 2019'],
		['0050-06-01', '1 June 0050']
	])('formatIsoDate(%s) is "%s"', (d, expected) => {
		expect(formatIsoDate(d)).toBe(expected);
	});
});

describe('counted', () => {
	test.each([
		[0, 'events'],
		[1, 'event'],
		[37, 'events']
	])('counted(%i, "event") ends in "%s"', (n, noun) => expect(counted(n, 'event')).toBe(`${n} ${noun}`));
});
