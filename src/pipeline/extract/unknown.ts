/**
 * The people, organisations and states a folder of articles names that the gazetteers lack: every run
 * of name words in every sentence, titles taken off ("President", "Mr."), a surname folded into the full
 * name the same article gives elsewhere, counted across all articles. What `--unknown` lists, to grow
 * `actors.yaml` from.
 */
import type { ActorKind, IsoDate } from '../../lib/model/types.ts';
import { DEMONYMS, GROUP_CUES, HONORIFICS, ORGANIZATION_CUES, TITLE_CUES } from '../world/lexicon.ts';
import type { ActorResolver } from './actors.ts';
import { MONTHS_AND_DAYS, slugify } from './names.ts';
import { analyseDocument, tokenize, type Token } from './tokens.ts';
import type { Span } from './types.ts';

/** A name the gazetteers lack, with how often the articles use it. */
export interface UnknownName {
	id: string;
	/** The full name, as the articles spell it most often. */
	name: string;
	/** What the text suggests: a title before it (person), an organisation word, an acronym… */
	kind?: ActorKind;
	/** Every use, the short forms folded into it included. */
	mentions: number;
	articles: number;
	/** Shorter forms folded into the name ("Lowe" for "Philip Lowe", "RBA" for "Reserve Bank of Australia"). */
	aliases: string[];
	/** Most uses come after "in", "at", "near"…: more likely a place than an actor. */
	place: boolean;
}

/** One article, as the counter reads it. */
export interface UnknownNamesInput {
	body: string;
	published: IsoDate;
}

export interface UnknownNamesDeps {
	sentences(body: string): Span[];
	actors: ActorResolver;
	/** Names and aliases of the places gazetteer, lowercase: a known place is not listed either. */
	places?: ReadonlySet<string>;
}

/** One use of a name in one article, before folding. */
interface Use {
	name: string;
	words: string[];
	kind?: ActorKind;
	titled: boolean;
	locative: boolean;
}

/** Capitalised only because a sentence starts with them, or never part of a name. */
const NOT_NAMES = new Set(
	(
		'the a an in on at after before under over during while when as but and or if since for from by with ' +
		'to of this that these those his her its their our it he she they we i there here what which who ' +
		'meanwhile however also last next earlier later speaking asked according both all some many ' +
		'mr mrs ms dr sen gen'
	).split(' ')
);
/** Lowercase words inside names: "Mohammed bin Salman", "Staffan de Mistura". */
const PARTICLES = new Set('al bin ibn bint de del van von le la du el da'.split(' '));
/** Words joining an organisation's name: "Reserve Bank of Australia", "Ministry for Foreign Affairs". */
const CONNECTORS = new Set(['of', 'for', 'on']);
const LOCATIVES = new Set('in at near outside inside into from to via across around'.split(' '));
const PREFIXED = /^(?:al|el|ad|as|ash|ar|an|bin|ibn|abu)-\p{Lu}/u;
const LETTER = /\p{L}/u;

const titlesByFirst = new Map<string, string[][]>();
for (const title of TITLE_CUES) {
	const list = titlesByFirst.get(title[0]!) ?? [];
	list.push(title);
	list.sort((a, b) => b.length - a.length);
	titlesByFirst.set(title[0]!, list);
}

