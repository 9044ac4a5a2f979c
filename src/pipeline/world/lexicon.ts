/**
 * Domain words the extraction reads from Dateline's shipped data (the YAML files beside this module):
 * offices and titles, the nouns that make a demonym the state, organisation words, and demonyms.
 * Tables of word lists, each as the extraction used to write them in code.
 */
import { baseGazetteer } from './base.ts';
import { readShipped } from './read.ts';

const offices = readShipped('offices') as {
	titles: string[];
	honorifics: string[];
	leadingHonorifics: string[];
	namedTitles: string[];
	synonyms: Record<string, string[]>;
};
const stateNouns = readShipped('state-nouns') as {
	heads: string[];
	headModifiers: string[];
	organs: string[];
};
const organizationWords = readShipped('organization-words') as { organization: string[]; group: string[] };

/** Titles that stand before a person's name ("German Chancellor Angela Merkel"), as token lists. */
export const TITLE_CUES: string[][] = offices.titles.map((title) => title.split(' '));
/** Titles after which a lone word is a name; others need two words ("Secretary Pompeo" is fine too). */
export const HONORIFICS = new Set(offices.honorifics);
/** Titles that are part of the name they stand before: "King Hussein", "Pope John Paul II". */
export const NAMED_TITLES = new Set(offices.namedTitles);
/** Honorifics that may follow a title before the name. */
export const LEADING_HONORIFICS = new Set(offices.leadingHonorifics);
/** Other words for offices the gazetteer's titles name, each with the offices it may mean, in order. */
export const OFFICE_SYNONYMS: Record<string, string[]> = offices.synonyms;

/** Nouns after a demonym that make it the state acting ("Turkish forces"), as token lists. */
export const STATE_HEADS: string[][] = stateNouns.heads.map((head) => head.split(' '));
/** Words allowed between the demonym and its head: "Turkish armed forces". */
export const HEAD_MODIFIERS = new Set(stateNouns.headModifiers);
/** A state's own organs: "Russian Defence Ministry" is Russia, not a new organisation. */
export const STATE_ORGANS = new Set(stateNouns.organs);

/** Words that make a capitalised phrase an organisation, or an armed or political group. */
export const ORGANIZATION_CUES = new Set(organizationWords.organization);
export const GROUP_CUES = new Set(organizationWords.group);

/**
 * Adjectives of nationality (lowercase) and the state each denotes, by the state's name as the base
 * gazetteer writes it ("polish" → "Poland"). The resolver keeps those whose state its gazetteer has.
 */
export const DEMONYMS: Record<string, string> = {};
for (const actor of baseGazetteer()) {
	for (const demonym of actor.demonyms ?? []) DEMONYMS[demonym.toLowerCase()] ??= actor.name;
}
