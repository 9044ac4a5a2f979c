import { describe, expect, it } from 'vitest';
import type { Timex } from '../../../src/pipeline/extract/types.ts';
import { tagDates } from '../../../src/pipeline/timex/tagger.ts';

/** The one DATE/TIME timex whose text is `phrase` in `sentence`. */
function tagged(sentence: string, dct: string, phrase: string): Timex {
	const found = tagDates(sentence, dct).filter((t) => t.text === phrase);
	expect(found, `"${phrase}" in: ${JSON.stringify(tagDates(sentence, dct).map((t) => t.text))}`).toHaveLength(
		1
	);
	return found[0]!;
}

// 2019-04-18 is a Thursday.
const DCT = '2019-04-18';

describe('tagDates phrase kinds', () => {
	it.each<
		[
			kind: string,
			sentence: string,
			dct: string,
			phrase: string,
			value: string,
			start: string,
			end: string,
			precision: string
		]
	>([
		[
			'absolute',
			'The deal was signed on September 17, 2018 in Sochi.',
			DCT,
			'September 17, 2018',
			'2018-09-17',
			'2018-09-17',
			'2018-09-17',
			'day'
		],
		[
			'absolute, day first',
			'Leaders met on 17 September 2018.',
			DCT,
			'17 September 2018',
			'2018-09-17',
			'2018-09-17',
			'2018-09-17',
			'day'
		],
		[
			'absolute, no year, past clause',
			'They met on April 2 in Ankara.',
			DCT,
			'April 2',
			'2019-04-02',
			'2019-04-02',
			'2019-04-02',
			'day'
		],
		[
			'absolute, no year, abbreviated month',
			'On Feb. 28, the bank released a report.',
			DCT,
			'Feb. 28',
			'2019-02-28',
			'2019-02-28',
			'2019-02-28',
			'day'
		],
		['ISO date', 'Published 2018-09-17.', DCT, '2018-09-17', '2018-09-17', '2018-09-17', '2018-09-17', 'day'],
		[
			'partial month',
			'The offensive began in September 2018.',
			DCT,
			'September 2018',
			'2018-09',
			'2018-09-01',
			'2018-09-30',
			'month'
		],
		[
			'partial month, past clause',
			'Russia announced the plan in August.',
			DCT,
			'August',
			'2018-08',
			'2018-08-01',
			'2018-08-31',
			'month'
		],
		[
			'partial month, future clause',
			'The report is due to be published in May.',
			DCT,
			'May',
			'2019-05',
			'2019-05-01',
			'2019-05-31',
			'month'
		],
		['partial year', 'Fighting escalated in 2018.', DCT, '2018', '2018', '2018-01-01', '2018-12-31', 'year'],
		[
			'range, month day and day',
			'Talks will be held on April 25 and 26.',
			DCT,
			'April 25 and 26',
			'2019-04-25/2019-04-26',
			'2019-04-25',
			'2019-04-26',
			'day'
		],
		[
			'range, day-day month',
			'The round is planned for 25-26 April.',
			DCT,
			'25-26 April',
			'2019-04-25/2019-04-26',
			'2019-04-25',
			'2019-04-26',
			'day'
		],
		[
			'range, between days',
			'Inspectors visited the site between 1 and 3 March.',
			DCT,
			'1 and 3 March',
			'2019-03-01/2019-03-03',
			'2019-03-01',
			'2019-03-03',
			'day'
		],
		[
			'range, from month to month',
			'The mission ran from May to July 2018.',
			DCT,
			'May to July 2018',
			'2018-05/2018-07',
			'2018-05-01',
			'2018-07-31',
			'month'
		],
		[
			'range across months',
			'The congress met from January 29 to February 1, 2018.',
			DCT,
			'January 29 to February 1, 2018',
			'2018-01-29/2018-02-01',
			'2018-01-29',
			'2018-02-01',
			'day'
		],
		[
			'deictic past, said',
			'Lavrov said Thursday that the talks went well.',
			DCT,
			'Thursday',
			'2019-04-18',
			'2019-04-18',
			'2019-04-18',
			'day'
		],
		[
			'deictic past, met on',
			'The ministers met on Monday in Moscow.',
			DCT,
			'Monday',
			'2019-04-15',
			'2019-04-15',
			'2019-04-15',
			'day'
		],
		[
			'deictic past, sentence-initial',
			'On Tuesday, Turkish forces crossed the border.',
			DCT,
			'Tuesday',
			'2019-04-16',
			'2019-04-16',
			'2019-04-16',
			'day'
		],
		[
			'deictic future, scheduled',
			'The talks are scheduled for Monday.',
			DCT,
			'Monday',
			'2019-04-22',
			'2019-04-22',
			'2019-04-22',
			'day'
		],
		[
			'deictic future, will',
			'Erdogan will travel to Sochi on Saturday.',
			DCT,
			'Saturday',
			'2019-04-20',
			'2019-04-20',
			'2019-04-20',
			'day'
		],
		[
			'deictic future, will meet next week',
			'The envoys will meet next week.',
			DCT,
			'next week',
			'2019-W17',
			'2019-04-22',
			'2019-04-28',
			'day'
		],
		[
			'last Friday',
			'Last Friday the council voted.',
			DCT,
			'Last Friday',
			'2019-04-12',
			'2019-04-12',
			'2019-04-12',
			'day'
		],
		[
			'relative month',
			'The talks collapsed last month.',
			DCT,
			'last month',
			'2019-03',
			'2019-03-01',
			'2019-03-31',
			'month'
		],
		[
			'earlier this month',
			'Earlier this month, Ankara warned Damascus.',
			DCT,
			'Earlier this month',
			'2019-04',
			'2019-04-01',
			'2019-04-30',
			'month'
		],
		[
			'this week (ISO week)',
			'The guarantors met this week.',
			DCT,
			'this week',
			'2019-W16',
			'2019-04-15',
			'2019-04-21',
			'day'
		],
		['last year', 'Trade fell last year.', DCT, 'last year', '2018', '2018-01-01', '2018-12-31', 'year'],
		[
			'ago',
			'The war began eight years ago.',
			DCT,
			'eight years ago',
			'2011',
			'2011-01-01',
			'2011-12-31',
			'year'
		],
		[
			'anchored',
			'The deal came ten days after a summit on September 7.',
			'2018-09-20',
			'ten days after a summit on September 7',
			'2018-09-17',
			'2018-09-17',
			'2018-09-17',
			'day'
		],
		[
			'anchored, before',
			'Two days before the summit on 14 February 2019, the ministers met.',
			DCT,
			'Two days before the summit on 14 February 2019',
			'2019-02-12',
			'2019-02-12',
			'2019-02-12',
			'day'
		],
		[
			'today',
			'Officials said today that the border is open.',
			DCT,
			'today',
			'2019-04-18',
			'2019-04-18',
			'2019-04-18',
			'day'
		],
		[
			'yesterday',
			'The convoy was hit yesterday.',
			DCT,
			'yesterday',
			'2019-04-17',
			'2019-04-17',
			'2019-04-17',
			'day'
		]
	])('%s: "%s"', (_kind, sentence, dct, phrase, value, start, end, precision) => {
		const t = tagged(sentence, dct, phrase);
		expect(t.type).toBe('DATE');
		expect(t.value).toBe(value);
		expect(t.range).toMatchObject({ start, end, precision });
		expect(t.range?.part).toBeUndefined();
	});

	it.each<
		[
			sentence: string,
			dct: string,
			phrase: string,
			value: string,
			mod: string,
			start: string,
			end: string,
			part: string
		]
	>([
		['Fighting resumed in mid-July.', DCT, 'mid-July', '2018-07', 'MID', '2018-07-01', '2018-07-31', 'mid'],
		[
			'The offensive was launched in late 2018.',
			DCT,
			'late 2018',
			'2018',
			'END',
			'2018-01-01',
			'2018-12-31',
			'late'
		],
		[
			'A new round is expected early next year.',
			DCT,
			'early next year',
			'2020',
			'START',
			'2020-01-01',
			'2020-12-31',
			'early'
		],
		[
			'The season started in early December.',
			DCT,
			'early December',
			'2018-12',
			'START',
			'2018-12-01',
			'2018-12-31',
			'early'
		],
		[
			'He went missing late last July.',
			DCT,
			'late last July',
			'2018-07',
			'END',
			'2018-07-01',
			'2018-07-31',
			'late'
		],
		[
			'Troops withdrew by the end of 2019.',
			'2020-02-01',
			'the end of 2019',
			'2019',
			'END',
			'2019-01-01',
			'2019-12-31',
			'late'
		]
	])('vague part: "%s"', (sentence, dct, phrase, value, mod, start, end, part) => {
		const t = tagged(sentence, dct, phrase);
		expect(t).toMatchObject({ type: 'DATE', value, mod, range: { start, end, part } });
	});
});