/** The names the gazetteers lack in `articles`, most mentioned first (then by name). */
export function countUnknownNames(
	articles: readonly UnknownNamesInput[],
	deps: UnknownNamesDeps
): UnknownName[] {
	const totals = new Map<
		string,
		{
			spellings: Map<string, number>;
			mentions: number;
			articles: number;
			kinds: Map<ActorKind, number>;
			aliases: Set<string>;
			locative: number;
		}
	>();
	for (const article of articles) {
		const uses = usesIn(article, deps);
		const seen = new Set<string>();
		for (const [use, full] of fold(uses)) {
			const key = full.name.toLowerCase();
			let total = totals.get(key);
			if (!total) {
				total = {
					spellings: new Map(),
					mentions: 0,
					articles: 0,
					kinds: new Map(),
					aliases: new Set(),
					locative: 0
				};
				totals.set(key, total);
			}
			total.mentions++;
			if (!seen.has(key)) total.articles++;
			seen.add(key);
			total.spellings.set(full.name, (total.spellings.get(full.name) ?? 0) + 1);
			if (use !== full) total.aliases.add(use.name);
			const kind = use.kind ?? full.kind;
			if (kind) total.kinds.set(kind, (total.kinds.get(kind) ?? 0) + (use.titled ? 2 : 1));
			if (use.locative) total.locative++;
		}
	}
	const names: UnknownName[] = [];
	for (const total of totals.values()) {
		const name = mostFrequent(total.spellings)!;
		const kind = mostFrequent(total.kinds);
		names.push({
			id: slugify(name),
			name,
			...(kind ? { kind } : {}),
			mentions: total.mentions,
			articles: total.articles,
			aliases: [...total.aliases].filter((a) => a !== name).sort(),
			place: kind !== 'person' && total.locative * 2 >= total.mentions
		});
	}
	return names.sort(
		(a, b) => b.mentions - a.mentions || b.articles - a.articles || (a.name < b.name ? -1 : 1)
	);
}

function mostFrequent<T>(counts: Map<T, number>): T | undefined {
	let best: T | undefined;
	let most = 0;
	for (const [value, n] of counts) if (n > most) [best, most] = [value, n];
	return best;
}

/** Every use of a name the gazetteers lack in one article, in text order. */
function usesIn(article: UnknownNamesInput, deps: UnknownNamesDeps): Use[] {
	const sentences = deps.sentences(article.body);
	analyseDocument(article.body, sentences);
	const state = deps.actors.article();
	// A sentence's first word is capitalised whatever it is: a name only if the article also capitalises it
	// elsewhere ("Officials said…" is not a name, "Lowe said…" is).
	const inside = new Set<string>();
	for (const sentence of sentences) {
		const tokens = tokenize(sentence.text, sentence.start);
		for (let k = 1; k < tokens.length; k++)
			if (tokens[k]!.cap && tokens[k - 1]!.pos !== 'PUNCT') inside.add(tokens[k]!.norm);
	}
	const uses: Use[] = [];
	for (const sentence of sentences) {
		const tokens = tokenize(sentence.text, sentence.start);
		// Fed every sentence in order, so that a known person's surname is known after their full name.
		const known = state
			.mentions(sentence, article.published)
			.filter((m) => m.rule !== 'unknown' && !m.unknown);
		const text = (from: number, to: number) =>
			sentence.text
				.slice(tokens[from]!.start - sentence.start, tokens[to - 1]!.end - sentence.start)
				.replace(/\s+/g, ' ');
		const knows: Knows = (from, to) => {
			const name = text(from, to);
			return deps.actors.knows(name) || (deps.places?.has(name.toLowerCase()) ?? false);
		};
		for (const run of nameRuns(tokens, inside, knows)) {
			const words = tokens.slice(run.from, run.to);
			const name = text(run.from, run.to);
			if (covered(words, known) || knows(run.from, run.to)) continue;
			uses.push({
				name,
				words: words.filter((t) => t.text !== '.').map((t) => t.norm),
				...(run.kind ? { kind: run.kind } : {}),
				titled: run.titled,
				locative: LOCATIVES.has(tokens[run.before - 1]?.norm ?? '')
			});
		}
	}
	return uses;
}

/** Every word of the run lies inside a mention the gazetteer resolved. */
function covered(words: Token[], known: readonly Span[]): boolean {
	return words.every((t) => t.text === '.' || known.some((m) => m.start <= t.start && t.end <= m.end));
}

interface Run {
	/** Where the run began, titles included. */
	before: number;
	from: number;
	to: number;
	kind?: ActorKind;
	titled: boolean;
}

/** Runs of name words in a sentence's tokens, each without the titles and demonyms before the name. */
/** Whether the gazetteer knows the words `from`..`to` as one name. */
type Knows = (from: number, to: number) => boolean;

