/**
 * Actor mentions in article sentences, resolved against the gazetteer (`data/actors.yaml`): names and
 * aliases, surnames once the full name was seen, titles through `roles` on the sentence's date,
 * metonyms ("Ankara") unless they stand where a place does ("talks in Ankara"), demonyms before a
 * state-ish noun ("Turkish forces"), and names the gazetteer lacks behind a title or organisation cue.
 *
 * Everything that depends only on the gazetteer is compiled once in `createActorResolver`: patterns in
 * maps keyed by their first word, so a sentence costs one tokenization and a map lookup per word.
 */
import type { ActorId, IsoDate } from '../../lib/model/types.ts';
import type { GazetteerActor } from '../gazetteer.ts';
import {
	DEMONYMS,
	MONTHS_AND_DAYS,
	findNamesInTokens,
	slugify,
	tokenize,
	tokenizeName,
	type Token
} from './names.ts';
import { HEAD_MODIFIERS, OFFICE_SYNONYMS, STATE_HEADS } from '../world/lexicon.ts';
import type { ActorMention, Span } from './types.ts';

/** Compiled once per build; `article()` starts the state one article keeps (surnames seen so far). */
export interface ActorResolver {
	article(): ArticleActors;
	/** Whether the gazetteer spells the whole of `name`: a name, an alias or a demonym of one of its actors. */
	knows(name: string): boolean;
}

/** The actor mentions of one article's sentences, fed in text order. */
export interface ArticleActors {
	/** Mentions in `sentence` (offsets into the body), roles resolved as held on `date`. */
	mentions(sentence: Span, date: IsoDate): ActorMention[];
}

export interface ResolverOptions {
	/** Places (`data/places.yaml`): a state's alias that is also a place is a metonym ("Ankara"). */
	places?: readonly { name: string; aliases?: readonly string[] }[];
}

/** A name or alias as the tokens it must match. */
interface Pattern {
	words: string[];
	gaps: boolean[];
	/** Tokens that must be capitalised in the text ("Kremlin" but not "the"). */
	caps: boolean[];
	/** Tokens compared case-sensitively: short all-caps aliases, so "us" is not the US. */
	exact: (string | undefined)[];
	actor: GazetteerActor;
	rule: 'name' | 'alias' | 'metonym';
}

interface Holder {
	actor: ActorId;
	from: IsoDate;
	to?: IsoDate;
}

/** A candidate reading at one token: how many tokens it covers and the mentions it gives. */
interface Reading {
	end: number;
	mentions: ActorMention[];
}

/** "the suburbs of Damascus", "the north of Syria": a part of a place is a place. */
const PLACE_PARTS = new Set(
	'suburbs outskirts district districts city centre center streets province countryside south north east west edge heart parts part'.split(
		' '
	)
);
/** After the name, these make it a place: "noon Damascus time", "Damascus airport". */
const PLACE_NOUNS = new Set('time airport province countryside suburbs governorate road highway'.split(' '));
/** Verbs whose object is somewhere to go: "Zarif visited Damascus". */
const TRAVEL_VERBS = new Set('visit visits visited visiting reached toured'.split(' '));

/** After these a metonym is where something happens, not who does it: "talks in Moscow". */
const LOCATIVES = new Set([
	'in',
	'at',
	'near',
	'outside',
	'inside',
	'into',
	'to',
	'via',
	'around',
	'across',
	'toward',
	'towards',
	'within',
	'throughout'
]);
/**
 * A country's own name after these is the territory or the topic, not the actor: "Russian troops in
 * Syria", "in northern Syria".
 */
const TERRITORIAL = new Set(
	(
		'in inside into outside across throughout within northern southern eastern western north south east west ' +
		'northeast northwest southeast southwest northeastern northwestern southeastern southwestern central'
	).split(' ')
);
/** ... and before these, or after them and on/about: "Syria talks", "talks on Syria", "the Syria conflict". */
const TOPICS = new Set(
	'talks war conflict crisis peace process envoy policy file settlement question issue negotiations'.split(
		' '
	)
);

const COORDINATORS = new Set(['and', ',', 'or', '/']);

