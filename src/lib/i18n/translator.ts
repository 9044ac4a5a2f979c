/**
 * One language's words in use: a message table with its plural rules and digits, filling in `{name}`s.
 */
import { formatEventDate, formatIsoDate } from '../model/format.ts';
import type { IsoDate, TimelineEvent } from '../model/types.ts';
import { dirOf, INTL_LOCALES, type Lang } from './locales.ts';
import type { Messages, PluralKey, TextKey } from './messages.ts';

/** What goes into a message's `{name}`s: numbers are written in the language's digits. */
export type Vars = Record<string, string | number>;

export class Translator {
	readonly lang: Lang;
	readonly dir: 'ltr' | 'rtl';
	/**
	 * The `Intl` locale dates are formatted in; none for English, whose dates are written by hand in
	 * the form the issue and the site have always used ("25–26 April 2019": CLDR's en-GB puts spaces
	 * around the dash).
	 */
	readonly dateLocale: string | undefined;
	/** The table it reads. */
	readonly messages: Messages;
	readonly #fallback: Messages;
	readonly #plurals: Intl.PluralRules;
	readonly #numbers: Intl.NumberFormat;

	/** `fallback` gives the words a table lacks (English, for a translation that is behind). */
	constructor(lang: Lang, messages: Messages, fallback: Messages = messages) {
		this.lang = lang;
		this.dir = dirOf(lang);
		this.dateLocale = lang === 'en' ? undefined : INTL_LOCALES[lang];
		this.messages = messages;
		this.#fallback = fallback;
		this.#plurals = new Intl.PluralRules(INTL_LOCALES[lang]);
		// No grouping: "1234 events" in every language, as counts were always written.
		this.#numbers = new Intl.NumberFormat(INTL_LOCALES[lang], { useGrouping: false });
	}

	/** A text with its `{name}`s filled in (the key itself if no table has it: a bug to see, not a crash). */
	t(key: TextKey, vars?: Vars): string {
		return this.#fill(this.messages[key] ?? this.#fallback[key] ?? key, vars);
	}

	/** A text for `count` of something, in the plural form the language wants for it. */
	n(key: PluralKey, count: number, vars?: Vars): string {
		const forms = this.messages[key] ?? this.#fallback[key] ?? { other: key };
		const form = forms[this.#plurals.select(count)] ?? forms.other;
		return this.#fill(form, { ...vars, count });
	}

	/** A number in the language's digits. */
	number(value: number): string {
		return this.#numbers.format(value);
	}

	/** An event's date at its precision, in the language ("25–26 avril 2019"). */
	eventDate(event: Pick<TimelineEvent, 'start' | 'end' | 'precision'>): string {
		return formatEventDate(event, this.dateLocale);
	}

	/** A calendar date in full, in the language. */
	date(d: IsoDate): string {
		return formatIsoDate(d, this.dateLocale);
	}

	#fill(text: string, vars: Vars | undefined): string {
		if (!vars) return text;
		return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
			const value = vars[name];
			if (value === undefined) return whole;
			return typeof value === 'number' ? this.number(value) : value;
		});
	}
}
