/**
 * Events of one article: sentences → triggers, dates, actors and places → one event per reported
 * occurrence per sentence. The stages are injected, so this file holds only the rules that tie them
 * together:
 *
 * - Triggers of the same type close together ("signed a memorandum") are one occurrence.
 * - Each DATE expression belongs to the nearest occurrence in its clause (distance in words, each clause
 *   boundary between them costing more; a date after its trigger, linked by on/in/at…, is preferred).
 *   An occurrence takes the best date linked to it.
 * - An undated occurrence followed by "when/during/at … <dated occurrence>" shares that date ("agreed on
 *   a ceasefire when they met on Friday").
 * - A sentence with no dated occurrence reports a statement if its reporting verb is in the simple past,
 *   present or present perfect ("said", "has urged"): dated by the article, `inferred`. Past perfect
 *   ("had rejected") and progressive ("has been warning") describe background, not the news.
 * - Negated and hedged triggers ("failed to agree", "could meet", "talks that had been scheduled") report
 *   no occurrence of their own; the sentence's other triggers still may.
 * - Undated non-statements are not placed on the timeline. Events without actors are dropped.
 */
import type { ActorId, ActorKind, ArticleId, EventType, IsoDate } from '../../lib/model/types.ts';
import { scanTriggers, tokenize, type FoundTrigger, type Token } from './triggers.ts';
import { headline, invertedSpeaker, isTrailingAttribution, shortName } from './titles.ts';
import { analyseDocument, firstEndingAfter } from './tokens.ts';
import { confidenceOf } from './confidence.ts';
import { modalityOf, type Modality } from './modality.ts';
import type { ActorMention, ExtractedEvent, PlaceMention, Span, Timex } from './types.ts';

export interface ArticleInput {
	id: ArticleId;
	published: IsoDate;
	body: string;
}

/** Per-article actor state (surname back-off): ask it about every sentence, in order. */
export interface ArticleActors {
	mentions(sentence: Span, date: IsoDate): ActorMention[];
}

export interface ExtractDeps {
	sentences(text: string): Span[];
	tagDates(text: string, dct: IsoDate): Timex[];
	actors: { article(): ArticleActors };
	places: { find(sentence: Span): PlaceMention[] };
	/** The gazetteer's name and kind of an actor, for headlines ("Putin", "Russia"). */
	actorInfo?(
		id: ActorId
	):
		{ name: string; kind: ActorKind; aliases?: string[]; roles?: unknown[]; memberOf?: string[] } | undefined;
	/** The state a place is in (`data/places.yaml`'s `country`), for talks hosted there. */
	placeCountry?(place: string): ActorId | undefined;
}

/** Triggers of one occurrence: same type, adjacent in one clause. */
interface Occurrence {
	type: EventType;
	cameo: string;
	triggers: FoundTrigger[];
	/** The trigger that names it: the first verb, else the last noun ("round of talks" → talks). */
	head: FoundTrigger;
	first: number;
	last: number;
	timex?: Timex;
	score: number;
	modality?: Modality;
}

const CLAUSE_WORDS = new Set(['while', 'but', 'which', 'whereas', 'although', 'who', 'because', 'whose']);
const CLAUSE_PUNCT = new Set([',', ':', '(', ')', '—', '–']);
const DATE_PREPOSITIONS = new Set([
	'on',
	'in',
	'at',
	'from',
	'between',
	'during',
	'since',
	'until',
	'by',
	'for',
	'over'
]);
const SHARING_WORDS = new Set(['when', 'during', 'at', 'after']);
const LOCATIVE = /\b(?:in|at|to|near|outside|inside|into)\b[^,;.]{0,36}$/i;
const OBJECT_BREAKS = new Set([
	'that',
	'on',
	'in',
	'at',
	'after',
	'before',
	'during',
	'since',
	'by',
	'for',
	'with'
]);
/** Words that make a meeting a session of negotiations: "the round, which Kazakhstan hosted". */
const TALKS_CONTEXT = new Set([
	'delegations',
	'committee',
	'round',
	'rounds',
	'congress',
	'session',
	'negotiations'
]);
const TALKS_WINDOW = 16;
const RELATIVE_ASIDE = /,\s(?:who|which|whose|whom)\b[^,]*,/g;
/** Longer than any real sentence (the longest in the corpus is ~400 characters). */
const MAX_SENTENCE = 1500;
/** How far apart two same-type triggers may be and still be one occurrence, in words. */
const GROUP_GAP = 4;

/** Cost of the words between two token indexes: one per word, more per clause boundary. */
function gapCost(tokens: Token[], from: number, to: number): number {
	let cost = Math.max(0, to - from);
	for (let i = from + 1; i < to; i++) {
		const t = tokens[i]!.lower;
		if (t === ';') cost += 50;
		else if (CLAUSE_PUNCT.has(t) || CLAUSE_WORDS.has(t)) cost += 3;
	}
	return cost;
}

