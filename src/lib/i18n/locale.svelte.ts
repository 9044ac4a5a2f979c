/**
 * The language a page or widget is shown in, handed down by context: switching it re-renders every word.
 */
import { getContext, setContext } from 'svelte';
import type { Lang } from './locales.ts';
import type { Messages } from './messages.ts';
import { en } from './messages/en.ts';
import { Translator } from './translator.ts';

/** Fetches a language's message table (English is always at hand and never asked for). */
export type MessageLoader = (lang: Lang) => Promise<Messages>;

const KEY = Symbol('dateline-locale');

/**
 * English as the widget and `/embed` carry it: the words they say, not the site's pages'. Typed as
 * a whole table, which it is for everything below them (tests/unit/i18n/shared.test.ts checks it).
 */
export const SHARED_ENGLISH = en as unknown as Messages;

export class Locale {
	readonly #english: Translator;
	/** The words in use: English until a language's table has arrived, so a page never mixes two. */
	translator: Translator;
	/** The language last asked for, which may still be on its way. */
	#wanted: Lang = 'en';
	readonly #load: MessageLoader | undefined;
	// Not state: a template never reads it, only `use` does.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #cache = new Map<Lang, Promise<Translator>>();

	/** `english` is always at hand; `load` fetches the others (none: English only). */
	constructor({ english = SHARED_ENGLISH, load }: { english?: Messages; load?: MessageLoader } = {}) {
		this.#english = new Translator('en', english);
		this.translator = $state.raw(this.#english);
		this.#load = load;
	}

	get lang(): Lang {
		return this.translator.lang;
	}

	/**
	 * Switch to a language once its table is in. A table that cannot be fetched leaves English (the
	 * reader still gets a working timeline) and is asked for again next time.
	 */
	async use(lang: Lang): Promise<void> {
		this.#wanted = lang;
		const translator = await this.#translator(lang).catch(() => this.#english);
		// A later call won: a slow table must not replace the language chosen after it.
		if (this.#wanted === lang) this.translator = translator;
	}

	#translator(lang: Lang): Promise<Translator> {
		if (lang === 'en' || !this.#load) return Promise.resolve(this.#english);
		let made = this.#cache.get(lang);
		if (!made) {
			made = this.#load(lang).then((messages) => new Translator(lang, messages, this.#english.messages));
			made.catch(() => this.#cache.delete(lang));
			this.#cache.set(lang, made);
		}
		return made;
	}
}

/** Give the components below a locale. */
export function setLocale(locale: Locale): void {
	setContext(KEY, locale);
}

const fallback = new Locale();

/** The locale the components above gave, or English (a component rendered on its own, as in tests). */
export function useLocale(): Locale {
	return getContext<Locale | undefined>(KEY) ?? fallback;
}
