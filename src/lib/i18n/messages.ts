/**
 * The shape of a message table: English's keys, each a text or a plural, in every language.
 */
import type { en } from './messages/en.ts';
import type { enSite } from './messages/en-site.ts';

/** A text with one form per plural category of its language; `other` is always there. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

type English = typeof en & typeof enSite;

/** The keys whose message is a plain text. */
export type TextKey = { [K in keyof English]: English[K] extends string ? K : never }[keyof English];
/** The keys whose message depends on a count. */
export type PluralKey = Exclude<keyof English, TextKey>;

/** A whole table: every key of English's, each a text or a plural as in English. */
export type Messages = { [K in TextKey]: string } & { [K in PluralKey]: Plural };

/** A message with its `{name}`s filled in as they are given (a `{name}` without a value stays). */
export function fillIn(text: string, vars: Record<string, string | number>): string {
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const value = vars[name];
		return value === undefined ? whole : String(value);
	});
}
