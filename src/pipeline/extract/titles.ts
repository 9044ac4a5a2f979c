/**
 * Event titles written from the extracted parts, headline style: "Putin and Erdogan agree to create a
 * demilitarized zone", "Russia, Turkey and Iran hold talks in Astana", "Memorandum on de-escalation
 * zones signed in Astana". Pure string work; the event rules decide which parts to pass.
 */
import type { ActorKind } from '../../lib/model/types.ts';
import type { Span } from './types.ts';

/** What a title is written from. Offsets are into the article body, like the sentence's. */
export interface TitleParts {
	sentence: Span;
	/** The trigger word the title's verb comes from, with its base form and grammar. */
	trigger: Span & { lemma: string; form: string; type?: string; aspect?: string; objectBefore?: boolean };
	/** Short names of the acting actors, in text order ("Putin", "Turkey"). */
	subjects: string[];
	/** A single subject that is plural ("Rebel delegates"): the verb takes its base form. */
	plural?: boolean;
	/** Stretches to leave out of the object phrase: the date expression, mostly. */
	skip?: Span[];
}

const MAX_OBJECT = 70;
const MAX_SUBJECT = 40;
/** Where the object phrase ends: clause punctuation or a word that starts another clause. */
const CLAUSE_END =
	/[,;:()—–]|\s(?:which|who|while|whereas|when|where|because|although|but|after|before|as|amid|averting|saying|according)\b/i;
/** "called the situation dangerous and said …": a second verb starts a second clause. */
const SECOND_VERB = / and (?=said |says |told |added |[a-z]+ed )/;
/** Words a headline cannot end on. */
const TRAILING = new Set(
	'and or the a an of to in on at for with by from that its their his her as into over about would will was were is are'.split(
		' '
	)
);
const PREPOSITION_START =
	/^(?:in|on|at|with|of|to|between|among|over|for|by|about|near|outside|into|against)\b/i;
/** What a removed date leaves behind: its preposition, and "later"/"earlier" before it ("later on Tuesday"). */
const DATE_PREPOSITION =
	/\s*\b(?:(?:later|earlier)\s+)?(?:on|in|at|from|between|during|since|until|by|for|of|over)\s*$|\s+(?:later|earlier)\s*$/i;
/** Where a too-long object may end and still read as a phrase: before a preposition, "to", "that"… */
const PHRASE_BREAK =
	/\s(?:to|that|which|who|with|for|from|of|in|on|at|by|about|over|into|against|between|among|meant|because|if|whether|and|but|so)\s/gi;
/** Verbs whose object runs on through "as": "described the operation as a one-time shot". */
const AS_VERB =
	/\b(?:describ|regard|call|brand|view|consider|label|condemn|dismiss|reject|denounc|welcom|prais|criticis|criticiz|see|saw|seen)\w*\b[^,;]*$/i;
const RELATIVE_ASIDE = /,\s(?:who|which|whose)\b[^,]*,/g;
/** Bodies that are the subject of "resume", "open", "convene": "the UN-led talks in Geneva, which resume". */
const BODY_SUBJECT =
	/\b((?:[A-Z][\w-]*\s+|[\w-]+\s+)?(?:talks|round|session|committee|congress|conference|negotiations))\b/gi;
const AUXILIARY =
	/(?:\s+(?:was|were|is|are|been|being|be|has|have|had|must|will|would|should|can|could|to|also|reportedly|already|later))+\s*$/i;
const NOMINAL_END = /\s(?:was|were|is|are|has|have|had|would|will|could|should|must|did|does|said|says)\b/i;
/** Words a clause starts with that a headline drops: "when 33 soldiers were killed" → "33 soldiers killed". */
const SUBORDINATOR = /\b(?:when|after|as|while|since|before|until|because|although|once|where)\s+/i;
const RELATIVE = /\b(?:that|which|whom)\b[^,]*$/i;
const MAIN_VERB_START = /^(?:has|have|had|was|were|is|are|would|will|could|should|must)\b/i;
const LEADING_DETERMINER =
	/^(?:(?:when|after|as|while|since|before|until|because|although|once|a|an|the)\s+)+/i;