/** "president" → "presidents", "secretary of state" → "secretaries of state", "spokeswoman" → "spokeswomen". */
function plural(words: string[]): string[] {
	const joint = words.findIndex((w, k) => k > 0 && (w === 'of' || w === 'for'));
	const at = joint > 0 ? joint - 1 : words.length - 1;
	const word = words[at]!;
	const many = word.endsWith('man')
		? `${word.slice(0, -3)}men`
		: word.endsWith('y')
			? `${word.slice(0, -1)}ies`
			: `${word}s`;
	return words.map((w, k) => (k === at ? many : w));
}

/** Compile the gazetteer for `mentions`; do it once per build, not per article. */
export function createActorResolver(
	gazetteer: readonly GazetteerActor[],
	options: ResolverOptions = {}
): ActorResolver {
	const byId = new Map(gazetteer.map((actor) => [actor.id, actor]));
	const placeNames = new Set(
		(options.places ?? []).flatMap((place) =>
			[place.name, ...(place.aliases ?? [])].map((n) => n.toLowerCase())
		)
	);

	const patterns = new Map<string, Pattern[]>();
	const addPattern = (text: string, actor: GazetteerActor, rule: Pattern['rule']) => {
		const tokens = tokenizeName(text);
		if (tokens.length === 0) return;
		// Papers write "the constitutional committee" in lowercase too; a person's or state's name is
		// always capitalised, and one capitalised word alone may be an ordinary word at a sentence start.
		const anyCase = (actor.kind === 'organization' || actor.kind === 'group') && tokens.length > 1;
		const pattern: Pattern = {
			words: tokens.map((t) => t.norm),
			gaps: tokens.map((t) => t.gap),
			caps: tokens.map((t) => t.cap && !anyCase),
			exact: tokens.map((t) => (isAcronym(t.text) ? t.text : undefined)),
			actor,
			rule
		};
		const list = patterns.get(pattern.words[0]!) ?? [];
		// The first actor to claim a form keeps it: the gazetteer's order is its author's priority.
		if (list.some((p) => p.words.join(' ') === pattern.words.join(' ') && sameCase(p, pattern))) return;
		list.push(pattern);
		list.sort((a, b) => b.words.length - a.words.length);
		patterns.set(pattern.words[0]!, list);
	};
	for (const actor of gazetteer) addPattern(actor.name, actor, 'name');
	for (const actor of gazetteer) {
		for (const alias of actor.aliases) {
			addPattern(
				alias,
				actor,
				actor.kind === 'country' && isMetonym(alias, actor, placeNames) ? 'metonym' : 'alias'
			);
		}
	}

	// Demonyms the gazetteer's states carry ("Polish" for Poland), then the shipped table's, kept only
	// for states the gazetteer has (found by name or alias).
	const demonyms = new Map<string, ActorId>();
	for (const actor of gazetteer) {
		if (actor.kind !== 'country') continue;
		for (const demonym of actor.demonyms ?? []) {
			const norm = demonym.toLowerCase();
			if (!demonyms.has(norm)) demonyms.set(norm, actor.id);
		}
	}
	for (const [demonym, state] of Object.entries(DEMONYMS)) {
		const match = longestPattern(tokenizeName(state), 0);
		if (
			!demonyms.has(demonym) &&
			match &&
			match.end === tokenizeName(state).length &&
			match.pattern.actor.kind === 'country'
		) {
			demonyms.set(demonym, match.pattern.actor.id);
		}
	}

	const heads = new Map<string, string[][]>();
	for (const head of STATE_HEADS) pushLongestFirst(heads, head);

	// Roles: "Syrian president" is office `president` qualified by the state `syria`; the same key is
	// built from the text ("the president of Syria", "Syria's president"), then the holder on the date.
	const holders = new Map<string, Holder[]>();
	const offices = new Map<string, string[][]>();
	const officeForms = new Map<string, { offices: string[]; plural: boolean }>();
	for (const actor of gazetteer) {
		for (const role of actor.roles ?? []) {
			const tokens = tokenizeName(role.title);
			const qualifier = qualifierAt(tokens, 0);
			let words = tokens.slice(qualifier?.end ?? 0).map((t) => t.norm);
			let entity = qualifier?.entity ?? '';
			if (!qualifier) {
				const of = words.findIndex((w) => w === 'of');
				if (of > 0) {
					const rest = tokens.slice(of + 1);
					const skip = rest[0]?.norm === 'the' ? 1 : 0;
					const match = longestPattern(rest, skip);
					if (match && match.end === rest.length)
						[entity, words] = [match.pattern.actor.id, words.slice(0, of)];
				}
			}
			if (words.length === 0) continue;
			const key = `${entity}|${words.join(' ')}`;
			holders.set(key, [...(holders.get(key) ?? []), { actor: actor.id, from: role.from, to: role.to }]);
			addOffice(words, [words.join(' ')], false);
			addOffice(plural(words), [words.join(' ')], true);
		}
	}
	for (const [synonym, canonical] of Object.entries(OFFICE_SYNONYMS)) {
		if (!canonical.some((office) => officeForms.has(office))) continue;
		addOffice(synonym.split(' '), canonical, false);
		addOffice(plural(synonym.split(' ')), canonical, true);
	}

	/** A way of writing an office: the offices it may mean, tried in order, and whether it names several. */
	function addOffice(words: string[], meaning: string[], isPlural: boolean) {
		const key = words.join(' ');
		if (officeForms.has(key)) return;
		officeForms.set(key, { offices: meaning, plural: isPlural });
		pushLongestFirst(offices, words);
	}

	/** The longest gazetteer pattern matching at `i`. */
	function longestPattern(tokens: Token[], i: number): { pattern: Pattern; end: number } | undefined {
		const list = i < tokens.length ? patterns.get(tokens[i]!.norm) : undefined;
		if (!list) return undefined;
		for (const pattern of list) {
			if (matches(pattern, tokens, i)) return { pattern, end: i + pattern.words.length };
		}
		return undefined;
	}

	/** A state or organisation qualifying a title at `i`: "Russian", "Russia's", "US", "UN". */
	function qualifierAt(tokens: Token[], i: number): { entity: ActorId; end: number } | undefined {
		const token = tokens[i];
		if (!token) return undefined;
		const state = demonymWords(tokens, i);
		if (state) return { entity: state.state, end: state.end };
		const match = longestPattern(tokens, i);
		if (!match || match.pattern.actor.kind === 'person' || match.pattern.actor.kind === 'group')
			return undefined;
		const end = tokens[match.end]?.norm === "'s" ? match.end + 1 : match.end;
		return { entity: match.pattern.actor.id, end };
	}

	/**
	 * A title at `i` and its holder on `date`: "the Syrian president", "Russia's top diplomat", "the
	 * president of Syria", or several at once, "the Russian, Turkish and Iranian presidents".
	 */
	function roleAt(tokens: Token[], i: number, date: IsoDate): Reading | undefined {
		// Whoever held it before is not whoever holds it on the date.
		if (tokens[i - 1]?.norm === 'former') return undefined;
		const chain: { entity: ActorId; at: number }[] = [];
		let j = i;
		for (;;) {
			const qualifier = qualifierAt(tokens, j);
			if (!qualifier) break;
			chain.push({ entity: qualifier.entity, at: j });
			j = qualifier.end;
			let k = j;
			while (COORDINATORS.has(tokens[k]?.norm ?? '')) k++;
			if (k === j || !qualifierAt(tokens, k)) break;
			j = k;
		}
		const office = chain.length > 0 ? wordsAt(offices, tokens, j) : undefined;
		if (office) {
			const form = officeForms.get(office.join(' '))!;
			const end = j + office.length;
			// "Russian leaders" are several people, none of them named: the demonym reading takes it.
			if (chain.length === 1 && form.plural) return undefined;
			if (chain.length === 1) {
				const actor = holderOf(chain[0]!.entity, form.offices, date);
				return actor ? { end, mentions: [mention(tokens, i, end, actor, 'role')] } : undefined;
			}
			if (!form.plural) return undefined;
			const mentions = chain.map(({ entity, at }, k) => {
				const to = k === chain.length - 1 ? end : at + 1;
				const actor = holderOf(entity, form.offices, date);
				// Nobody in the gazetteer holds it then: the state is still a party.
				return actor ? mention(tokens, at, to, actor, 'role') : mention(tokens, at, to, entity, 'demonym');
			});
			return { end, mentions };
		}
		const bare = wordsAt(offices, tokens, i);
		if (!bare) return undefined;
		let end = i + bare.length;
		let entity = '';
		// "the president of Syria": the state after the office.
		if (tokens[end]?.norm === 'of') {
			const skip = tokens[end + 1]?.norm === 'the' ? 2 : 1;
			const match = longestPattern(tokens, end + skip);
			if (match && match.pattern.actor.kind !== 'person') [entity, end] = [match.pattern.actor.id, match.end];
		}
		const form = officeForms.get(bare.join(' '))!;
		if (form.plural) return undefined;
		const actor = holderOf(entity, form.offices, date);
		return actor ? { end, mentions: [mention(tokens, i, end, actor, 'role')] } : undefined;
	}

	/** The holder of the first of `candidates` (offices) that `entity` has someone in on `date`. */
	function holderOf(entity: ActorId, candidates: string[], date: IsoDate): ActorId | undefined {
		for (const office of candidates) {
			const actor = holderOn(holders.get(`${entity}|${office}`), date);
			if (actor) return actor;
		}
		return undefined;
	}

	/** "Turkish forces", "Russian and Syrian jets": each demonym before a state-ish noun is the state. */
	function demonymAt(tokens: Token[], i: number): Reading | undefined {
		const first = demonymWords(tokens, i);
		if (!first) return undefined;
		const found: [number, ActorId, number][] = [[i, first.state, first.end]];
		let j = first.end;
		while (COORDINATORS.has(tokens[j]?.norm ?? '')) {
			const next = demonymWords(tokens, j + 1);
			if (!next) break;
			found.push([j + 1, next.state, next.end]);
			j = next.end;
		}
		let head = wordsAt(heads, tokens, j);
		if (!head && HEAD_MODIFIERS.has(tokens[j]?.norm ?? '')) head = wordsAt(heads, tokens, ++j);
		if (!head) return undefined;
		const end = j + head.length;
		const mentions = found.map(([at, id, to], k) =>
			mention(tokens, at, k === found.length - 1 ? end : to, id, 'demonym')
		);
		return { end, mentions };
	}

	/** A demonym of one or two capitalised words at `i` ("Turkish", "South Korean", "West German"). */
	function demonymWords(tokens: Token[], i: number): { state: ActorId; end: number } | undefined {
		const first = tokens[i];
		if (!first?.cap) return undefined;
		const second = tokens[i + 1];
		const two = second?.cap ? demonyms.get(`${first.norm} ${second.norm}`) : undefined;
		if (two) return { state: two, end: i + 2 };
		const one = demonyms.get(first.norm);
		return one ? { state: one, end: i + 1 } : undefined;
	}

	return {
		knows(name) {
			const tokens = tokenizeName(name);
			if (tokens.length === 0) return false;
			if (longestPattern(tokens, 0)?.end === tokens.length) return true;
			// "Iraqis", "Americans": the people of a state, as the state's demonym in the plural.
			const words = tokens.map((t) => t.norm).join(' ');
			return demonyms.has(words) || (words.endsWith('s') && demonyms.has(words.slice(0, -1)));
		},
		article() {
			/** Surname (normalised) → the person whose full name this article has used. */
			const surnames = new Map<string, { actor: ActorId; unknown?: ActorMention['unknown'] }>();
			return {
				mentions(sentence, date) {
					const tokens = tokenize(sentence.text, sentence.start);
					const found: ActorMention[] = [];
					let i = 0;
					while (i < tokens.length) {
						const reading = readingAt(tokens, i, date, surnames);
						if (!reading) {
							i++;
							continue;
						}
						found.push(...reading.mentions);
						i = reading.end;
					}
					const withNames = addUnknownNames(found, tokens, sentence, surnames);
					const offset = sentence.start;
					for (const m of withNames) m.text = sentence.text.slice(m.start - offset, m.end - offset);
					return dropTitlesBeforeNames(withNames, sentence);
				}
			};
		}
	};

	/** The best reading at token `i`: the longest, a name before a title before a demonym. */
	function readingAt(
		tokens: Token[],
		i: number,
		date: IsoDate,
		surnames: Map<string, { actor: ActorId; unknown?: ActorMention['unknown'] }>
	): Reading | undefined {
		const token = tokens[i]!;
		let best: Reading | undefined;
		const match = longestPattern(tokens, i);
		if (match) {
			const { pattern, end } = match;
			const actor = pattern.actor;
			const place = pattern.rule === 'metonym' || (pattern.rule === 'name' && actor.kind === 'country');
			const before = tokens[i - 1]?.norm ?? '';
			const after = tokens[end]?.norm ?? '';
			const partOf = before === 'of' && PLACE_PARTS.has(tokens[i - 2]?.norm ?? '');
			const where =
				pattern.rule === 'metonym'
					? LOCATIVES.has(before) || TRAVEL_VERBS.has(before) || PLACE_NOUNS.has(after) || partOf
					: place &&
						(TERRITORIAL.has(before) ||
							partOf ||
							TOPICS.has(tokens[end]?.norm ?? '') ||
							((before === 'on' || before === 'about') && TOPICS.has(tokens[i - 2]?.norm ?? '')));
			if (where) {
				// Where, not who: consume the words so nothing else reads them as a name.
				best = { end, mentions: [] };
			} else {
				let rule: ActorMention['rule'] = pattern.rule;
				if (actor.kind === 'person') {
					if (pattern.words.length > 1) {
						surnames.set(pattern.words[pattern.words.length - 1]!, { actor: actor.id });
					} else if (surnames.get(pattern.words[0]!)?.actor === actor.id) {
						rule = 'surname';
					}
				}
				best = { end, mentions: [mention(tokens, i, end, actor.id, rule)] };
			}
		}
		const role = roleAt(tokens, i, date);
		if (role && (!best || role.end > best.end)) best = role;
		if (!best) best = demonymAt(tokens, i);
		if (!best && token.cap && !MONTHS_AND_DAYS.has(token.norm)) {
			const known = surnames.get(token.norm);
			if (known) {
				const found = mention(tokens, i, i + 1, known.actor, 'surname');
				best = { end: i + 1, mentions: [known.unknown ? { ...found, unknown: known.unknown } : found] };
			}
		}
		if (!best && token.cap && token.text.length > 3) best = compoundAt(tokens, i);
		return best;
	}

	/**
	 * A compound of names, "Russia-Turkey", "Putin-Erdogan", "Turkish-Russian patrols": each part is a
	 * mention. Every part must be a one-word name (or a demonym before a state-ish noun), so
	 * "Turkish-backed" and "Kurdish-led" stay nobody.
	 */
	function compoundAt(tokens: Token[], i: number): Reading | undefined {
		const token = tokens[i]!;
		const parts = token.text.split(/[-\u2010\u2011]/);
		if (parts.length < 2) return undefined;
		const headFollows = wordsAt(heads, tokens, i + 1) !== undefined;
		const mentions: ActorMention[] = [];
		let start = token.start;
		for (const part of parts) {
			const norm = part.toLowerCase();
			const cap = part[0] !== undefined && part[0] !== part[0].toLowerCase();
			const single = patterns
				.get(norm)
				?.find((p) => p.words.length === 1 && (!p.caps[0] || cap) && (p.exact[0] ?? part) === part);
			const state = cap && headFollows ? demonyms.get(norm) : undefined;
			if (single)
				mentions.push({
					text: '',
					start,
					end: start + part.length,
					actor: single.actor.id,
					rule: single.rule
				});
			else if (state)
				mentions.push({ text: '', start, end: start + part.length, actor: state, rule: 'demonym' });
			else return undefined;
			start += part.length + 1;
		}
		return { end: i + 1, mentions };
	}

	/**
	 * Names behind a title or organisation cue that the gazetteer readings do not already cover. A longer
	 * name wins over the readings inside it ("UN Human Rights Council" is not the UN).
	 */
	function addUnknownNames(
		found: ActorMention[],
		tokens: Token[],
		sentence: Span,
		surnames: Map<string, { actor: ActorId; unknown?: ActorMention['unknown'] }>
	): ActorMention[] {
		const names = findNamesInTokens(tokens, sentence.text, sentence.start);
		if (names.length === 0) return found;
		// Both lists are in text order: one merge pass, so a huge sentence stays linear.
		const result: ActorMention[] = [];
		let p = 0;
		for (const name of names) {
			while (p < found.length && found[p]!.end <= name.start) result.push(found[p++]!);
			let q = p;
			let contained = true;
			for (; q < found.length && found[q]!.start < name.end; q++) {
				const m = found[q]!;
				if (m.start < name.start || m.end > name.end || m.end - m.start >= name.end - name.start)
					contained = false;
			}
			const id = slugify(name.name);
			if (!contained || !id) {
				while (p < q) result.push(found[p++]!);
				continue;
			}
			p = q;
			const known = byId.get(id);
			const span = { text: name.name, start: name.start, end: name.end };
			const added: ActorMention = known
				? { ...span, actor: id, rule: 'name' }
				: { ...span, actor: id, rule: 'unknown', unknown: { name: name.name, kind: name.kind } };
			result.push(added);
			// "President Bush", then "Bush": a name given with a title stands alone later, as a surname does.
			const space = name.name.lastIndexOf(' ');
			if (name.kind === 'person' && !known) {
				surnames.set(name.name.slice(space + 1).toLowerCase(), { actor: id, unknown: added.unknown });
			}
		}
		while (p < found.length) result.push(found[p++]!);
		return result;
	}

	/**
	 * "Russian President Vladimir Putin" is one mention of Putin, not also one of the title; but the state
	 * of an official it names ("French President Francois Mitterrand") is a party too.
	 */
	function dropTitlesBeforeNames(found: ActorMention[], sentence: Span): ActorMention[] {
		return found.filter((m, k) => {
			if (m.rule !== 'role') return true;
			const next = found[k + 1];
			if (!next || !isPerson(next)) return true;
			const between = sentence.text.slice(m.end - sentence.start, next.start - sentence.start);
			return between.trim() !== '';
		});
	}

	function isPerson(m: ActorMention): boolean {
		return m.unknown ? m.unknown.kind === 'person' : byId.get(m.actor)?.kind === 'person';
	}
}

