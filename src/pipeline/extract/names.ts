/**
 * Words and names in article text: the tokenizer the actor and place finders share, and the finder of
 * names the gazetteer may lack (a title cue before a person's name, a capitalised organisation name with
 * a cue word). Cheap on purpose: it runs on every sentence of every article.
 */
import type { ActorKind } from '../../lib/model/types.ts';
import {
	DEMONYMS,
	GROUP_CUES,
	HONORIFICS,
	LEADING_HONORIFICS,
	NAMED_TITLES,
	ORGANIZATION_CUES,
	STATE_ORGANS,
	TITLE_CUES
} from '../world/lexicon.ts';

export { tokenize, tokenizeName, type Token } from './tokens.ts';
import { tokenizeName, type Token } from './tokens.ts';

/** A name the text gives that may not be in the gazetteer. */
export interface FoundName {
	name: string;
	start: number;
	end: number;
	kind: ActorKind;
	/** What made it a name: the title before it ("Foreign Minister") or the organisation word ("Council"). */
	cue: string;
}

export { slugify } from '../slug.ts';

export { DEMONYMS };

export const MONTHS_AND_DAYS = new Set(
	[
		'january february march april may june july august september october november december',
		'jan feb mar apr jun jul aug sep sept oct nov dec',
		'monday tuesday wednesday thursday friday saturday sunday'
	]
		.join(' ')
		.split(' ')
);

/** Capitalised only because a sentence starts with them, or never part of a name. */
const NOT_NAMES = new Set(
	(
		'the a an in on at after before under over during while when as but and or if since for from by with ' +
		'to of this that these those his her its their our it he she they we i there here what which who ' +
		'meanwhile however also last next earlier later speaking asked according both all some many'
	).split(' ')
);

const PREFIXED_NAME = /^(?:al|el|ad|as|ash|ar|an|bin|ibn|abu)-\p{Lu}/u;

const ARTICLES = new Set(['the', 'a', 'an']);
const COMPLEMENTS = new Set(['to', 'for', 'of']);
/** Words before a title in apposition: "the senior", "a former", "deputy". */
const TITLE_MODIFIERS = new Set([
	'former',
	'senior',
	'top',
	'chief',
	'special',
	'deputy',
	'acting',
	'new',
	'then'
]);

/** Lowercase words that belong inside names: "Mohammed bin Salman", "Staffan de Mistura". */
const PARTICLES = new Set([
	'al',
	'bin',
	'ibn',
	'bint',
	'de',
	'del',
	'van',
	'von',
	'le',
	'la',
	'du',
	'el',
	'da'
]);

/** Words that may join the capitalised words of an organisation's name. */
// Not the possessive 's: "Russia's Defence Ministry" is Russia's, not an organisation called that.
const CONNECTORS = new Set(['of', 'for', 'and', 'on', "'", 'the']);

const cuesByFirst = new Map<string, string[][]>();
for (const cue of TITLE_CUES) {
	const list = cuesByFirst.get(cue[0]!) ?? [];
	list.push(cue);
	list.sort((a, b) => b.length - a.length);
	cuesByFirst.set(cue[0]!, list);
}

/**
 * Names in `text` that a title cue or an organisation word marks; offsets into `text`. The text is
 * analysed on its own, never as a slice of the article analysed last.
 */
export function findUnknownNames(text: string): FoundName[] {
	return findNamesInTokens(tokenizeName(text), text, 0);
}

/**
 * The same over tokens already made; `text` is what the tokens index into, starting at `offset`.
 * Title-cued people first, then organisations that do not overlap them, in text order.
 */
export function findNamesInTokens(tokens: Token[], text: string, offset: number): FoundName[] {
	const found: FoundName[] = [];
	const slice = (from: Token, to: Token) => text.slice(from.start - offset, to.end - offset);
	// The first word is capitalised because it is first: "Fighters of the Front" names the Front.
	let firstWord = 0;
	while (firstWord < tokens.length && tokens[firstWord]!.pos === 'PUNCT') {
		firstWord++;
	}
	let i = 0;
	while (i < tokens.length) {
		const person = personAt(tokens, i);
		if (person) {
			const [cueEnd, nameEnd] = person;
			// "King Hussein": the title is part of the name.
			const from = cueEnd === i + 1 && tokens[i]!.cap && NAMED_TITLES.has(tokens[i]!.norm) ? i : cueEnd;
			found.push({
				name: slice(tokens[from]!, tokens[nameEnd - 1]!),
				start: tokens[from]!.start,
				end: tokens[nameEnd - 1]!.end,
				kind: 'person',
				cue: slice(tokens[i]!, tokens[cueEnd - 1]!).replace(/\.$/, '')
			});
			i = nameEnd;
			continue;
		}
		const apposed = appositiveAt(tokens, i);
		if (apposed) {
			const [end, cue] = apposed;
			found.push({
				name: slice(tokens[i]!, tokens[end - 1]!),
				start: tokens[i]!.start,
				end: tokens[end - 1]!.end,
				kind: 'person',
				cue
			});
			i = end;
			continue;
		}
		const subject = subjectNameAt(tokens, i, i === firstWord);
		if (subject) {
			found.push({
				name: slice(tokens[i]!, tokens[subject - 1]!),
				start: tokens[i]!.start,
				end: tokens[subject - 1]!.end,
				kind: 'person',
				cue: tokens[subject]!.text
			});
			i = subject;
			continue;
		}
		const organization = organizationAt(tokens, i, i === firstWord);
		if (organization) {
			const [end, cue, kind] = organization;
			found.push({
				name: slice(tokens[i]!, tokens[end - 1]!),
				start: tokens[i]!.start,
				end: tokens[end - 1]!.end,
				kind,
				cue
			});
			i = end;
			continue;
		}
		i++;
	}
	return found;
}