/** Third person singular of a base form ("meet" → "meets", "hold talks" → "holds talks"). */
export function thirdPerson(lemma: string): string {
	const space = lemma.indexOf(' ');
	const verb = space < 0 ? lemma : lemma.slice(0, space);
	const rest = space < 0 ? '' : lemma.slice(space);
	const inflected = /(?:s|sh|ch|x|z|o)$/.test(verb)
		? verb + 'es'
		: /[^aeiou]y$/.test(verb)
			? verb.slice(0, -1) + 'ies'
			: verb + 's';
	return inflected + rest;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: string[]): string {
	if (names.length <= 1) return names[0] ?? '';
	return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The name a headline uses: surnames for people ("Bashar al-Assad" → "Assad"), names otherwise. */
export function shortName(actor: { name: string; kind: ActorKind; aliases?: string[] }): string {
	if (actor.kind !== 'person') {
		const words = actor.name.split(/\s+/);
		const acronym = actor.aliases?.find((a) => /^[A-Z]{2,6}$/.test(a));
		return words.length >= 3 && acronym ? acronym : actor.name;
	}
	const words = actor.name.trim().split(/\s+/);
	// Keep lower-case particles that belong to the surname: "de Mistura", "bin Salman".
	let i = words.length - 1;
	while (i > 0 && /^(?:de|da|di|del|van|von|der|bin|ibn|el|le|la)$/.test(words[i - 1]!)) i--;
	const surname = words.slice(i).join(' ');
	return surname.replace(/^(?:al|el)-(?=[A-Z])/, '');
}

function cutAtWord(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max + 1);
	const space = cut.lastIndexOf(' ');
	return unbroken(text, space > 0 ? cut.slice(0, space) : cut.slice(0, max));
}