function groupOccurrences(triggers: FoundTrigger[], tokens: Token[]): Occurrence[] {
	const groups: FoundTrigger[][] = [];
	for (const t of triggers) {
		const current = groups[groups.length - 1];
		const previous = current?.[current.length - 1];
		const near =
			previous !== undefined &&
			t.token - previous.lastToken <= GROUP_GAP &&
			!tokens
				.slice(previous.lastToken + 1, t.token)
				.some((k) => CLAUSE_PUNCT.has(k.lower) || k.lower === ';');
		// "suspended the memorandum", "said the strikes were limited": a noun right after a verb is its
		// object, part of the verb's occurrence; not across "that" or a preposition ("said on Friday that").
		const object =
			near &&
			previous.form !== 'noun' &&
			t.form === 'noun' &&
			t.token - previous.lastToken <= GROUP_GAP &&
			!tokens.slice(previous.lastToken + 1, t.token).some((k) => OBJECT_BREAKS.has(k.lower));
		// Compare with the group's first trigger: an absorbed object does not pull in more of its own type.
		if (current && near && (current[0]!.type === t.type || object)) {
			current.push(t);
		} else groups.push([t]);
	}
	return groups.map((g) => {
		const verb = g.find((t) => t.form !== 'noun');
		const head = verb ?? g[g.length - 1]!;
		return {
			type: head.type,
			cameo: head.cameo,
			triggers: g,
			head,
			first: g[0]!.token,
			last: g[g.length - 1]!.lastToken,
			score: Infinity
		};
	});
}

/** Token indexes a span covers (first and last), or undefined if none. */
function tokenRange(tokens: Token[], span: Span): [number, number] | undefined {
	let first = -1;
	let last = -1;
	for (let i = firstEndingAfter(tokens, span.start); i < tokens.length; i++) {
		const t = tokens[i]!;
		if (t.end <= span.start) continue;
		if (t.start >= span.end) break;
		if (first < 0) first = i;
		last = i;
	}
	return first < 0 ? undefined : [first, last];
}

function reportedClauseBetween(tokens: Token[], from: number, to: number): boolean {
	if (to - from > 8) return true;
	for (let i = from + 1; i < to; i++) if (tokens[i]!.lower === 'that') return true;
	return false;
}

/** Words that open a clause whose date is its own: "weeks after Russian forces entered…", "who took over in January". */
const SUBORDINATORS = new Set([
	'after',
	'before',
	'since',
	'until',
	'following',
	'who',
	'which',
	'whose',
	'whom'
]);
const RELATIVES = new Set(['who', 'which', 'whose', 'whom']);
/** Past forms that do not end in -ed, for telling a clause ("after the talks began") from a phrase. */
const IRREGULAR_PAST = new Set([
	'began',
	'came',
	'went',
	'met',
	'made',
	'took',
	'held',
	'struck',
	'said',
	'told',
	'won',
	'led',
	'fell',
	'left',
	'flew',
	'ran',
	'sent',
	'saw',
	'gave',
	'got',
	'brought',
	'broke'
]);
const PREMODIFIER_DETERMINERS = new Set([
	'a',
	'an',
	'the',
	'its',
	'their',
	'his',
	'her',
	'our',
	'this',
	'that'
]);
const AUXILIARIES = new Set([
	'was',
	'were',
	'is',
	'are',
	'has',
	'have',
	'had',
	'did',
	'does',
	'do',
	'would',
	'will',
	'could',
	'should',
	'can',
	'may',
	'might',
	'must'
]);
/** After "was"/"would be" these still say when the noun's occurrence takes place ("was held on…"). */
const DATING_PARTICIPLES = new Set([
	'held',
	'signed',
	'scheduled',
	'planned',
	'due',
	'set',
	'expected',
	'reached',
	'agreed',
	'concluded',
	'completed',
	'launched',
	'opened',
	'convened',
	'hosted',
	'announced',
	'declared',
	'struck',
	'to',
	'in',
	'begin',
	'start',
	'take',
	'resume',
	'end',
	'expire'
]);

/**
 * The token range of the subordinate clause around token `i` ("since the city was renamed in March"):
 * from its subordinator to the next clause mark, or undefined when `i` is in no such clause. A
 * subordinator right before a date is only its preposition ("since 2011").
 */
