import { describe, expect, test } from 'vitest';
import { INTL_LOCALES, LANGS, negotiateLang } from '../../../src/lib/i18n/locales';
import type { Plural } from '../../../src/lib/i18n/messages';
import { MESSAGES } from '../../../src/lib/i18n/messages/index';

const EN = MESSAGES.en;
import { Translator } from '../../../src/lib/i18n/translator';

const KEYS = Object.keys(EN) as (keyof typeof EN)[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(LANGS)('the %s message table', (lang) => {
	const table = MESSAGES[lang];
	const categories = new Intl.PluralRules(INTL_LOCALES[lang]).resolvedOptions().pluralCategories;

	test('has every key of English, and no other', () => {
		expect(Object.keys(table).sort()).toEqual([...KEYS].sort());
	});

	test.each(KEYS)('%s is a text where English has one, with the same {names}', (key) => {
		const english = EN[key];
		const message = table[key];
		if (typeof english === 'string') {
			expect(typeof message).toBe('string');
			expect(placeholders(message as string)).toEqual(placeholders(english));
			return;
		}
		// A plural has a form for each of the language's categories, and only those.
		const forms = message as Plural;
		expect(Object.keys(forms).sort()).toEqual([...categories].sort());
		const names = new Set(placeholders(Object.values(english).join(' ')));
		for (const form of Object.values(forms))
			for (const name of placeholders(form)) expect(names, `{${name}} in ${key}`).toContain(name);
	});

	test('no message is left empty or in English where the language has its own', () => {
		for (const key of KEYS) {
			const values = typeof table[key] === 'string' ? [table[key]] : Object.values(table[key] as Plural);
			for (const value of values) expect(value.trim(), key).not.toBe('');
		}
		if (lang !== 'en') expect(table['timeline.noMatch']).not.toBe(EN['timeline.noMatch']);
	});
});

describe('plural forms', () => {
	const ar = new Translator('ar', MESSAGES.ar, EN);
	const ru = new Translator('ru', MESSAGES.ru, EN);

	test.each([
		[0, '٠ حدث'],
		[1, 'حدث واحد'],
		[2, 'حدثان'],
		[3, '٣ أحداث'],
		[10, '١٠ أحداث'],
		[11, '١١ حدثًا'],
		[99, '٩٩ حدثًا'],
		[100, '١٠٠ حدث'],
		[102, '١٠٢ حدث']
	])('Arabic counts %i events as "%s", in its own digits', (count, expected) => {
		expect(ar.n('count.events', count)).toBe(expected);
	});

	test.each([
		[1, '1 событие'],
		[2, '2 события'],
		[4, '4 события'],
		[5, '5 событий'],
		[11, '11 событий'],
		[21, '21 событие'],
		[22, '22 события'],
		[25, '25 событий'],
		[111, '111 событий']
	])('Russian counts %i events as "%s"', (count, expected) => {
		expect(ru.n('count.events', count)).toBe(expected);
	});

	test('English counts one event and many events', () => {
		const en = new Translator('en', EN);
		expect([0, 1, 2, 1234].map((n) => en.n('count.events', n))).toEqual([
			'0 events',
			'1 event',
			'2 events',
			'1234 events'
		]);
	});

	test('a table that lacks a key falls back to English for it', () => {
		const partial = { ...MESSAGES.fr } as Record<string, unknown>;
		delete partial['zoom.fit'];
		const fr = new Translator('fr', partial as typeof MESSAGES.fr, EN);
		expect(fr.t('zoom.fit')).toBe('Fit all');
		expect(fr.t('zoom.in')).toBe('Zoomer');
	});
});

describe('negotiateLang', () => {
	test.each([
		[['fr-CA', 'en'], 'fr'],
		[['de-DE', 'ar-EG'], 'ar'],
		[['de', 'ja'], 'en'],
		[['RU'], 'ru'],
		[[], 'en']
	])('negotiateLang(%j) is %s', (wanted, expected) => {
		expect(negotiateLang(wanted)).toBe(expected);
	});
});
