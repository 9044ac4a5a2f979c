/**
 * Sentence spans of an article body: `Intl.Segmenter` proposes the breaks, and the breaks it gets wrong in
 * news text are taken back — after abbreviations (U.S., Mr., Gen., Jan., St.), after initials ("George W.
 * Bush"), and inside quotations that carry on ("…," he said).
 */
import type { Span } from './types.ts';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

// Titles and abbreviations that do not end a sentence even though a capitalised word follows them.
const ABBREVIATIONS = new Set([
	'mr',
	'mrs',
	'ms',
	'dr',
	'prof',
	'gen',
	'lt',
	'col',
	'maj',
	'capt',
	'cmdr',
	'adm',
	'sgt',
	'gov',
	'sen',
	'rep',
	'pres',
	'rev',
	'st',
	'mt',
	'ft',
	'no',
	'vs',
	'jan',
	'feb',
	'mar',
	'apr',
	'jun',
	'jul',
	'aug',
	'sep',
	'sept',
	'oct',
	'nov',
	'dec',
	'inc',
	'corp',
	'co',
	'ltd',
	'jr',
	'sr',
	'approx',
	'est'
]);

// Dotted acronyms that name something: before a capitalised word they rarely end the sentence ("U.S. President").
const ACRONYM = /(?:^|[\s("'“‘])(?:[A-Z]\.){2,}$/;
const INITIAL = /(?:^|[\s("'“‘])[A-Z]\.$/;
const WORD_BEFORE_DOT = /(?:^|[^A-Za-z])([A-Za-z]+)\.$/;

/** Whether a break after `before` (which ends with the segment's text, trailing space trimmed) is false. */
function falseBreak(before: string, after: string): boolean {
	const first = after.trimStart();
	if (first === '') return false;
	// A sentence never starts in lower case or with a closing punctuation mark.
	if (/^[a-z,;:)\]]/.test(first)) return true;
	const word = WORD_BEFORE_DOT.exec(before);
	if (word && ABBREVIATIONS.has(word[1]!.toLowerCase())) return true;
	if (INITIAL.test(before)) return true;
	if (ACRONYM.test(before) && /^[A-Z][a-z]/.test(first)) {
		// "… in the U.S. The talks …": a function word after the acronym starts a new sentence.
		return !/^(?:The|A|An|It|He|She|They|We|This|That|These|Those|But|And|In|On|At|After|When|If)\b/.test(
			first
		);
	}
	return false;
}

const MAX_QUOTED = 600;

function openQuote(s: string): boolean {
	let straight = 0;
	let curly = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c === 34) straight++;
		else if (c === 0x201c) curly++;
		else if (c === 0x201d) curly--;
	}
	return straight % 2 === 1 || curly > 0;
}

/**
 * Where the segmenter would break `text`. It is fed a chunk at a time — paragraphs, and long paragraphs
 * cut after a full stop — because ICU's segmenter slows down much faster than linearly on long text
 * (0.2 MB in one piece took seconds; a 5 MB article would never finish).
 */
function segmentBreaks(text: string): number[] {
	const breaks: number[] = [];
	let from = 0;
	while (from < text.length) {
		const to = chunkEnd(text, from);
		for (const seg of segmenter.segment(text.slice(from, to))) {
			if (seg.index > 0) breaks.push(from + seg.index);
		}
		if (to < text.length) breaks.push(to);
		from = to;
	}
	return breaks;
}

const CHUNK = 4000;

/** The end of the chunk starting at `from`: its paragraph's end, or a sentence end before CHUNK chars. */
function chunkEnd(text: string, from: number): number {
	const window = text.slice(from, from + CHUNK);
	const blank = /\n[ \t]*\n/.exec(window);
	if (blank) return from + blank.index + blank[0].length;
	if (from + CHUNK >= text.length) return text.length;
	// Cut after the last ". " (or "? ", "! ") in the window; with none, at the window's end.
	const stop = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
	return stop > 0 ? from + stop + 2 : from + CHUNK;
}

/** Sentences of `text` as trimmed spans with offsets into `text`; blank stretches yield nothing. */
export function splitSentences(text: string): Span[] {
	const breaks = segmentBreaks(text);
	const spans: Span[] = [];
	let start = 0;
	const flush = (end: number) => {
		let s = start;
		let e = end;
		while (s < e && /\s/.test(text[s]!)) s++;
		while (e > s && /\s/.test(text[e - 1]!)) e--;
		if (e > s) spans.push({ text: text.slice(s, e), start: s, end: e });
		start = end;
	};
	for (const at of breaks) {
		const before = text.slice(start, at).trimEnd();
		// A blank line always ends a sentence; a quotation still open carries it on (up to a limit, so a
		// stray quote mark cannot swallow a paragraph).
		// So does a line that ends a sentence: files with a paragraph a line ("…substances.”⏎Read more:").
		const stretch = text.slice(start, at);
		const paragraph = /\n[ \t]*\n/.test(stretch) || /[.!?:]["”’)]?[ \t]*\n\s*$/.test(stretch);
		const inQuote = openQuote(before) && at - start < MAX_QUOTED;
		if (!paragraph && (inQuote || falseBreak(before, text.slice(at, at + 40)))) continue;
		flush(at);
	}
	flush(text.length);
	return spans;
}