function subordinateClause(
	tokens: Token[],
	i: number,
	timex?: [number, number]
): [number, number] | undefined {
	let start = -1;
	for (let j = i - 1; j >= 0; j--) {
		const t = tokens[j]!.lower;
		if (CLAUSE_PUNCT.has(t) || t === ';') break;
		if (SUBORDINATORS.has(t) && !(timex && j === timex[0] - 1)) {
			start = j;
			break;
		}
	}
	if (start < 0) return undefined;
	let end = tokens.length;
	for (let j = i + 1; j < tokens.length; j++) {
		const t = tokens[j]!.lower;
		if (!CLAUSE_PUNCT.has(t) && t !== ';') continue;
		// ", scheduled for April 25": a participle after the comma still describes the clause's noun.
		const next = tokens[j + 1]?.lower ?? '';
		if (t === ',' && (DATING_PARTICIPLES.has(next) || /ed$/.test(next))) continue;
		end = j;
		break;
	}
	// "after some six hours of talks in Sochi on 22 October": without a verb it is a phrase, not a clause.
	if (!RELATIVES.has(tokens[start]!.lower)) {
		const upTo = timex ? timex[0] : i + 1;
		let verb = false;
		for (let j = start + 1; j < upTo && !verb; j++) {
			const t = tokens[j]!.lower;
			verb = AUXILIARIES.has(t) || IRREGULAR_PAST.has(t) || /(?:ed|ing)$/.test(t);
		}
		if (!verb) return undefined;
	}
	return [start, end];
}

/**
 * "its 2013 commitment", "a 1998 security pact", "their September 2018 Sochi memorandum": a date between a
 * determiner and a noun describes that noun, and dates only a trigger within the noun phrase.
 */