/** Capitalised, and not a compound like "Kurdish-led" or "Turkish-backed" that describes a name. */
function isNameWord(token: Token): boolean {
	// "al-Bahra", "el-Sisi": an Arabic article joined to a capitalised name.
	if (!token.cap) return PREFIXED_NAME.test(token.text);
	const hyphen = token.text.lastIndexOf('-');
	if (hyphen < 0) return true;
	const after = token.text.charCodeAt(hyphen + 1);
	return !(after >= 97 && after <= 122);
}

/** A title cue at `i` and the name after it: [index of the name's first token, index after its last]. */
function personAt(tokens: Token[], i: number): [number, number] | undefined {
	const cues = cuesByFirst.get(tokens[i]!.norm);
	if (!cues) return undefined;
	for (const cue of cues) {
		if (!cue.every((word, k) => tokens[i + k]?.norm === word)) continue;
		let j = i + cue.length;
		if (tokens[j]?.text === '.' && !tokens[j]!.gap) j++;
		// "Foreign Minister Sheikh Mohammed …": the honorific is part of the title, not of the name.
		while (tokens[j]?.cap && LEADING_HONORIFICS.has(tokens[j]!.norm)) {
			j++;
			if (tokens[j]?.text === '.' && !tokens[j]!.gap) j++;
		}
		let end = nameEnd(tokens, j);
		// "Ambassador to the United Nations Nikki Haley": the capitalised run after a complement holds the
		// body and then the name; without knowing where the body ends, the name is taken as its last two words.
		if (end === j && tokens[i]!.cap && COMPLEMENTS.has(tokens[j]?.norm ?? '')) {
			const from = tokens[j + 1]?.norm === 'the' ? j + 2 : j + 1;
			const runEnd = nameEnd(tokens, from);
			if (runEnd - from >= 3) [j, end] = [runEnd - 2, runEnd];
		}
		const words = end - j;
		// "the head of the Syrian Arab News Agency": an organisation's name, not a person's.
		for (let k = j; k < end; k++) {
			if (ORGANIZATION_CUES.has(tokens[k]!.norm) || GROUP_CUES.has(tokens[k]!.norm)) return undefined;
		}
		if (words >= 2 || (words === 1 && (HONORIFICS.has(cue[0]!) || tokens[i]!.cap))) return [j, end];
		return undefined;
	}
	return undefined;
}

/**
 * A name followed by a title in apposition, "Roman Vassilenko, Kazakhstan's deputy foreign minister":
 * [index after the name, the title cue]. Two name words at least, so a lone capitalised word is not one.
 */
function appositiveAt(tokens: Token[], i: number): [number, string] | undefined {
	const first = tokens[i]!;
	if (!isNameWord(first) || NOT_NAMES.has(first.norm) || MONTHS_AND_DAYS.has(first.norm)) return undefined;
	if (i > 0 && isNameWord(tokens[i - 1]!)) return undefined;
	const end = nameEnd(tokens, i);
	if (end - i < 2 || tokens[end]?.text !== ',') return undefined;
	// "Russian President Vladimir Putin, …": a run with a title in it is the title-cue finder's.
	for (let k = i; k < end; k++)
		if (cuesByFirst.has(tokens[k]!.norm) || tokens[k]!.norm in DEMONYMS) return undefined;
	let k = end + 1;
	if (ARTICLES.has(tokens[k]?.norm ?? '')) k++;
	// A qualifier before the title: "Iran's", "the Turkish", "the UN's".
	if (tokens[k]?.cap && tokens[k + 1]?.norm === "'s") k += 2;
	else if (tokens[k]?.cap && tokens[k]!.norm in DEMONYMS) k++;
	while (tokens[k] && !tokens[k]!.cap && TITLE_MODIFIERS.has(tokens[k]!.norm)) k++;
	const cues = tokens[k] ? cuesByFirst.get(tokens[k]!.norm) : undefined;
	const cue = cues?.find((words) => words.every((word, m) => tokens[k + m]?.norm === word));
	if (!cue || HONORIFICS.has(cue[0]!)) return undefined;
	return [end, cue.join(' ')];
}