function matches(pattern: Pattern, tokens: Token[], i: number): boolean {
	const n = pattern.words.length;
	if (i + n > tokens.length) return false;
	for (let k = 0; k < n; k++) {
		const token = tokens[i + k]!;
		if (token.norm !== pattern.words[k]) return false;
		if (k > 0 && token.gap !== pattern.gaps[k]) return false;
		if (pattern.caps[k] && !token.cap) return false;
		const exact = pattern.exact[k];
		if (exact !== undefined && token.text !== exact) return false;
	}
	return true;
}

/** The longest word list in `table` (keyed by first word) that the tokens at `i` spell. */
function wordsAt(table: Map<string, string[][]>, tokens: Token[], i: number): string[] | undefined {
	const list = i < tokens.length ? table.get(tokens[i]!.norm) : undefined;
	if (!list) return undefined;
	// Loops, not find/every: called at every token of every sentence.
	for (const words of list) {
		if (i + words.length > tokens.length) continue;
		let k = 1;
		while (k < words.length && tokens[i + k]!.norm === words[k]) k++;
		if (k === words.length) return words;
	}
	return undefined;
}

function pushLongestFirst(table: Map<string, string[][]>, words: string[]): void {
	const list = table.get(words[0]!) ?? [];
	if (list.some((w) => w.join(' ') === words.join(' '))) return;
	list.push(words);
	list.sort((a, b) => b.length - a.length);
	table.set(words[0]!, list);
}