function isPremodifier(tokens: Token[], from: number, to: number): boolean {
	const before = tokens[from - 1]?.lower ?? '';
	const after = tokens[to + 1];
	return (
		(PREMODIFIER_DETERMINERS.has(before) || /['’]s$/.test(before)) &&
		after !== undefined &&
		/^[A-Za-z]/.test(after.text) &&
		!DATE_PREPOSITIONS.has(after.lower) &&
		!CLAUSE_WORDS.has(after.lower) &&
		after.lower !== 'and'
	);
}

/**
 * "the agreement on Idlib was being carried out, even though … the deadline that ran out on Monday": past
 * the noun's own verb and a clause boundary, the date belongs to another verb. "The patrol was shortened on
 * Sunday" and "would be held on November 18" still date the noun.
 */
function verbBetween(tokens: Token[], from: number, to: number): boolean {
	for (let i = from + 1; i < to; i++) {
		if (!AUXILIARIES.has(tokens[i]!.lower)) continue;
		let j = i + 1;
		while (j < to && /^(?:be|been|being|not|also|already|now|still|then)$/.test(tokens[j]!.lower)) j++;
		if (DATING_PARTICIPLES.has(tokens[j]?.lower ?? '')) return false;
		for (let k = j; k < to; k++) {
			const t = tokens[k]!.lower;
			if (CLAUSE_PUNCT.has(t) || CLAUSE_WORDS.has(t) || t === 'that' || t === 'though') return true;
		}
		return false;
	}
	return false;
}

/** "December 30, but both sides accuse…": a date does not reach forward into a coordinated clause. */
function coordinatedClauseBetween(tokens: Token[], from: number, to: number): boolean {
	for (let i = from + 1; i < to; i++) {
		if (tokens[i]!.lower !== ',' && tokens[i]!.lower !== ';') continue;
		if (/^(?:but|while|whereas|although|though|and|yet)$/.test(tokens[i + 1]?.lower ?? '')) return true;
	}
	return false;
}

/** Whether a date may date an occurrence at all, before distances are compared. */
function mayLink(o: Occurrence, tokens: Token[], from: number, to: number): boolean {
	if (isPremodifier(tokens, from, to)) {
		return o.triggers.some((t) => t.form === 'noun' && t.token > to && t.token <= to + 3);
	}
	// A date inside a subordinate clause dates that clause's occurrence, and only it.
	const dateClause = subordinateClause(tokens, from, [from, to]);
	if (dateClause && (o.first < dateClause[0] || o.first > dateClause[1])) {
		// "the round, which ran over 3-4 May": a relative clause dates its antecedent too.
		const antecedent =
			RELATIVES.has(tokens[dateClause[0]]!.lower) &&
			o.last < dateClause[0] &&
			dateClause[0] - o.last <= (tokens[dateClause[0] - 1]?.lower === ',' ? 2 : 1);
		if (!antecedent) return false;
	}
	const triggerClause = subordinateClause(tokens, o.first);
	if (triggerClause && (from < triggerClause[0] || from > triggerClause[1])) return false;
	if (o.last < from && o.triggers.every((t) => t.form === 'noun') && verbBetween(tokens, o.last, from))
		return false;
	if (o.first > to && coordinatedClauseBetween(tokens, to, o.first)) return false;
	return true;
}

/** Link each date expression to the occurrence it most likely dates. */
function linkDates(occurrences: Occurrence[], timexes: Timex[], tokens: Token[]): void {
	for (const timex of timexes) {
		const range = tokenRange(tokens, timex);
		if (!range) continue;
		const [from, to] = range;
		let best: Occurrence | undefined;
		let bestScore = Infinity;
		for (const o of occurrences) {
			if (!mayLink(o, tokens, from, to)) continue;
			let score: number;
			if (o.last < from) {
				// "said that … in 2013": a date inside the reported clause dates what it reports, not the saying.
				if (o.type === 'statement' && o.head.reporting && reportedClauseBetween(tokens, o.last, from))
					continue;
				score = gapCost(tokens, o.last, from);
				if (
					DATE_PREPOSITIONS.has(tokens[from - 1]?.lower ?? '') ||
					DATE_PREPOSITIONS.has(tokens[from]!.lower)
				)
					score -= 1;
			} else if (o.first > to) {
				// "… September 2018, when Moscow and Ankara agreed": the date introduces the clause.
				const when =
					tokens[to + 1]?.lower === 'when' ||
					(tokens[to + 1]?.lower === ',' && tokens[to + 2]?.lower === 'when');
				// Otherwise a date before its trigger is a weaker link, except as the sentence's opening adverbial.
				score = when ? o.first - to : gapCost(tokens, to, o.first) + (from === 0 ? 1 : 6);
			} else score = 0;
			if (score < bestScore) {
				bestScore = score;
				best = o;
			}
		}
		if (best && bestScore < best.score) {
			best.score = bestScore;
			best.timex = timex;
		}
	}
}

/** Delegations meeting for a round, a committee sitting: the meeting is a session of talks. */
function asTalks(o: Occurrence, tokens: Token[]): void {
	if (o.type !== 'meeting' || (o.cameo !== '040' && o.cameo !== '043')) return;
	const from = Math.max(0, o.first - TALKS_WINDOW);
	const to = Math.min(tokens.length, o.last + TALKS_WINDOW + 1);
	for (let i = from; i < to; i++) {
		// "met … to prepare the ground for the round": a purpose clause names another occurrence.
		if (i > o.last && tokens[i]!.lower === 'to') break;
		if (TALKS_CONTEXT.has(tokens[i]!.lower)) {
			o.type = 'talks';
			o.cameo = '046';
			return;
		}
	}
}

/** "agreed on a ceasefire when they met on Friday": the undated occurrence shares the later one's date. */
/**
 * "The truce, negotiated with Jordan, …", "a ceasefire declared by Russia": a participle right after a
 * noun occurrence describes it. The noun's occurrence takes the participle's date; the participle reports
 * nothing of its own.
 */
function foldModifiers(occurrences: Occurrence[], tokens: Token[]): void {
	for (let k = occurrences.length - 1; k > 0; k--) {
		const p = occurrences[k]!;
		const n = occurrences[k - 1]!;
		const verb = p.triggers[0]!;
		if (n.head.form !== 'noun' || n.triggers.some((t) => t.form !== 'noun')) continue;
		if (verb.form !== 'participle' && verb.form !== 'past') continue;
		if (verb.aspect !== 'simple' && verb.aspect !== 'passive') continue;
		const gap = p.first - n.last;
		// After a comma a verb of saying is the main clause's ("the opposition, now led by X, insisted").
		const afterComma = tokens[p.first - 1]?.lower === ',' && gap <= 5 && !verb.reporting;
		const byAgent = gap === 1 && (tokens[p.last + 1]?.lower === 'by' || tokens[p.last + 2]?.lower === 'by');
		if (!afterComma && !byAgent) continue;
		if (!n.timex && p.timex) {
			n.timex = p.timex;
			n.score = p.score;
		}
		occurrences.splice(k, 1);
	}
}

function shareDates(occurrences: Occurrence[], tokens: Token[]): void {
	for (const o of occurrences) {
		// Only verbs: an undated noun ("build on the truce when …") usually names something that already exists.
		if (o.timex || o.type === 'statement' || o.head.form === 'noun') continue;
		const later = occurrences.find((p) => p.first > o.last && p.timex);
		if (!later) continue;
		const between = tokens.slice(o.last + 1, later.first);
		if (between.some((t) => t.lower === ';')) continue;
		if (between.some((t) => SHARING_WORDS.has(t.lower))) {
			o.timex = later.timex;
			o.score = later.score + gapCost(tokens, o.last, later.first);
		}
	}
}

function isReportedSaying(t: FoundTrigger): boolean {
	return t.reporting && !t.negated && !t.blocked && (t.aspect === 'simple' || t.aspect === 'perfect');
}

function choosePlace(places: PlaceMention[], sentence: Span, head: FoundTrigger): string | undefined {
	let best: PlaceMention | undefined;
	for (const p of places) {
		const before = sentence.text.slice(Math.max(0, p.start - sentence.start - 40), p.start - sentence.start);
		if (!LOCATIVE.test(before)) continue;
		if (!best || Math.abs(p.start - head.start) < Math.abs(best.start - head.start)) best = p;
	}
	return best?.place;
}

function kindOf(m: ActorMention, deps: ExtractDeps): ActorKind | undefined {
	return m.unknown?.kind ?? deps.actorInfo?.(m.actor)?.kind;
}

function nameOf(m: ActorMention, deps: ExtractDeps): string {
	if (m.unknown) return shortName({ name: m.unknown.name, kind: m.unknown.kind });
	const info = deps.actorInfo?.(m.actor);
	if (info) return shortName(info);
	// Without the gazetteer: the mention's last word for names ("Vladimir Putin" → "Putin").
	const words = m.text.replace(/^the\s+/i, '').split(/\s+/);
	return m.rule === 'name' || m.rule === 'surname'
		? words[words.length - 1]!
		: m.text.replace(/^the\s+/i, '');
}

/** Who a headline names as acting, and the actors behind those names. */
interface Subject {
	names: string[];
	ids: ActorId[];
	/** A subject taken from the text ("Rebel delegates"): plural or not, for the verb's agreement. */
	plural?: boolean;
	/** Names taken from the text, not from actors: not carried to a later "he" or "they". */
	textual?: boolean;
}

/** Where the trigger's clause starts: after ";" or a contrasting conjunction ("…, while the opposition insisted"). */
const CLAUSE_OPENER = /(?:;|,?\s(?:while|whereas|although|though|but)\s)/g;
const PRONOUN_SUBJECT = /^(?:he|she|they)$/i;
const SUBJECT_DROP = /^(?:(?:the|a|an|its|their|his|her|also|meanwhile|now)\s+)+/i;
const SUBJECT_TRAIL =
	/(?:\s+(?:has|have|had|was|were|is|are|will|would|could|should|can|must|may|might|also|again|repeatedly|already|always|now|then|still|reportedly|later|earlier|on|not))+$/i;
const FINITE_FORMS = new Set(['present', 'past', 'participle']);
const MODAL_END = /\b(?:will|would|could|should|can|must|may|might)(?:\s+(?:also|again|now|still|not))?\s*$/i;

function clauseStartOf(sentence: Span, head: FoundTrigger): number {
	const before = sentence.text.slice(0, head.start - sentence.start);
	let start = 0;
	for (const m of before.matchAll(CLAUSE_OPENER)) start = m.index + m[0].length;
	return sentence.start + start;
}

/**
 * The words before a finite verb that name its subject when no actor does ("Rebel delegates refused",
 * "the three countries condemned"): a short phrase with no comma or verb in it, else undefined.
 */
function textualSubject(sentence: Span, head: FoundTrigger, clauseStart: number): string | undefined {
	let text = sentence.text.slice(clauseStart - sentence.start, head.start - sentence.start);
	// "The leaders will meet": a base form after a modal is finite too.
	const modal = head.form === 'base' && MODAL_END.test(text);
	if ((!FINITE_FORMS.has(head.form) && !modal) || (head.aspect !== 'simple' && head.aspect !== 'perfect'))
		return undefined;
	// "In their joint statement, the three countries condemned": the part after the opening phrase.
	const comma = text.lastIndexOf(',');
	if (comma >= 0) text = text.slice(comma + 1);
	text = text.replace(/^["“]/, '').trim().replace(SUBJECT_TRAIL, '').replace(SUBJECT_DROP, '').trim();
	const words = text.split(/\s+/);
	if (!/\p{L}/u.test(text) || words.length > 6) return undefined;
	if (words.some((w) => /^(?:who|which|that|and|or|to|said|says)$/i.test(w) || /[()"“”:;]/.test(w)))
		return undefined;
	// A subject starts with a capital or a plain word, never a preposition or a lone date word.
	if (/^(?:in|on|at|for|by|with|from|after|before|during|as|if|when)$/i.test(words[0]!)) return undefined;
	return text;
}

/** Plural by its head noun ("delegates", "the ministers"; not "a group of delegates"). */
function isPlural(phrase: string): boolean {
	const head = phrase
		.split(/\s+of\s+/)[0]!
		.split(/\s+/)
		.pop()!
		.toLowerCase();
	return /[^su]s$/.test(head) || /^(?:people|police|leaders|both|three|two|four)$/.test(head);
}

/** The actors a headline names: those before the trigger in its clause (else all), people first, at most three. */
function subjectsOf(
	mentions: ActorMention[],
	head: FoundTrigger,
	sentence: Span,
	skip: Span[],
	deps: ExtractDeps,
	previous?: Subject
): Subject {
	const clauseStart = clauseStartOf(sentence, head);
	// "…, said Senator Amy Klobuchar": the speaker after the verb is the subject, and only them.
	const inverted =
		head.type === 'statement' && head.form !== 'noun' ? invertedSpeaker(sentence, head, skip) : undefined;
	if (inverted) {
		const speakers = mentions.filter((m) => m.start >= inverted.start && m.end <= inverted.end);
		if (speakers.length === 0) {
			const words = inverted.text.split(/\s+/);
			return { names: [words[words.length - 1]!], ids: [], textual: true };
		}
		mentions = speakers;
	}
	let before = mentions.filter((m) => m.end <= head.start && m.start >= clauseStart);
	// "…, the Kremlin said.": the speaker stands between the last comma and the verb.
	if (head.type === 'statement' && head.form !== 'noun' && isTrailingAttribution(sentence, head, skip)) {
		const comma = sentence.start + sentence.text.lastIndexOf(',', head.start - sentence.start);
		const speakers = before.filter((m) => m.start > comma);
		if (speakers.length > 0) before = speakers;
	}
	// "Erdogan, who met Putin on Monday, said …": actors inside a relative clause are not the subject.
	const asides = [...sentence.text.slice(0, head.start - sentence.start).matchAll(RELATIVE_ASIDE)];
	if (asides.length > 0) {
		const outside = before.filter(
			(m) =>
				!asides.some(
					(a) => m.start >= sentence.start + a.index && m.end <= sentence.start + a.index + a[0].length
				)
		);
		if (outside.length > 0) before = outside;
	}
	const text = head.form === 'noun' ? undefined : textualSubject(sentence, head, clauseStart);
	// "He urged Moscow …", "Speaking with his Iraqi counterpart, he said": the person the previous report
	// named; "they", the group it named.
	if (text && PRONOUN_SUBJECT.test(text)) {
		const they = text.toLowerCase() === 'they';
		if (previous && !previous.textual && (they ? previous.names.length > 1 : previous.names.length === 1))
			return previous;
	} else if (text && before.length === 0) {
		return { names: [capitalise(text)], ids: [], plural: isPlural(text), textual: true };
	}
	const pool = before.length > 0 ? before : mentions;
	const people = pool.filter(
		(m) =>
			kindOf(m, deps) === 'person' ||
			(!deps.actorInfo &&
				m.rule !== 'demonym' &&
				m.rule !== 'metonym' &&
				/\s/.test(m.text) &&
				m.rule !== 'alias')
	);
	const chosen = people.length > 0 ? people : pool;
	const names: string[] = [];
	const ids: ActorId[] = [];
	for (const m of chosen) {
		const name = nameOf(m, deps);
		if (!names.includes(name) && names.length < 3) {
			names.push(name);
			ids.push(m.actor);
		}
	}
	return { names, ids };
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function uniqueActors(mentions: ActorMention[]): {
	actors: ActorId[];
	unknown: ExtractedEvent['unknownActors'];
} {
	const seen = new Set<ActorId>();
	const unknown: NonNullable<ExtractedEvent['unknownActors']> = [];
	for (const m of mentions) {
		if (seen.has(m.actor)) continue;
		seen.add(m.actor);
		if (m.unknown) unknown.push({ id: m.actor, name: m.unknown.name, kind: m.unknown.kind });
	}
	return { actors: [...seen], unknown: unknown.length > 0 ? unknown : undefined };
}

/** Date expressions that can place an event: dates (and times) with a calendar range. */
function datable(timexes: Timex[]): Timex[] {
	// A decade or a century ("the 11th century temple", "the late 1970s") describes, it does not date:
	// a timeline event needs a year at least.
	const dates = timexes
		.filter((t) => (t.type === 'DATE' || t.type === 'TIME') && t.range && !/^\d{1,3}$/.test(t.value))
		.sort((a, b) => a.start - b.start);
	// "July last year", "Friday this week": the wider expression only places the narrower one beside it.
	return dates.filter((t, k) => {
		const before = dates[k - 1];
		const after = dates[k + 1];
		return (
			!(before && beside(before, t) && within(before, t)) && !(after && beside(t, after) && within(after, t))
		);
	});
}

/** Two date expressions with nothing but a space or a comma between them. */
function beside(a: Timex, b: Timex): boolean {
	return b.start >= a.end && b.start - a.end <= 2;
}

/** The range of `inner` lies inside that of `outer`, and is narrower. */
function within(inner: Timex, outer: Timex): boolean {
	const [i, o] = [inner.range!, outer.range!];
	return o.start <= i.start && i.end <= o.end && (o.start < i.start || i.end < o.end);
}

/** The lead: the sentences whose undated news is the article's own day. */
const LEAD_SENTENCES = 3;
const PAST_AUX = new Set(['was', 'were', 'had', 'did']);

/** Whether the clause of an occurrence has a verb in the past: "Assad made the remarks in a meeting". */
function inPastClause(tokens: Token[], o: Occurrence): boolean {
	for (let i = o.first - 1; i >= 0; i--) {
		const t = tokens[i]!;
		if (CLAUSE_PUNCT.has(t.lower) || t.lower === ';') return false;
		if (t.pos === 'AUX' && PAST_AUX.has(t.lower)) return true;
		if (t.pos === 'VERB' && (IRREGULAR_PAST.has(t.lower) || /ed$/.test(t.lower))) {
			return !AUXILIARIES.has(tokens[i - 1]?.lower ?? '') || PAST_AUX.has(tokens[i - 1]!.lower);
		}
	}
	return false;
}

/** Actors acted on: named after the trigger in its clause, not among the agents ("met Lavrentiev"). */
function recipientsOf(
	mentions: ActorMention[],
	head: FoundTrigger,
	sentence: Span,
	agents: ActorId[]
): ActorId[] {
	const rest = sentence.text.slice(head.end - sentence.start);
	const stop = rest.search(/[;]|,\s(?:while|but|whereas|although|though)\s/);
	const end = stop < 0 ? sentence.end : head.end + stop;
	const out: ActorId[] = [];
	for (const m of mentions) {
		if (m.start < head.end || m.end > end) continue;
		// "the Russian president's special envoy": a possessor is not the one acted on.
		if (/^\s*['’]s\b/.test(sentence.text.slice(m.end - sentence.start))) continue;
		if (!agents.includes(m.actor) && !out.includes(m.actor)) out.push(m.actor);
	}
	return out;
}

/** A person the gazetteer knows with an office, or a state or organisation: a speaker worth reporting. */
function isNotable(id: ActorId, deps: ExtractDeps): boolean {
	const info = deps.actorInfo?.(id);
	if (!info) return false;
	return info.kind !== 'person' || (info.roles?.length ?? 0) > 0 || (info.memberOf?.length ?? 0) > 0;
}

/** A quoted remark in the first person, or a sentence that is all quotation: a feature's voice, not news. */
function isFeatureQuote(sentence: Span): boolean {
	const quoted = /^["“]/.test(sentence.text);
	const firstPerson = /["“][^"”]*\b(?:I|me|my|we|us|our)\b[^"”]*["”]?/.test(sentence.text);
	return (
		firstPerson ||
		(quoted && !/[,”"]\s*(?:\w+\s+){0,8}(?:said|says|told|added|warned|stressed)\b/.test(sentence.text))
	);
}

/** The confidence of a further part of a statement already reported: under the views' threshold. */
const REPEATED_SAYING = 0.45;

/** Two statements of one day by the same speakers. */
function sameSaying(a: ExtractedEvent, b: ExtractedEvent): boolean {
	if (a.type !== 'statement' || a.start !== b.start || !a.agents || !b.agents) return false;
	return a.agents.length === b.agents.length && a.agents.every((x) => b.agents!.includes(x));
}

/** The events one article reports, in text order. */
export function extractArticle(input: ArticleInput, deps: ExtractDeps): ExtractedEvent[] {
	const { id, published, body } = input;
	const sentences = deps.sentences(body);
	// One analysis of the body serves every stage: actors, places and triggers read slices of it.
	analyseDocument(body, sentences);
	const timexes = datable(deps.tagDates(body, published));
	const actorState = deps.actors.article();
	const events: ExtractedEvent[] = [];
	// The subject of the last report, for a "he" or "they" that opens a later one.
	let previous: Subject | undefined;
	let t = 0;
	for (const [index, sentence] of sentences.entries()) {
		while (t < timexes.length && timexes[t]!.start < sentence.start) t++;
		const inSentence: Timex[] = [];
		for (let k = t; k < timexes.length && timexes[k]!.start < sentence.end; k++) inSentence.push(timexes[k]!);
		// Roles ("the Syrian president") are resolved at the date the sentence talks about.
		const mentions = actorState.mentions(sentence, inSentence[0]?.range?.start ?? published);
		// A "sentence" of thousands of characters is a segmentation failure, not a reporting sentence:
		// no event is quoted from it, and the rules below stay linear on huge inputs.
		if (sentence.end - sentence.start > MAX_SENTENCE) continue;
		const tokens = tokenize(sentence);
		const found = scanTriggers(sentence, tokens);
		if (found.length === 0) continue;
		// A trigger inside a date expression is its anchor ("ten days after a summit on September 7"), not a report.
		const usable = found.filter(
			(f) => !f.negated && !f.blocked && !inSentence.some((x) => f.start >= x.start && f.end <= x.end)
		);
		const occurrences = groupOccurrences(usable, tokens);
		for (const o of occurrences) asTalks(o, tokens);
		linkDates(occurrences, inSentence, tokens);
		shareDates(occurrences, tokens);
		foldModifiers(occurrences, tokens);
		let chosen = occurrences.filter((o) => o.timex);
		let inferred = false;
		if (chosen.length === 0) {
			const saying = occurrences.find((o) => o.triggers.some(isReportedSaying));
			if (saying) {
				saying.head = saying.triggers.find(isReportedSaying)!;
				chosen = [saying];
				inferred = true;
			} else if (index < LEAD_SENTENCES) {
				// "Assad made the remarks in a meeting with … Lavrentiev": the lead's undated meeting in a
				// past-tense clause is the news of the day.
				const meeting = occurrences.find((o) => o.type === 'meeting' && inPastClause(tokens, o));
				if (meeting) {
					chosen = [meeting];
					inferred = true;
				}
			}
		}
		// "could meet", "if they agree": speculation is no event, unless dated ahead (then a plan).
		chosen = chosen.filter((o) => {
			o.modality = modalityOf(tokens, o.first);
			if (o.modality !== 'speculative') return true;
			return o.timex?.range !== undefined && o.timex.range.start > published;
		});
		if (chosen.length === 0) continue;
		// One event per occurrence: two occurrences of one type on one date are one report.
		const kept: Occurrence[] = [];
		for (const o of chosen) {
			const twin = kept.findIndex((k) => k.type === o.type && k.timex === o.timex);
			if (twin < 0) kept.push(o);
			else if (o.score < kept[twin]!.score) kept[twin] = o;
		}
		const { actors: named, unknown } = uniqueActors(mentions);
		const places = deps.places.find(sentence);
		let carried: Subject | undefined;
		for (const o of kept) {
			const { head, timex } = o;
			const subject = subjectsOf(mentions, head, sentence, inSentence, deps, previous);
			// A subject carried over from an earlier sentence ("He urged …") brings its actors along.
			const actors = [...named];
			for (const a of subject.ids) if (!actors.includes(a)) actors.unshift(a);
			// "talks … in Kazakhstan's capital, Astana": with no actor named, the host state of the place.
			if (actors.length === 0 && (o.type === 'talks' || o.type === 'meeting')) {
				for (const p of places) {
					const country = deps.placeCountry?.(p.place);
					if (country && !actors.includes(country)) actors.push(country);
				}
			}
			if (actors.length === 0) continue;
			if (!subject.textual && subject.ids.length > 0) carried = subject;
			const range = timex?.range ?? { start: published, end: published, precision: 'day' as const };
			const { title, bare } = headline({
				sentence,
				trigger: head,
				subjects: subject.names,
				plural: subject.plural,
				skip: inSentence
			});
			// "United States says": a saying without what was said reports nothing a reader can use.
			if (bare && o.type === 'statement') continue;
			const event: ExtractedEvent = {
				article: id,
				title,
				type: o.type,
				cameo: o.cameo,
				start: range.start,
				end: range.end,
				precision: range.precision,
				actors,
				quote: { text: sentence.text, start: sentence.start, end: sentence.end },
				trigger: { text: head.text, start: head.start, end: head.end }
			};
			if (range.part) event.part = range.part;
			if (inferred) event.inferred = true;
			if (range.start > published) event.planned = true;
			const agents = subject.ids.filter((a) => actors.includes(a));
			if (agents.length > 0) event.agents = agents;
			const recipients = recipientsOf(mentions, head, sentence, agents);
			if (recipients.length > 0) event.recipients = recipients;
			const known = actors.filter((a) => !unknown?.some((u) => u.id === a)).length;
			event.confidence = confidenceOf({
				explicitDate: !inferred && timex !== undefined,
				precision: range.precision,
				knownActors: known,
				unknownActors: actors.length - known,
				textualSubject: subject.textual === true,
				verb: head.form !== 'noun' && (head.aspect === 'simple' || head.aspect === 'perfect'),
				sentence: index,
				sentences: sentences.length,
				statement: o.type === 'statement',
				notableSpeaker: subject.ids.some((a) => isNotable(a, deps)),
				quoteOnly: isFeatureQuote(sentence),
				tentative: o.modality === 'tentative' || o.modality === 'speculative'
			});
			if (unknown) event.unknownActors = unknown;
			const place = choosePlace(places, sentence, head);
			if (place) event.place = place;
			if (timex) event.timex = { text: timex.text, start: timex.start, end: timex.end };
			// "Atimadi says …" paragraph after paragraph: one statement that day told in parts, the first
			// on the timeline and the rest, below the threshold, only for a reader who asks.
			if (inferred && event.type === 'statement' && events.some((e) => sameSaying(e, event)))
				event.confidence = Math.min(event.confidence, REPEATED_SAYING);
			events.push(event);
		}
		if (carried) previous = carried;
	}
	return events;
}