function nameRuns(tokens: Token[], inside: ReadonlySet<string>, knows: Knows): Run[] {
	const runs: Run[] = [];
	let first = 0;
	while (first < tokens.length && tokens[first]!.pos === 'PUNCT') first++;
	let i = 0;
	while (i < tokens.length) {
		if (!isNameWord(tokens[i]!, i === first)) {
			i++;
			continue;
		}
		// A sentence's first word alone, which the article never capitalises elsewhere: "Officials said".
		if (
			i === first &&
			!inside.has(tokens[i]!.norm) &&
			titleLength(tokens, i, tokens.length) === 0 &&
			!(tokens[i + 1] && isNameWord(tokens[i + 1]!, false))
		) {
			i++;
			continue;
		}
		let to = i + 1;
		let organization = cueOf(tokens[i]!);
		for (;;) {
			const next = tokens[to];
			if (!next) break;
			// "Barbara A. Mikulski": an initial's full stop.
			if (next.text === '.' && !next.gap && (tokens[to - 1]!.text.length === 1 || isTitle(tokens[to - 1]!))) {
				to++;
				continue;
			}
			if (isNameWord(next, false)) {
				organization ??= cueOf(next);
				to++;
				continue;
			}
			// A particle or connector only between name words: "bin Salman", "Bank of Australia".
			const joins = PARTICLES.has(next.norm) || (organization && CONNECTORS.has(next.norm));
			const skip = joins && tokens[to + 1]?.norm === 'the' ? 2 : 1;
			if (joins && tokens[to + skip] && isNameWord(tokens[to + skip]!, false)) {
				to += skip;
				continue;
			}
			break;
		}
		const run = stripTitles(tokens, i, to, knows);
		// "Chancellor of the Exchequer Nigel Lawson": after a title and "of", the capitalised words hold the
		// body and then the name; not knowing where the body ends, take the last two words as the name.
		const complement = tokens[to]?.norm ?? '';
		let titleEnds = false;
		for (let k = i; k < to && !titleEnds; k++) titleEnds = titleLength(tokens, k, to) === to - k;
		if (titleEnds && (complement === 'of' || complement === 'to')) {
			const body = tokens[to + 1]?.norm === 'the' ? to + 2 : to + 1;
			let end = body;
			while (end < tokens.length && isNameWord(tokens[end]!, false)) end++;
			if (end - body >= 3 && !knows(end - 2, end)) {
				runs.push(...run, { before: i, from: end - 2, to: end, titled: true, kind: 'person' });
				i = end;
				continue;
			}
		}
		runs.push(...run);
		i = to;
	}
	return runs;
}

/** A capitalised word that may be part of a name; a sentence's first word only if tagged a proper noun. */
function isNameWord(token: Token, first: boolean): boolean {
	if (!token.cap) return PREFIXED.test(token.text);
	if (!LETTER.test(token.text) || MONTHS_AND_DAYS.has(token.norm)) return false;
	// "Turkish-backed", "Kurdish-led" describe a name.
	if (/-\p{Ll}/u.test(token.text)) return false;
	if (first) return !NOT_NAMES.has(token.norm) || HONORIFICS.has(token.norm);
	return token.norm !== 'i';
}

/** A one-word title or honorific ("Mr", "Gen", "President"), which may be abbreviated. */
function isTitle(token: Token): boolean {
	return titlesByFirst.get(token.norm)?.some((words) => words.length === 1) ?? false;
}

function cueOf(token: Token): ActorKind | undefined {
	if (ORGANIZATION_CUES.has(token.norm)) return 'organization';
	if (GROUP_CUES.has(token.norm)) return 'group';
	return undefined;
}

/**
 * The name in the run `from`..`to`: titles, honorifics, demonyms and known qualifiers before it taken off
 * ("German Chancellor Angela Merkel" → "Angela Merkel", "Mr. Dor" → "Dor", "US Vice President Mike
 * Pence" → "Mike Pence"). None when nothing but them is left, or when the gazetteer knows the whole run.
 */
