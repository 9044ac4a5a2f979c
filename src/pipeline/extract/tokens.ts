/**
 * The token stream every extraction stage reads: names, actors, places, triggers and titles all see the
 * same words with the same part of speech. Tokens, their universal POS tags and lemmas come from wink-nlp
 * with its English lite model (chosen over compromise by measurement: README, "How events are extracted");
 * this file only re-joins hyphenated compounds ("Turkish-backed", "al-Assad", "cease-fire", which wink
 * splits) and adds what the pattern matchers compare: a normalised spelling, capitalisation and spacing.
 */
import { bisector } from 'd3-array';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from './types.ts';

/** Universal POS tags (UD), as the model gives them. */
export type Pos =
	| 'ADJ'
	| 'ADP'
	| 'ADV'
	| 'AUX'
	| 'CCONJ'
	| 'DET'
	| 'INTJ'
	| 'NOUN'
	| 'NUM'
	| 'PART'
	| 'PRON'
	| 'PROPN'
	| 'PUNCT'
	| 'SCONJ'
	| 'SYM'
	| 'VERB'
	| 'X'
	| 'SPACE';

/** A word or punctuation mark, with offsets into the text it came from. */
export interface Token {
	text: string;
	start: number;
	end: number;
	/** Lower case. */
	lower: string;
	/** Lowercase with spelling variants folded (defence → defense, ’ → '): what patterns compare. */
	norm: string;
	/** Starts with a capital letter. */
	cap: boolean;
	/** Whitespace (or the start of the text) before it. */
	gap: boolean;
	pos: Pos;
	/** Dictionary form, lower case ("met" → "meet", "talks" → "talk", "n't" → "not"). */
	lemma: string;
}

/** British and American spellings compare equal. */
const SPELLING = new Map([
	['defence', 'defense'],
	['defences', 'defenses'],
	['organisation', 'organization'],
	['organisations', 'organizations'],
	['programme', 'program'],
	['\u2019s', "'s"],
	['\u2019', "'"],
	['n\u2019t', "n't"]
]);

type Engine = ReturnType<typeof winkNLP>;
let engine: Engine | undefined;
/** The model, loaded on first use: a command that stops before extracting never pays for it. */
function nlp(): Engine {
	return (engine ??= winkNLP(model, ['pos']));
}
/** Longer than any real sentence (the event rules skip such "sentences" too). */
const MAX_TAGGED = 1500;
const CHUNK = 20_000;

const HYPHENS = new Set(['-', '\u2010', '\u2011']);
const WORD = /^[\p{L}\p{N}]/u;
const WORD_END = /[\p{L}\p{N}]$/u;

function isCapital(word: string): boolean {
	const first = word.charCodeAt(0);
	if (first < 128) return first >= 65 && first <= 90;
	const c = word[0]!;
	return c !== c.toLowerCase() && c === c.toUpperCase();
}

let cached: { text: string; offset: number; tokens: Token[] } | undefined;
let document: { text: string; tokens: Token[] } | undefined;

/**
 * Analyse a whole article body once (the model costs far less per article than per sentence): later
 * `tokenize` calls for its sentences return slices of this stream. Returns the body's tokens.
 */
export function analyseDocument(body: string, sentences?: readonly Span[]): Token[] {
	// Tokens kept from before belong to another document's stream, or to text analysed on its own: a
	// sentence must get the same tokens whichever article came before it.
	cached = undefined;
	if (!sentences) {
		document = { text: body, tokens: analyse(body, 0) };
		return document.tokens;
	}
	// In pieces of whole sentences: memory stays bounded, and a runaway "sentence" (a segmentation
	// failure the event rules skip) is left out: `tokenize` splits it into words if a stage asks.
	const tokens: Token[] = [];
	let from = 0;
	let to = 0;
	const flush = () => {
		if (to > from) for (const t of analyse(body.slice(from, to), from)) tokens.push(t);
		from = to;
	};
	for (const s of sentences) {
		if (s.end - s.start > MAX_TAGGED) {
			to = s.start;
			flush();
			from = to = s.end;
			continue;
		}
		to = s.end;
		if (to - from > CHUNK) flush();
	}
	flush();
	document = { text: body, tokens };
	return tokens;
}

/** Index of the first of `tokens` (in text order) that ends after the offset `at`. */
export const firstEndingAfter: (tokens: readonly Token[], at: number) => number = bisector(
	(token: Token) => token.end
).right;

/**
 * The tokens of a name as a gazetteer writes it ("Recep Tayyip Erdogan", "the Kremlin"), analysed on
 * its own: never a slice of whatever article was analysed last, so that compiling the gazetteer gives
 * the same patterns whichever build came before.
 */
export function tokenizeName(name: string): Token[] {
	return name.length > MAX_TAGGED ? plainWords(name, 0) : analyse(name, 0);
}

/**
 * The tokens of a text; `offset` is added to every position (a sentence's start in its article). A
 * sentence of the document last given to `analyseDocument` is a slice of its stream; other text is
 * analysed on its own, and the last result is kept. Callers must not change the tokens.
 */
