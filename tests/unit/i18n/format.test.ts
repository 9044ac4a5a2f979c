import { describe, expect, test } from 'vitest';
import { INTL_LOCALES, type Lang } from '../../../src/lib/i18n/locales';
import { MESSAGES } from '../../../src/lib/i18n/messages/index';

const EN = MESSAGES.en;
import { Translator } from '../../../src/lib/i18n/translator';
import { binPeriod } from '../../../src/lib/i18n/cluster-name';
import { formatTick } from '../../../src/lib/model/format';
import type { Precision } from '../../../src/lib/model/types';

const translator = (lang: Lang) => new Translator(lang, MESSAGES[lang], EN);
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

// A day, a range within a month, a range across months, a month, months, a year, years.
const CASES: [Precision, string, string][] = [
	['day', '2018-09-17', '2018-09-17'],
	['day', '2019-04-25', '2019-04-26'],
	['day', '2019-04-30', '2019-05-02'],
	['month', '2018-09-01', '2018-09-30'],
	['month', '2018-09-01', '2018-11-30'],
	['year', '2018-01-01', '2018-12-31'],
	['year', '2018-01-01', '2019-12-31']
];

// Written out by hand from each language's usage (and checked against CLDR's patterns), not from Intl.
const EXPECTED: Record<Lang, string[]> = {
	en: [
		'17 September 2018',
		'25–26 April 2019',
		'30 April – 2 May 2019',
		'September 2018',
		'September – November 2018',
		'2018',
		'2018–2019'
	],
	fr: [
		'17 septembre 2018',
		'25–26 avril 2019',
		'30 avril – 2 mai 2019',
		'septembre 2018',
		'septembre – novembre 2018',
		'2018',
		'2018–2019'
	],
	ru: [
		'17 сентября 2018 г.',
		'25–26 апреля 2019 г.',
		'30 апреля – 2 мая 2019 г.',
		'сентябрь 2018 г.',
		'сентябрь 2018 г. – ноябрь 2018 г.',
		'2018',
		'2018–2019'
	],
	tr: [
		'17 Eylül 2018',
		'25–26 Nisan 2019',
		'30 Nisan – 2 Mayıs 2019',
		'Eylül 2018',
		'Eylül – Kasım 2018',
		'2018',
		'2018–2019'
	],
	ar: [
		'١٧ سبتمبر ٢٠١٨',
		'٢٥–٢٦ أبريل ٢٠١٩',
		'٣٠ أبريل – ٢ مايو ٢٠١٩',
		'سبتمبر ٢٠١٨',
		'سبتمبر – نوفمبر ٢٠١٨',
		'٢٠١٨',
		'٢٠١٨–٢٠١٩'
	]
};

// CLDR writes some spaces as narrow or thin ones; a reader sees a space either way.
const spaced = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ');

describe.each(Object.keys(EXPECTED) as Lang[])('dates in %s', (lang) => {
	const tr = translator(lang);
	test.each(CASES.map((c, i) => [...c, EXPECTED[lang][i]!] as const))(
		'a %s-precision event from %s to %s reads "%s"',
		(precision, start, end, expected) => {
			expect(spaced(tr.eventDate({ precision, start, end }))).toBe(expected);
		}
	);
});

describe('formatTick', () => {
	test.each([
		[undefined, ['2019', 'Mar', '17 Mar', 'Mar 2019']],
		[INTL_LOCALES.fr, ['2019', 'mars', '17 mars', 'mars 2019']],
		[INTL_LOCALES.ru, ['2019', 'март', '17 мар.', 'март 2019 г.']],
		[INTL_LOCALES.ar, ['٢٠١٩', 'مارس', '١٧ مارس', 'مارس ٢٠١٩']]
	])('in %s a year, a month, a day and a month with its year read %j', (locale, expected) => {
		const date = utc('2019-03-17');
		const month = utc('2019-03-01');
		expect(
			[
				formatTick(date, 'year', { locale }),
				formatTick(month, 'month', { locale }),
				formatTick(date, 'day', { locale }),
				formatTick(month, 'month', { locale, withYear: true })
			].map(spaced)
		).toEqual(expected);
	});

	test('makes the formatters of a locale once, not per tick', () => {
		const Original = Intl.DateTimeFormat;
		let made = 0;
		// A constructor that counts: `new` on a function returning an object gives that object.
		Intl.DateTimeFormat = function (...args: ConstructorParameters<typeof Original>) {
			made++;
			return new Original(...args);
		} as unknown as typeof Original;
		try {
			for (let i = 0; i < 100; i++) formatTick(utc('2019-03-17'), 'day', { locale: 'fr-CA' });
			const first = made;
			expect(first).toBeGreaterThan(0);
			for (let i = 0; i < 100; i++) formatTick(utc('2019-03-18'), 'month', { locale: 'fr-CA' });
			expect(made).toBe(first);
		} finally {
			Intl.DateTimeFormat = Original;
		}
	});
});

describe('binPeriod', () => {
	test.each<[Lang, string]>([
		['en', 'week of 4 March 2019'],
		['fr', 'semaine du 4 mars 2019'],
		['ar', 'أسبوع ٤ مارس ٢٠١٩']
	])('a week in %s reads "%s"', (lang, expected) => {
		expect(binPeriod(+utc('2019-03-04'), +utc('2019-03-11'), 'week', translator(lang))).toBe(expected);
	});

	test('a quarter is a range of months, in the language', () => {
		expect(binPeriod(+utc('2019-01-01'), +utc('2019-04-01'), 'quarter', translator('en'))).toBe(
			'January – March 2019'
		);
		expect(spaced(binPeriod(+utc('2019-01-01'), +utc('2019-04-01'), 'quarter', translator('tr')))).toBe(
			'Ocak – Mart 2019'
		);
	});
});