describe('tagDates named days in a row', () => {
	it('"on Tuesday and Wednesday" is one two-day range', () => {
		const t = tagged('The delegations met on Tuesday and Wednesday.', DCT, 'Tuesday and Wednesday');
		expect(t).toMatchObject({ type: 'DATE', range: { start: '2019-04-16', end: '2019-04-17' } });
	});
	it('"on Monday and Thursday" stays two dates', () => {
		const texts = tagDates('They met on Monday and Thursday.', DCT).map((t) => t.text);
		expect(texts).toEqual(['Monday', 'Thursday']);
	});
});

describe('tagDates days counted from another date', () => {
	it('"the next day" and "two days later" count from the last day the text named', () => {
		const text =
			'Russia and Turkey met on 17 September 2018. The next day, Erdogan flew home. Two days later the zone was set.';
		expect(tagDates(text, DCT).map((t) => [t.text, t.value])).toEqual([
			['17 September 2018', '2018-09-17'],
			['The next day', '2018-09-18'],
			['Two days later', '2018-09-20']
		]);
	});
	it('"the day before the summit on 14 February 2019" is one date', () => {
		expect(
			tagged(
				'They met the day before the summit on 14 February 2019.',
				DCT,
				'the day before the summit on 14 February 2019'
			).value
		).toBe('2019-02-13');
	});
	it('reaches an anchor a long clause away', () => {
		const text =
			'They signed the memorandum five days after US Vice President Mike Pence secured a pause in the offensive during talks in Ankara on October 17.';
		expect(
			tagDates(text, '2019-10-24')
				.filter((t) => t.type === 'DATE')
				.map((t) => t.value)
		).toEqual(['2019-10-22']);
	});
	it('"the day before" an undated clause is no date', () => {
		expect(
			tagDates('He wrote the day before the son reported him missing.', DCT).filter((t) => t.type === 'DATE')
		).toEqual([]);
	});
});