export function tokenize(text: string, offset = 0): Token[] {
	if (cached && cached.text === text && cached.offset === offset) return cached.tokens;
	let tokens: Token[];
	if (text.length > MAX_TAGGED) tokens = plainWords(text, offset);
	else if (document && document.text.startsWith(text, offset) && text.length > 0) {
		const all = document.tokens;
		const end = offset + text.length;
		let to = firstEndingAfter(all, offset);
		const from = all[to] && all[to]!.start >= offset ? to : to + 1;
		to = from;
		while (to < all.length && all[to]!.end <= end) to++;
		tokens = all.slice(from, to);
	} else tokens = analyse(text, offset);
	cached = { text, offset, tokens };
	return tokens;
}

function analyse(text: string, offset: number): Token[] {
	const { its } = nlp();
	const doc = nlp().readDoc(text);
	const tokens: Token[] = [];
	let at = 0;
	let glue = false;
	// A hyphen glued to a word but not followed by one: given back as its own token.
	const releaseHyphen = () => {
		const prev = tokens[tokens.length - 1]!;
		prev.text = prev.text.slice(0, -1);
		prev.end -= 1;
		prev.lemma = prev.lemma.slice(0, -1);
		tokens.push(token(text, prev.end - offset, prev.end + 1 - offset, offset, false, 'PUNCT', '-'));
	};
	const all = doc.tokens();
	const values = all.out(its.value) as string[];
	const spacing = all.out(its.precedingSpaces) as string[];
	const tags = all.out(its.pos) as Pos[];
	for (let k = 0; k < values.length; k++) {
		const value = values[k]!;
		const spaces = spacing[k]!;
		let start = at + spaces.length;
		if (!text.startsWith(value, start)) {
			const found = text.indexOf(value, at);
			start = found >= 0 ? found : start;
		}
		const end = start + value.length;
		at = end;
		const previous = tokens[tokens.length - 1];
		const pos = tags[k]!;
		// Line breaks are spacing, not words.
		if (pos === 'SPACE' || value.trim() === '') continue;
		const lemma = value.toLowerCase();
		// "Turkish-backed", "al-Assad": a hyphen between two words with no space is inside one word.
		if (previous && start + offset === previous.end) {
			// "Çavuşoğlu": letters the model splits apart with nothing between them are one word too.
			const split = !glue && WORD_END.test(previous.text) && !/^n['’]t$/i.test(value);
			if ((glue || split) && WORD.test(value)) {
				const joined = text.slice(previous.start - offset, end);
				const lower = joined.toLowerCase();
				previous.text = joined;
				previous.end = end + offset;
				previous.lower = lower;
				previous.norm = SPELLING.get(lower) ?? lower;
				previous.lemma = previous.lemma + lemma;
				if (previous.pos !== 'PROPN' || !isCapital(value)) previous.pos = pos;
				glue = false;
				continue;
			}
			if (HYPHENS.has(value) && WORD.test(previous.text) && !glue) {
				glue = true;
				previous.lemma += '-';
				// Keep the hyphen in the word's text; it is joined when the next word follows at once.
				previous.text += value;
				previous.end = end + offset;
				continue;
			}
		}
		if (glue) {
			releaseHyphen();
			glue = false;
		}
		const gap = spaces.length > 0 || tokens.length === 0;
		// "Gen.", "Mr.": the title and its full stop, as for any abbreviation the model does not keep whole.
		if (value.length > 2 && value.endsWith('.') && !value.slice(0, -1).includes('.')) {
			tokens.push(token(text, start, end - 1, offset, gap, pos, lemma.replace(/\.$/, '')));
			tokens.push(token(text, end - 1, end, offset, false, 'PUNCT', '.'));
		} else tokens.push(token(text, start, end, offset, gap, pos, lemma));
	}
	if (glue) releaseHyphen();
	return tokens;
}

const PLAIN = /[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*|['’]s\b|\S/gu;

/**
 * A runaway "sentence" (thousands of characters: a segmentation failure) split into words by a pattern,
 * untagged: the model would spend seconds on text no rule reads closely.
 */
function plainWords(text: string, offset: number): Token[] {
	const tokens: Token[] = [];
	let last = -1;
	for (const m of text.matchAll(PLAIN)) {
		const pos: Pos = /^[\p{L}\p{N}]/u.test(m[0]) ? 'X' : 'PUNCT';
		tokens.push(
			token(text, m.index, m.index + m[0].length, offset, m.index !== last, pos, m[0].toLowerCase())
		);
		last = m.index + m[0].length;
	}
	return tokens;
}

function token(
	text: string,
	start: number,
	end: number,
	offset: number,
	gap: boolean,
	pos: Pos,
	lemma: string
): Token {
	const word = text.slice(start, end);
	const lower = word.toLowerCase();
	return {
		text: word,
		start: start + offset,
		end: end + offset,
		lower,
		norm: SPELLING.get(lower) ?? lower,
		cap: isCapital(word),
		gap,
		pos,
		lemma
	};
}