/** The one actor holding the post on `date`; none when nobody or several do. */
function holderOn(list: Holder[] | undefined, date: IsoDate): ActorId | undefined {
	let found: ActorId | undefined;
	for (const holder of list ?? []) {
		if (holder.from > date || (holder.to !== undefined && holder.to < date)) continue;
		if (found !== undefined && found !== holder.actor) return undefined;
		found = holder.actor;
	}
	return found;
}

function mention(
	tokens: Token[],
	from: number,
	to: number,
	actor: ActorId,
	rule: ActorMention['rule']
): ActorMention {
	// The text is filled in once the sentence's mentions are final.
	return { text: '', start: tokens[from]!.start, end: tokens[to - 1]!.end, actor, rule };
}

/** "US", "UN", "HTS", "U.S.": compared case-sensitively. */
function isAcronym(word: string): boolean {
	return word.length <= 5 && /^\p{Lu}+$/u.test(word);
}

function sameCase(a: Pattern, b: Pattern): boolean {
	return a.exact.join('|') === b.exact.join('|');
}

/**
 * A state's alias that names something else standing for it: its capital ("Ankara"), a seat of power
 * ("the Kremlin"). Not abbreviations, and not forms of its own name ("Turkish government").
 */
function isMetonym(alias: string, actor: GazetteerActor, placeNames: Set<string>): boolean {
	if (placeNames.has(alias.toLowerCase())) return true;
	if (isAcronym(alias.replace(/\./g, ''))) return false;
	const stem = actor.name.split(' ')[0]!.slice(0, 4).toLowerCase();
	return !alias.toLowerCase().includes(stem);
}