describe('tagDates other periods', () => {
	it.each([
		[
			'Fighting eased over the weekend, officials said.',
			'the weekend',
			'2019-W15-WE',
			'2019-04-13',
			'2019-04-14'
		],
		['Envoys will meet over the weekend.', 'the weekend', '2019-W16-WE', '2019-04-20', '2019-04-21'],
		[
			'The deal was struck in the summer of 2018.',
			'the summer of 2018',
			'2018-SU',
			'2018-06-01',
			'2018-08-31'
		],
		[
			'Exports fell in the first half of 2019.',
			'the first half of 2019',
			'2019-H1',
			'2019-01-01',
			'2019-06-30'
		]
	])('"%s"', (sentence, phrase, value, start, end) => {
		expect(tagged(sentence, DCT, phrase)).toMatchObject({ type: 'DATE', value, range: { start, end } });
	});
});

describe('tagDates times that move the day', () => {
	it('"late on Thursday" in Friday\'s paper is Thursday', () => {
		const t = tagged('The statement was issued late on Thursday.', '2019-04-19', 'late on Thursday');
		expect(t).toMatchObject({
			type: 'TIME',
			value: '2019-04-18TNI',
			range: { start: '2019-04-18', end: '2019-04-18' }
		});
	});
	it('"at midnight" in a future clause is the start of the next day', () => {
		const t = tagged('The ceasefire will take effect at midnight.', '2020-03-05', 'at midnight');
		expect(t).toMatchObject({ type: 'TIME', value: '2020-03-06T00:00', range: { start: '2020-03-06' } });
	});
	it('"at midnight" in a past clause is the midnight just gone', () => {
		const t = tagged('The truce began at midnight.', '2020-03-06', 'at midnight');
		expect(t).toMatchObject({ type: 'TIME', range: { start: '2020-03-06' } });
	});
	it('"at noon Damascus time on Sunday" is noon on that Sunday, one expression', () => {
		const t = tagged(
			'The truce is due to take effect at noon Damascus time on Sunday.',
			'2017-07-08',
			'at noon Damascus time on Sunday'
		);
		expect(t).toMatchObject({ type: 'TIME', value: '2017-07-09T12:00', range: { start: '2017-07-09' } });
	});
	it('"Friday afternoon" is a TIME on that Friday', () => {
		const t = tagged('He spoke on Friday afternoon.', DCT, 'Friday afternoon');
		expect(t).toMatchObject({ type: 'TIME', value: '2019-04-12TAF' });
	});
});