function stripTitles(tokens: Token[], from: number, to: number, knows: Knows): Run[] {
	if (knows(from, to)) return [];
	const runs: Run[] = [];
	let i = from;
	let titled = false;
	for (;;) {
		if (i < to && NOT_NAMES.has(tokens[i]!.norm) && !HONORIFICS.has(tokens[i]!.norm)) {
			i++;
			continue;
		}
		const demonym = demonymLength(tokens, i, to);
		if (demonym > 0 && i + demonym < to) {
			i += demonym;
			continue;
		}
		// "Commander" alone may be a word of an organisation's name, but before another name word it is a title.
		const title = titleLength(tokens, i, to);
		if (title > 0 && i + title < to) {
			i += title;
			if (tokens[i]?.text === '.' && !tokens[i]!.gap) i++;
			titled = true;
			continue;
		}
		// What qualifies a title before a name is not the name: "US Vice President Mike Pence", "Cabinet
		// Secretary Danny Naveh".
		let qualifier = 0;
		for (let k = i + 1; k < to - 1 && !qualifier; k++) {
			const title = titleLength(tokens, k, to);
			if (title > 0 && k + title < to) qualifier = k;
		}
		if (qualifier) {
			// … a name all the same when it is one: "Reserve Bank of Australia Governor Philip Lowe".
			const body = nameOf(tokens, i, qualifier, from, false);
			if (body && (body.kind || qualifier - i > 1) && !knows(i, qualifier)) runs.push(body);
			i = qualifier;
			continue;
		}
		break;
	}
	if (i >= to || titleLength(tokens, i, to) === to - i) return runs;
	const name = nameOf(tokens, i, to, from, titled);
	return name ? [...runs, name] : runs;
}

/** The words `from`..`to` as a name, with the kind they suggest; none for a lone adjective ("Kurdish"). */
function nameOf(tokens: Token[], from: number, to: number, before: number, titled: boolean): Run | undefined {
	const words = tokens.slice(from, to);
	if (words.length === 1 && words[0]!.pos === 'ADJ') return undefined;
	let kind: ActorKind | undefined;
	for (const word of words) kind ??= cueOf(word);
	if (!kind && titled) kind = 'person';
	if (!kind && words.length === 1 && /^\p{Lu}{2,6}$/u.test(words[0]!.text)) kind = 'organization';
	return { before, from, to, titled, ...(kind ? { kind } : {}) };
}

/** How many tokens at `i` (before `to`) spell a title, singular or plural ("Presidents"); 0 when none does. */
function titleLength(tokens: Token[], i: number, to: number): number {
	const first = tokens[i]?.norm ?? '';
	const titles = titlesByFirst.get(first) ?? titlesByFirst.get(first.replace(/s$/, '')) ?? [];
	for (const words of titles) {
		if (i + words.length > to) continue;
		const last = words.length - 1;
		const same = words.every((word, k) => {
			const norm = tokens[i + k]!.norm;
			return norm === word || (k === last && norm === `${word}s`);
		});
		if (same) return words.length;
	}
	return 0;
}

/** How many tokens at `i` spell a demonym ("Russian", "South Korean"); 0 when none does. */
function demonymLength(tokens: Token[], i: number, to: number): number {
	if (i + 1 < to && `${tokens[i]!.norm} ${tokens[i + 1]!.norm}` in DEMONYMS) return 2;
	return i < to && tokens[i]!.norm in DEMONYMS ? 1 : 0;
}

/**
 * Each use with the full name it stands for: a lone surname (or given name) with the one full name of
 * this article that ends (or starts) with it, an acronym with the organisation whose initials it spells.
 */
function fold(uses: Use[]): [Use, Use][] {
	const people = uses.filter((u) => u.words.length > 1 && (u.kind === undefined || u.kind === 'person'));
	const organizations = uses.filter((u) => u.words.length > 1 && u.kind === 'organization');
	const only = (candidates: Use[]): Use | undefined => {
		const names = new Set(candidates.map((u) => u.name.toLowerCase()));
		return names.size === 1 ? (candidates.find((u) => u.titled) ?? candidates[0]) : undefined;
	};
	return uses.map((use) => {
		if (use.words.length === 1) {
			const word = use.words[0]!;
			const full =
				only(people.filter((p) => p.words[p.words.length - 1] === word)) ??
				only(people.filter((p) => p.words[0] === word));
			if (full) return [use, full];
			if (/^\p{Lu}{2,6}$/u.test(use.name)) {
				const initials = organizations.filter(
					(o) =>
						o.name
							.split(' ')
							.filter((w) => /^\p{Lu}/u.test(w))
							.map((w) => w[0])
							.join('') === use.name
				);
				const organization = only(initials);
				if (organization) return [use, organization];
			}
		}
		return [use, use];
	});
}