const QUOTES = /["“”]/g;

/**
 * A cut of `text` backed off until it breaks nothing: not inside a quoted phrase, a number ("1.5
 * million") or a name ("Amy | Klobuchar").
 */
function unbroken(text: string, cut: string): string {
	let out = cut;
	for (;;) {
		const next = text.slice(out.length).trimStart().split(/\s+/)[0] ?? '';
		const words = out.split(' ');
		const last = words[words.length - 1] ?? '';
		const openQuote = (out.match(QUOTES)?.length ?? 0) % 2 === 1;
		const inNumber = /\d$/.test(last) && /^(?:million|billion|trillion|percent|per|%|\d)/i.test(next);
		const inName = /^[A-Z]/.test(last) && /^[A-Z]/.test(next) && words.length > 1;
		if (!(openQuote || inNumber || inName) || words.length <= 1 || next === '') return out;
		out = words.slice(0, -1).join(' ');
	}
}

/**
 * A too-long object cut where a phrase ends ("set up a joint mechanism", not "… to monitor the shaky
 * nationwide"): before the last preposition or clause word that leaves at least a few words.
 */
function cutAtPhrase(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = cutAtWord(text, max);
	let at = -1;
	// Keep most of the allowance: "any arrangement in the south must keep forces away", not "any arrangement".
	let late = -1;
	for (const m of `${cut} `.matchAll(PHRASE_BREAK)) {
		if (m.index >= max * 0.55) late = m.index;
		else if (m.index >= 20) at = m.index;
	}
	if (late > 0) at = late;
	return at > 0 ? unbroken(text, cut.slice(0, at)) : cut;
}

/** The first clause end in `text`, reading "as" on after a verb of describing. */
function clauseEnd(text: string, verb = ''): number | undefined {
	const re = new RegExp(CLAUSE_END.source, 'gi');
	for (let m = re.exec(text); m; m = re.exec(text)) {
		if (/^\sas$/i.test(m[0]) && AS_VERB.test(`${verb} ${text.slice(0, m.index)}`)) continue;
		return m.index;
	}
	return undefined;
}

/** Drop trailing punctuation (a loop: end-anchored regexes rescan the string from every position). */
function stripEnd(text: string, marks: string): string {
	let end = text.length;
	while (end > 0 && (marks.includes(text[end - 1]!) || text.charCodeAt(end - 1) <= 32)) end--;
	return text.slice(0, end);
}

function trimEnd(text: string): string {
	let out = stripEnd(text.trim(), ',;:.\'"“”’-');
	for (let space = out.lastIndexOf(' '); space > 0; space = out.lastIndexOf(' ')) {
		if (!TRAILING.has(out.slice(space + 1).toLowerCase())) break;
		out = stripEnd(out.slice(0, space), ',;:.');
	}
	return out;
}

/** The sentence text between two body offsets with the skipped spans (and their prepositions) removed. */
function textBetween(sentence: Span, from: number, to: number, skip: Span[]): string {
	let out = '';
	let at = from;
	for (const s of [...skip].sort((a, b) => a.start - b.start)) {
		if (s.end <= at || s.start >= to) continue;
		out += sentence.text
			.slice(at - sentence.start, Math.max(at, s.start) - sentence.start)
			.replace(DATE_PREPOSITION, ' ');
		at = Math.min(to, s.end);
	}
	out += sentence.text.slice(at - sentence.start, to - sentence.start);
	return out.replace(/\s+/g, ' ');
}

const ATTRIBUTION_TAIL =
	/^(?:in an? (?:statement|speech|interview|address)|(?:to )?(?:reporters|journalists)|on (?:Twitter|television))?$/i;
/** Words of a speaker named after the verb ("…, said Senator Amy Klobuchar"), besides capitalised ones. */
const SPEAKER_WORD =
	/^(?:[A-Z][\w.'’-]*|the|of|and|a|an|former|chief|senior|deputy|foreign|minister|spokesman|spokeswoman|official|officials|economist|analyst|president|secretary|general|who)$/;

/** The speaker named right after a verb of saying at the end of a sentence ("…, said Senator Amy Klobuchar"). */
export function invertedSpeaker(sentence: Span, trigger: Span, skip: Span[] = []): Span | undefined {
	const rest = sentence.text.slice(trigger.end - sentence.start);
	const stop = rest.search(/[,;]/);
	const upTo = stop < 0 ? sentence.end : trigger.end + stop;
	const tail = textBetween(sentence, trigger.end, upTo, skip)
		.replace(/[\s.,;:!?"'”’]+$/g, '')
		.trim();
	const words = tail.split(/\s+/);
	if (tail === '' || words.length > 7 || !/^[A-Z]/.test(words[words.length - 1]!)) return undefined;
	if (!words.every((w) => SPEAKER_WORD.test(w))) return undefined;
	const head = sentence.text.slice(0, trigger.start - sentence.start).trimEnd();
	if (!/[,"”]$/.test(head)) return undefined;
	const start = sentence.text.indexOf(tail, trigger.end - sentence.start) + sentence.start;
	return { text: tail, start, end: start + tail.length };
}

/**
 * "…, the Kremlin said on Tuesday.": a verb of saying at the end of its sentence, reporting the clause
 * before it.
 */
export function isTrailingAttribution(sentence: Span, trigger: Span, skip: Span[] = []): boolean {
	// Only the words up to the next comma matter; most verbs fail on the first of them.
	const rest = sentence.text.slice(trigger.end - sentence.start);
	const stop = rest.search(/[,;]/);
	const upTo = stop < 0 ? sentence.end : trigger.end + stop;
	const tail = textBetween(sentence, trigger.end, upTo, skip)
		.replace(/[\s.,;:!?"'”’]+/g, ' ')
		.trim();
	const head = sentence.text.slice(0, trigger.start - sentence.start);
	const comma = head.lastIndexOf(',');
	// The speaker alone stands between the comma and the verb: ", the Kremlin said".
	const speaker = head
		.slice(comma + 1)
		.replace(/["“”]/g, '')
		.trim()
		.split(/\s+/);
	if (comma >= 0 && invertedSpeaker(sentence, trigger, skip)) return true;
	return ATTRIBUTION_TAIL.test(tail) && comma >= 0 && speaker.length <= 8;
}

/** The clause a trailing attribution reports: the sentence up to its last comma before the speaker. */
function reportedClause(parts: TitleParts): string {
	const { sentence, trigger, skip = [] } = parts;
	const before = textBetween(sentence, sentence.start, trigger.start, skip);
	const comma = before.lastIndexOf(',');
	let text = before.slice(0, comma).trim().replace(/^["“]/, '');
	const end = clauseEnd(text);
	if (end !== undefined && end > 0) text = text.slice(0, end);
	// "The leaders will discuss …, Kalin told reporters" → "Kalin says the leaders will discuss …".
	text = text.replace(/^(?:The|A|An|This|These|Those|Its|Their)\b/, (w) => w.toLowerCase());
	return trimEnd(cutAtPhrase(trimEnd(text), MAX_OBJECT));
}

/** The phrase after the trigger, up to the end of its clause, at most MAX_OBJECT characters. */
function objectPhrase(parts: TitleParts): string {
	const { sentence, trigger, skip = [] } = parts;
	const saying = trigger.type === 'statement';
	if (saying && trigger.form !== 'noun' && isTrailingAttribution(sentence, trigger, skip))
		return reportedClause(parts);
	let text = textBetween(sentence, trigger.end, sentence.end, skip).trim();
	// "said late on Sunday, after a call with Erdogan, that Turkey would…": skip the aside.
	if (text.startsWith(',')) text = text.replace(/^,[^,]*,\s*/, '');
	text = text.replace(/^that\s+/i, '').replace(RELATIVE_ASIDE, '');
	const ends = [clauseEnd(text, trigger.lemma), SECOND_VERB.exec(text)?.index].filter((i) => i !== undefined);
	if (ends.length > 0) text = text.slice(0, Math.min(...ends));
	text = trimEnd(cutAtPhrase(trimEnd(text), MAX_OBJECT));
	// "the ceasefire that they agreed in March has largely held": the sentence's own verb, not an object.
	if (MAIN_VERB_START.test(text)) return '';
	// Inside a relative clause the next auxiliary is the main clause's: "that they agreed in March has held".
	const before = sentence.text.slice(0, trigger.start - sentence.start);
	if (!saying && RELATIVE.test(before)) {
		const verb = NOMINAL_END.exec(text);
		if (verb) text = trimEnd(text.slice(0, verb.index));
	}
	const nominal = trigger.form === 'noun' || (trigger.form === 'gerund' && !saying) || trigger.objectBefore;
	if (nominal) {
		// A noun's object is a prepositional phrase ("talks in Astana"), not the verb that follows it
		// ("an agreement on Idlib was being carried out").
		const verb = NOMINAL_END.exec(text);
		if (verb) text = trimEnd(text.slice(0, verb.index));
		// "withdrawal of all US troops" → "withdraws all US troops".
		if (!trigger.lemma.includes(' ') && /^of\s/i.test(text)) return text.slice(3);
		if (!PREPOSITION_START.test(text) && trigger.form !== 'gerund') return '';
	}
	return text;
}

/** The passive clause's subject: "a memorandum … was signed" → "Memorandum". */
function passiveSubject(parts: TitleParts): string {
	const { sentence, trigger, skip = [] } = parts;
	let text = textBetween(sentence, sentence.start, trigger.start, skip);
	const clauseStart = Math.max(text.lastIndexOf(','), text.lastIndexOf(';'), text.lastIndexOf(':'));
	let subject = text
		.slice(clauseStart + 1)
		.replace(AUXILIARY, '')
		.trim();
	// "Ankara struck back when 33 soldiers were killed": the passive clause starts at its subordinator.
	subject = subject.split(SUBORDINATOR).pop()!.trim() || subject;
	// "…, a Russian Il-20 aircraft, which was shot down": the antecedent before the comma.
	if (/^(?:which|that|who)$/i.test(subject)) {
		const before = text.slice(0, Math.max(0, clauseStart)).trim();
		const article = Math.max(
			before.lastIndexOf(' a '),
			before.lastIndexOf(' an '),
			before.lastIndexOf(' the ')
		);
		subject = article >= 0 ? before.slice(article + 1) : '';
	}
	text = subject.replace(LEADING_DETERMINER, '');
	return trimEnd(cutAtWord(text, MAX_SUBJECT));
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A headline for one event: subjects, the trigger's verb in the present tense, the object phrase cut at
 * a word. Never empty, never the whole sentence.
 */
export function titleOf(parts: TitleParts): string {
	// Invisible format marks (a right-to-left mark from Arabic text, a zero-width joiner) would end up
	// inside the title and its accessible name.
	return headline(parts)
		.title.replace(/\p{Cf}+/gu, '')
		.replace(/\s{2,}/g, ' ')
		.trim();
}

/** "the UN-led talks in Geneva, which resume on July 10": the body before the verb is its subject. */
function bodySubject(parts: TitleParts): string {
	const { sentence, trigger } = parts;
	if (!/^(?:resume|open|convene|reconvene)$/.test(trigger.lemma)) return '';
	const before = sentence.text.slice(0, trigger.start - sentence.start);
	let last: RegExpMatchArray | undefined;
	for (const m of before.matchAll(BODY_SUBJECT)) last = m;
	if (!last) return '';
	// Only a body right before the verb, or before ", which" and the verb.
	const gap = before.slice(last.index! + last[0].length);
	if (!/^(?:\s+in\s+[A-Z]\w+)?(?:\s*,\s*(?:which|that))?\s*(?:will|would|to)?\s*$/.test(gap)) return '';
	return last[1]!.replace(/^(?:the|a|an|its|their)\s+/i, '');
}

/**
 * The headline and whether it has an object: a verb of saying without one ("United States says") is no
 * headline, and the event rules drop it.
 */
export function headline(parts: TitleParts): { title: string; bare: boolean } {
	const { trigger, subjects } = parts;
	const object = objectPhrase(parts);
	let title: string;
	const passive = trigger.aspect === 'passive' ? passiveSubject(parts) : '';
	const body = object === '' ? bodySubject(parts) : '';
	const bare = object === '' && !passive && !body && trigger.form !== 'noun';
	if (body) {
		const plural = /s$/.test(body);
		title = `${body} ${plural ? trigger.lemma : thirdPerson(trigger.lemma)}`;
	} else if (passive) {
		title = `${passive} ${trigger.text}${object ? ' ' + object : ''}`;
	} else if (subjects.length > 0) {
		// "Assad meets Syrian President Bashar al-Assad": an actor named in the object is not its subject.
		const named = subjects.filter(
			(s) => !new RegExp(`\\b${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(object)
		);
		const who = named.length > 0 ? named : subjects;
		// "…, Kalin told reporters": the reported clause is what he says.
		const lemma =
			trigger.lemma === 'tell' && isTrailingAttribution(parts.sentence, trigger, parts.skip)
				? 'say'
				: trigger.lemma;
		const verb = who.length === 1 && !parts.plural ? thirdPerson(lemma) : lemma;
		title = `${joinNames(who.slice(0, 3))} ${verb}${object ? ' ' + object : ''}`;
	} else {
		title = `${trigger.text}${object ? ' ' + object : ''}`;
	}
	title = capitalise(title.replace(/\s+/g, ' ').trim());
	// A sentence that is already a headline ("Talks resumed in Geneva.") would come back whole: shorten it.
	if (title.toLowerCase() === trimEnd(parts.sentence.text).toLowerCase()) {
		title = trimEnd(cutAtWord(title, Math.max(12, title.length - 12)));
	}
	return { title: title || capitalise(trigger.lemma), bare };
}