describe('tagDates types beside DATE', () => {
	it.each<[string, string, string, string]>([
		['The siege lasted for two years.', 'two years', 'DURATION', 'P2Y'],
		['Talks went on over the past several months.', 'the past several months', 'DURATION', 'PXM'],
		['The envoy visits every year.', 'every year', 'SET', 'XXXX-XX-XX'],
		['Women now lead committees.', 'now', 'DATE', 'PRESENT_REF'],
		['In the past, he refused.', 'the past', 'DATE', 'PAST_REF']
	])('"%s": %s is %s', (sentence, phrase, type, value) => {
		expect(tagged(sentence, DCT, phrase)).toMatchObject({ type, value });
	});

	it('keeps "2009-2010" as two years, the way TimeML annotates them', () => {
		const found = tagDates('The pandemic of 2009-2010 and the expedition of 1957-58.', DCT);
		expect(found.map((t) => t.value)).toEqual(['2009', '2010', '1957', '1958']);
	});

	it('takes no year from a number that names something', () => {
		expect(tagDates('Security Council resolution 2043 and flight 1999 were cited.', DCT)).toEqual([]);
	});

	it('tags nothing in text without dates', () => {
		expect(
			tagDates('The May meeting may be delayed; 1/2 of the 2,000 troops left.', DCT).map((t) => t.text)
		).toEqual(['May']);
	});
});

describe('tagDates tense cues', () => {
	it.each([
		[
			'agreed to meet again on May 3 and 4',
			'The guarantors agreed to meet again on May 3 and 4.',
			'2017-03-16',
			'May 3 and 4',
			'2017-05-03/2017-05-04'
		],
		[
			'a pluperfect plan lies in the past',
			'The meeting had been planned for March.',
			'2020-04-23',
			'March',
			'2020-03'
		],
		[
			'a hyphenated "-led" is no past verb',
			'The UN-led talks, which resume on July 10, stalled.',
			'2017-07-05',
			'July 10',
			'2017-07-10'
		],
		[
			'a "start" noun is no future verb',
			'Erdogan announced the start of the operation on 9 October.',
			'2019-10-10',
			'9 October',
			'2019-10-09'
		],
		[
			'"will" far before the date',
			'Turkish President Recep Tayyip Erdogan will host Russian President Vladimir Putin, German Chancellor Angela Merkel and French President Emmanuel Macron in Istanbul on Saturday.',
			'2018-10-26',
			'Saturday',
			'2018-10-27'
		],
		[
			'the last week of a month',
			'The next round is planned for the last week of August.',
			'2017-07-05',
			'the last week of August',
			'2017-W35'
		]
	])('%s', (_what, sentence, dct, phrase, value) => {
		expect(tagged(sentence, dct, phrase).value).toBe(value);
	});

	it('does not give a weekday the year of a later date it is not joined to', () => {
		expect(
			tagged(
				'The ministry said on Tuesday that the memorandum of 17 September 2018 held.',
				'2018-09-20',
				'Tuesday'
			).value
		).toBe('2018-09-18');
	});
});

describe('tagDates calendar edges', () => {
	it.each([
		['He went missing last summer.', '2013-03-22', 'last summer', '2012-SU', '2012-06-01', '2012-08-31'],
		['He went missing last summer.', '2019-01-10', 'last summer', '2018-SU', '2018-06-01', '2018-08-31'],
		['The talks resume next winter.', '2013-03-22', 'next winter', '2013-WI', '2013-12-01', '2014-02-28']
	])('seasons: "%s" on %s', (sentence, dct, phrase, value, start, end) => {
		expect(tagged(sentence, dct, phrase)).toMatchObject({ value, range: { start, end, precision: 'month' } });
	});
	it('takes the ISO week across a year end ("last week" on 2019-01-02 is 2018-W52)', () => {
		expect(tagged('Prices rose last week.', '2019-01-02', 'last week')).toMatchObject({
			value: '2018-W52',
			range: { start: '2018-12-24', end: '2018-12-30' }
		});
	});
	it('names week 53 of 2020 for "this week" on 2021-01-01', () => {
		expect(tagged('Markets closed this week.', '2021-01-01', 'this week').value).toBe('2020-W53');
	});
	it('infers the year of a January date in a past clause written in early January', () => {
		expect(tagged('They met on December 30.', '2019-01-03', 'December 30').value).toBe('2018-12-30');
	});
	it('offsets point into the text', () => {
		const text = 'Putin met Erdogan in Sochi on 17 September 2018.';
		for (const t of tagDates(text, DCT)) expect(text.slice(t.start, t.end)).toBe(t.text);
	});
	it('runs in a far time zone without shifting dates', () => {
		// vitest pins TZ=Pacific/Kiritimati (UTC+14); a Date-based shortcut would move these by a day.
		expect(new Date(2019, 0, 1).getTimezoneOffset()).toBe(-840);
		expect(tagged('They met on Monday.', '2019-04-18', 'Monday').value).toBe('2019-04-15');
	});
});
