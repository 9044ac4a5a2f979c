/**
 * The languages Dateline speaks: their codes, their names in themselves, their writing direction.
 */

/** Every language of the interface; English first, the one everything falls back to. */
export const LANGS = ['en', 'ar', 'ru', 'tr', 'fr'] as const;

export type Lang = (typeof LANGS)[number];

/** Each language by its own name, for the picker: a reader looks for "العربية", not "Arabic". */
export const LANG_NAMES: Readonly<Record<Lang, string>> = {
	en: 'English',
	ar: 'العربية',
	ru: 'Русский',
	tr: 'Türkçe',
	fr: 'Français'
};

/**
 * The locale `Intl` formats each language in. English is British (day before month, as the site has
 * always written dates); Arabic asks for its own digits, which CLDR no longer makes the default.
 */
export const INTL_LOCALES: Readonly<Record<Lang, string>> = {
	en: 'en-GB',
	ar: 'ar-u-nu-arab',
	ru: 'ru',
	tr: 'tr',
	fr: 'fr'
};

/** Whether a string is one of the language codes, exactly. */
export function isLang(value: string): value is Lang {
	return (LANGS as readonly string[]).includes(value);
}

/** The writing direction of a language. */
export function dirOf(lang: Lang): 'ltr' | 'rtl' {
	return lang === 'ar' ? 'rtl' : 'ltr';
}

/**
 * The first of a reader's languages (`navigator.languages`, most wanted first) that Dateline speaks,
 * matched on the language alone ("fr-CA" is French), else English.
 */
export function negotiateLang(wanted: readonly string[]): Lang {
	for (const tag of wanted) {
		const base = tag.toLowerCase().split('-')[0] ?? '';
		if (isLang(base)) return base;
	}
	return 'en';
}