/**
 * A name of two to four words that is the subject of the verb right after it ("Saddam Hussein called",
 * "Iraq's Saddam Hussein said") or is given an age ("Yigal Amir, 27,"): a person, though no title
 * says so. Index after the name. Not a run with an organisation word or a demonym, nor one that opens
 * the sentence with a word that may be capitalised only for that.
 */
function subjectNameAt(tokens: Token[], i: number, initial: boolean): number | undefined {
	const first = tokens[i]!;
	if (!isNameWord(first) || NOT_NAMES.has(first.norm) || MONTHS_AND_DAYS.has(first.norm)) return undefined;
	if (first.pos !== 'PROPN' || (i > 0 && isNameWord(tokens[i - 1]!))) return undefined;
	const end = nameEnd(tokens, i);
	if (end - i < 2 || end - i > 4) return undefined;
	for (let k = i; k < end; k++) {
		const token = tokens[k]!;
		if (token.pos !== 'PROPN' && token.text !== '.') return undefined;
		if (ORGANIZATION_CUES.has(token.norm) || GROUP_CUES.has(token.norm) || token.norm in DEMONYMS)
			return undefined;
		if (cuesByFirst.has(token.norm)) return undefined;
	}
	if (initial && tokens[i + 1]?.pos !== 'PROPN') return undefined;
	const next = tokens[end];
	const verb = next?.gap && (next.pos === 'VERB' || next.pos === 'AUX') && !/ing$/.test(next.norm);
	const age = next?.text === ',' && tokens[end + 1]?.pos === 'NUM' && tokens[end + 2]?.text === ',';
	return verb || age ? end : undefined;
}

/** Where a run of name words starting at `j` ends: capitalised words and particles, ending capitalised. */
function nameEnd(tokens: Token[], j: number): number {
	let end = j;
	for (let k = j; k < tokens.length && k < j + 8; k++) {
		const token = tokens[k]!;
		// An initial's full stop: "Barbara A. Mikulski".
		if (token.text === '.' && !token.gap && end === k && tokens[k - 1]!.text.length === 1) continue;
		if (!token.gap && k > j) break;
		const initial =
			token.text.length === 1 && token.cap && tokens[k + 1]?.text === '.' && !tokens[k + 1]!.gap;
		if (initial || (isNameWord(token) && !MONTHS_AND_DAYS.has(token.norm) && !NOT_NAMES.has(token.norm))) {
			end = k + 1;
		} else if (!PARTICLES.has(token.norm) || k === j) break;
	}
	return end;
}

/** A capitalised phrase at `i` with an organisation word: [index after it, the cue word, its kind]. */
function organizationAt(
	tokens: Token[],
	i: number,
	initial: boolean
): [number, string, ActorKind] | undefined {
	const first = tokens[i]!;
	if (!isNameWord(first) || NOT_NAMES.has(first.norm) || MONTHS_AND_DAYS.has(first.norm)) return undefined;
	const cueWord = ORGANIZATION_CUES.has(first.norm) || GROUP_CUES.has(first.norm);
	if (initial && !cueWord && !tokens[i + 1]?.cap) return undefined;
	if (i > 0 && isNameWord(tokens[i - 1]!) && !NOT_NAMES.has(tokens[i - 1]!.norm)) return undefined;
	let end = i + 1;
	let cue: string | undefined;
	let kind: ActorKind = 'organization';
	let lastCue = i;
	for (let k = i; k < tokens.length; k++) {
		const token = tokens[k]!;
		if (isNameWord(token) && !MONTHS_AND_DAYS.has(token.norm)) {
			end = k + 1;
			if (ORGANIZATION_CUES.has(token.norm)) [cue, kind, lastCue] = [token.text, 'organization', k];
			else if (GROUP_CUES.has(token.norm)) [cue, kind, lastCue] = [token.text, 'group', k];
		} else if (
			!CONNECTORS.has(token.norm) ||
			(token.norm === 'the' && !['of', 'for'].includes(tokens[k - 1]!.norm))
		)
			break;
	}
	if (!cue || end - i < 2) return undefined;
	// "the European Central Bank and European banks": an "and" after the last cue word starts something else.
	for (let k = lastCue + 1; k < end; k++) {
		if (tokens[k]!.norm === 'and') {
			end = k;
			break;
		}
	}
	if (end - i < 2) return undefined;
	const rest = tokens
		.slice(i + 1, end)
		.map((t) => t.norm)
		.join(' ');
	if (first.norm in DEMONYMS && STATE_ORGANS.has(rest)) return undefined;
	if (STATE_ORGANS.has(`${first.norm} ${rest}`)) return undefined;
	return [end, cue, kind];
}
