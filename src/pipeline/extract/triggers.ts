/**
 * Event triggers: the words that say what kind of occurrence a clause reports, each mapped to an event
 * type and a CAMEO code (CAMEO 1.1b3: 01 statement, 02 appeal, 04 consult, 05 diplomatic cooperation,
 * 08 yield, 10 demand, 11 disapprove, 12 reject, 13 threaten, 15 force posture, 16 reduce relations,
 * 17 coerce, 19 fight, 20 mass violence).
 *
 * The lexicon is compiled once into a Map keyed by lower-case word form, so finding triggers costs one
 * Map lookup per token; multi-word triggers ("called for", "shot down") are continuations of their first
 * word's entry.
 */
import { EVENT_TYPES, type EventType } from '../../lib/model/types.ts';
import { tokenize as tokenizeText, type Token } from './tokens.ts';
import type { Span, Trigger } from './types.ts';

/** How the trigger word is used: verbs carry tense and voice, nouns name an occurrence. */
export type TriggerForm = 'base' | 'present' | 'past' | 'participle' | 'gerund' | 'noun';

/** A trigger with what the event rules need besides its type: grammar and negation. */
export interface FoundTrigger extends Trigger {
	form: TriggerForm;
	/** A verb of saying whose occurrence is the saying itself: dated by the article when nothing else dates it. */
	reporting: boolean;
	/** "did not agree", "failed to sign", "without agreeing", "no deal". */
	negated: boolean;
	/** "had been scheduled", "could meet": not a report that it happened or will happen. */
	blocked: boolean;
	/** Tense and voice from the auxiliary before a verb. */
	aspect: 'simple' | 'perfect' | 'pastPerfect' | 'progressive' | 'passive';
	/** Index of the trigger's first token in the sentence, for distances counted in words. */
	token: number;
	/** Index of the trigger's last token. */
	lastToken: number;
	/** The verb's object came before it ("the deal, which … reached"): the lemma carries it. */
	objectBefore: boolean;
}

const VOWEL = /^[aeiou]/;

interface Entry {
	type: EventType;
	cameo: string;
	/** Base form used in titles ("meet", "hold talks"). */
	lemma: string;
	form: TriggerForm;
	reporting: boolean;
	/** Only a trigger when one of these words follows within a few tokens ("launched an offensive"). */
	needs?: ReadonlySet<string>;
	carry?: boolean;
	/** Only a trigger when NOT directly followed by one of these ("deal with"). */
	notBefore?: ReadonlySet<string>;
	/** Multi-word triggers starting with this word: the next word → the longer trigger. */
	next?: Map<string, Entry>;
	/** The entry applies only as the first word of a continuation. */
	onlyWithNext?: boolean;
}

interface VerbSpec {
	lemma: string;
	/** present (3rd sg), past, participle, gerund; generated for regular verbs. */
	forms?: [string, string, string, string];
	type: EventType;
	cameo: string;
	reporting?: boolean;
	needs?: string[];
	/** Lemma used in titles when it differs from the dictionary form ("pull out"). */
	title?: string;
	/** A headline needs the object when it comes before the verb: "reach a deal", "launch an offensive". */
	carry?: boolean;
	/** The forms that are triggers, when others are common non-event words ("down", "the Islamic State"). */
	only?: TriggerForm[];
}

interface NounSpec {
	words: string[];
	lemma: string;
	type: EventType;
	cameo: string;
	notBefore?: string[];
	/** The noun reading wins over a verb form spelled the same ("talks", "strikes"). */
	prefer?: boolean;
}

/** Bodies and formats whose sittings are talks: "the committee opened", "talks resumed". */
const TALKS_BODIES = ['talks', 'round', 'session', 'committee', 'congress', 'conference', 'negotiations'];
const MILITARY_OBJECTS = [
	'offensive',
	'operation',
	'strike',
	'strikes',
	'attack',
	'attacks',
	'assault',
	'incursion',
	'raid',
	'missiles',
	'missile',
	'airstrikes'
];

/** What a market report moves by: "fell 148.85 points", "has lost 26 percent", "closed lower". */
const MARKET_AMOUNTS = ['percent', '%', 'points', 'point', 'lower', 'higher', 'cents'];
const MARKET_FORMS: Record<string, [string, string, string, string] | undefined> = {
	fall: ['falls', 'fell', 'fallen', 'falling'],
	lose: ['loses', 'lost', 'lost', 'losing'],
	shed: ['sheds', 'shed', 'shed', 'shedding'],
	drop: ['drops', 'dropped', 'dropped', 'dropping'],
	slide: ['slides', 'slid', 'slid', 'sliding'],
	rise: ['rises', 'rose', 'risen', 'rising'],
	jump: ['jumps', 'jumped', 'jumped', 'jumping']
};

const VERBS: VerbSpec[] = [
	// Meetings (CAMEO 04 consult).
	{ lemma: 'meet', forms: ['meets', 'met', 'met', 'meeting'], type: 'meeting', cameo: '040' },
	{ lemma: 'host', type: 'meeting', cameo: '043' },
	{ lemma: 'receive', type: 'meeting', cameo: '043' },
	{ lemma: 'visit', type: 'meeting', cameo: '042' },
	{ lemma: 'attend', type: 'meeting', cameo: '040' },
	{ lemma: 'discuss', type: 'meeting', cameo: '040' },
	{ lemma: 'consult', type: 'meeting', cameo: '040' },
	{ lemma: 'talk', type: 'meeting', cameo: '040' },
	// Talks (046 engage in negotiation, 045 mediate).
	{ lemma: 'negotiate', type: 'talks', cameo: '046' },
	{ lemma: 'mediate', type: 'talks', cameo: '045' },
	{ lemma: 'convene', type: 'talks', cameo: '046' },
	{ lemma: 'reconvene', type: 'talks', cameo: '046' },
	{ lemma: 'open', type: 'talks', cameo: '046', needs: TALKS_BODIES },
	{ lemma: 'resume', type: 'talks', cameo: '046', needs: TALKS_BODIES },
	// Agreements (057 sign formal agreement).
	{ lemma: 'agree', forms: ['agrees', 'agreed', 'agreed', 'agreeing'], type: 'agreement', cameo: '057' },
	{ lemma: 'sign', type: 'agreement', cameo: '057' },
	{
		lemma: 'reach',
		type: 'agreement',
		cameo: '057',
		needs: ['deal', 'agreement', 'accord', 'ceasefire', 'truce', 'understanding', 'compromise'],
		carry: true
	},
	// Statements (01 make public statement, 02 appeal, 10 demand, 11 disapprove, 12 reject, 13 threaten).
	{
		lemma: 'say',
		forms: ['says', 'said', 'said', 'saying'],
		type: 'statement',
		cameo: '010',
		reporting: true
	},
	{
		lemma: 'tell',
		forms: ['tells', 'told', 'told', 'telling'],
		type: 'statement',
		cameo: '010',
		reporting: true
	},
	{ lemma: 'state', type: 'statement', cameo: '010', reporting: true, only: ['past', 'participle'] },
	{ lemma: 'announce', type: 'statement', cameo: '010', reporting: true },
	{ lemma: 'declare', type: 'statement', cameo: '010', reporting: true },
	{ lemma: 'add', type: 'statement', cameo: '010', reporting: true },
	{ lemma: 'stress', type: 'statement', cameo: '010', reporting: true },
	{ lemma: 'insist', type: 'statement', cameo: '010', reporting: true },
	{ lemma: 'claim', type: 'statement', cameo: '010', reporting: true },
	{ lemma: 'describe', type: 'statement', cameo: '010', reporting: true },
	{ lemma: 'call', type: 'statement', cameo: '010', reporting: true },
	{ lemma: 'warn', type: 'statement', cameo: '012', reporting: true },
	{ lemma: 'urge', type: 'statement', cameo: '020', reporting: true },
	{ lemma: 'appeal', type: 'statement', cameo: '020', reporting: true },
	{ lemma: 'demand', type: 'statement', cameo: '100', reporting: true },
	{ lemma: 'condemn', type: 'statement', cameo: '111', reporting: true },
	{ lemma: 'criticise', type: 'statement', cameo: '111', reporting: true },
	{ lemma: 'criticize', type: 'statement', cameo: '111', reporting: true },
	{ lemma: 'denounce', type: 'statement', cameo: '111', reporting: true },
	{ lemma: 'accuse', type: 'statement', cameo: '112', reporting: true },
	{ lemma: 'blame', type: 'statement', cameo: '112', reporting: true },
	{ lemma: 'complain', type: 'statement', cameo: '114', reporting: true },
	{ lemma: 'reject', type: 'statement', cameo: '120', reporting: true },
	{ lemma: 'dismiss', type: 'statement', cameo: '120', reporting: true },
	{ lemma: 'refuse', type: 'statement', cameo: '120', reporting: true },
	{
		lemma: 'veto',
		forms: ['vetoes', 'vetoed', 'vetoed', 'vetoing'],
		type: 'statement',
		cameo: '129',
		reporting: true
	},
	{
		lemma: 'deny',
		forms: ['denies', 'denied', 'denied', 'denying'],
		type: 'statement',
		cameo: '016',
		reporting: true
	},
	{ lemma: 'threaten', type: 'statement', cameo: '130', reporting: true },
	{ lemma: 'endorse', type: 'statement', cameo: '051', reporting: true },
	{ lemma: 'welcome', type: 'statement', cameo: '051', reporting: true },
	{ lemma: 'praise', type: 'statement', cameo: '051', reporting: true },
	{
		lemma: 'back',
		type: 'statement',
		cameo: '051',
		reporting: true,
		only: ['present', 'past', 'participle']
	},
	{ lemma: 'assert', type: 'statement', cameo: '010', reporting: true },
	{ lemma: 'disclose', type: 'statement', cameo: '010', reporting: true },
	{ lemma: 'confirm', type: 'statement', cameo: '010', reporting: true },
	{ lemma: 'acknowledge', type: 'statement', cameo: '010', reporting: true },
	{
		lemma: 'admit',
		forms: ['admits', 'admitted', 'admitted', 'admitting'],
		type: 'statement',
		cameo: '010',
		reporting: true
	},
	{ lemma: 'reply', type: 'statement', cameo: '010', reporting: true, only: ['present', 'past'] },
	{ lemma: 'reiterate', type: 'statement', cameo: '010', reporting: true },
	{ lemma: 'reaffirm', type: 'statement', cameo: '010', reporting: true },
	{ lemma: 'hail', type: 'statement', cameo: '051', reporting: true, only: ['present', 'past'] },
	{ lemma: 'apologize', type: 'statement', cameo: '055', reporting: true },
	{ lemma: 'apologise', type: 'statement', cameo: '055', reporting: true },
	{ lemma: 'assail', type: 'statement', cameo: '111', reporting: true },
	{ lemma: 'protest', type: 'statement', cameo: '111', reporting: true, only: ['present', 'past'] },
	{ lemma: 'pledge', type: 'statement', cameo: '030', reporting: true },
	{ lemma: 'vow', type: 'statement', cameo: '030', reporting: true },
	{ lemma: 'propose', type: 'statement', cameo: '030', reporting: true },
	{ lemma: 'promise', type: 'statement', cameo: '030', reporting: true },
	// Military (19 fight, 18 assault, 15 force posture, 0874 retreat militarily).
	{ lemma: 'strike', forms: ['strikes', 'struck', 'struck', 'striking'], type: 'military', cameo: '195' },
	{ lemma: 'bomb', type: 'military', cameo: '195' },
	{ lemma: 'shell', type: 'military', cameo: '194' },
	{ lemma: 'attack', type: 'military', cameo: '190' },
	{ lemma: 'fire', type: 'military', cameo: '190', needs: MILITARY_OBJECTS },
	{ lemma: 'launch', type: 'military', cameo: '190', needs: MILITARY_OBJECTS, carry: true },
	{
		lemma: 'enter',
		type: 'military',
		cameo: '190',
		needs: ['war', 'conflict', 'fighting', 'town', 'city', 'centre', 'center', 'village', 'province']
	},
	{ lemma: 'kill', type: 'military', cameo: '190' },
	{ lemma: 'down', type: 'military', cameo: '190', only: ['past', 'participle', 'gerund'] },
	{ lemma: 'invade', type: 'military', cameo: '190' },
	{ lemma: 'capture', type: 'military', cameo: '192' },
	{ lemma: 'recapture', type: 'military', cameo: '192' },
	{
		lemma: 'regain',
		type: 'military',
		cameo: '192',
		needs: ['control', 'town', 'city', 'province', 'territory']
	},
	{ lemma: 'retake', forms: ['retakes', 'retook', 'retaken', 'retaking'], type: 'military', cameo: '192' },
	{ lemma: 'seize', type: 'military', cameo: '192' },
	{ lemma: 'deploy', type: 'military', cameo: '154' },
	{
		lemma: 'patrol',
		forms: ['patrols', 'patrolled', 'patrolled', 'patrolling'],
		type: 'military',
		cameo: '150'
	},
	{
		lemma: 'withdraw',
		forms: ['withdraws', 'withdrew', 'withdrawn', 'withdrawing'],
		type: 'military',
		cameo: '0874'
	},
	{ lemma: 'retreat', type: 'military', cameo: '0874' },
	{ lemma: 'clash', type: 'military', cameo: '190', only: ['present', 'past'] },
	{ lemma: 'assassinate', type: 'military', cameo: '186' },
	{ lemma: 'abduct', type: 'other', cameo: '181' },
	{
		lemma: 'kidnap',
		forms: ['kidnaps', 'kidnapped', 'kidnapped', 'kidnapping'],
		type: 'other',
		cameo: '181'
	},
	{ lemma: 'hijack', type: 'other', cameo: '181' },
	// Other: reducing relations and coercion (16, 17).
	{ lemma: 'suspend', type: 'other', cameo: '160' },
	{ lemma: 'sanction', type: 'other', cameo: '163' },
	{ lemma: 'expel', forms: ['expels', 'expelled', 'expelled', 'expelling'], type: 'other', cameo: '174' },
	{ lemma: 'postpone', type: 'other', cameo: '164' },
	// Arrivals are visits (042); the rest of what a news timeline needs beyond diplomacy. CAMEO codes
	// where CAMEO has one (090 investigate, 0832 leadership change, 173 legal action); '00' where it has
	// none (a natural death, an election, a launch), kept apart from every real code.
	{ lemma: 'arrive', type: 'meeting', cameo: '042' },
	{
		lemma: 'die',
		forms: ['dies', 'died', 'died', 'dying'],
		type: 'other',
		cameo: '00',
		only: ['present', 'past']
	},
	{ lemma: 'investigate', type: 'other', cameo: '090' },
	{ lemma: 'probe', type: 'other', cameo: '090', only: ['present', 'past'] },
	{ lemma: 'resign', type: 'other', cameo: '0832' },
	{ lemma: 'elect', type: 'other', cameo: '00', only: ['past', 'participle'] },
	{ lemma: 'rule', type: 'other', cameo: '173', only: ['present', 'past'] },
	{ lemma: 'sentence', type: 'other', cameo: '173', only: ['past', 'participle'] },
	{ lemma: 'convict', type: 'other', cameo: '173', only: ['past', 'participle'] },
	{ lemma: 'indict', type: 'other', cameo: '173', only: ['past', 'participle'] },
	{ lemma: 'arrest', type: 'other', cameo: '173', only: ['past', 'participle'] },
	// Votes are a body's decision (CAMEO has no code for one: '00').
	{ lemma: 'vote', type: 'agreement', cameo: '00', only: ['present', 'past'] },
	{ lemma: 'ratify', type: 'agreement', cameo: '057', only: ['present', 'past', 'participle'] },
	{ lemma: 'approve', type: 'agreement', cameo: '057', only: ['present', 'past'] },
	{ lemma: 'crash', type: 'other', cameo: '00', only: ['present', 'past'] },
	{ lemma: 'decide', type: 'other', cameo: '00', only: ['present', 'past'] },
	// Markets: a price or an index that moves by some amount ("the Nikkei index fell 148.85 points").
	...(
		[
			'fall',
			'drop',
			'lose',
			'shed',
			'plunge',
			'tumble',
			'slide',
			'rise',
			'gain',
			'climb',
			'jump',
			'soar',
			'close'
		] as const
	).map((lemma): VerbSpec => ({
		lemma,
		forms: MARKET_FORMS[lemma],
		type: 'other',
		cameo: '00',
		needs: MARKET_AMOUNTS,
		only: ['present', 'past', 'participle']
	}))
];

const NOUNS: NounSpec[] = [
	{ words: ['meeting', 'meetings'], lemma: 'hold a meeting', type: 'meeting', cameo: '040', prefer: true },
	{ words: ['summit', 'summits'], lemma: 'hold a summit', type: 'meeting', cameo: '044' },
	{ words: ['visit', 'visits'], lemma: 'pay a visit', type: 'meeting', cameo: '042' },
	{ words: ['trip'], lemma: 'make a trip', type: 'meeting', cameo: '042' },
	{ words: ['phone', 'telephone'], lemma: 'hold a phone call', type: 'meeting', cameo: '041' },
	{ words: ['talks'], lemma: 'hold talks', type: 'talks', cameo: '046', prefer: true },
	{ words: ['negotiations', 'negotiation'], lemma: 'hold negotiations', type: 'talks', cameo: '046' },
	{ words: ['consultations'], lemma: 'hold consultations', type: 'meeting', cameo: '040' },
	{ words: ['round', 'rounds'], lemma: 'hold a round', type: 'talks', cameo: '046' },
	{ words: ['congress'], lemma: 'hold a congress', type: 'talks', cameo: '046' },
	{ words: ['conference'], lemma: 'hold a conference', type: 'talks', cameo: '046' },
	{ words: ['session'], lemma: 'hold a session', type: 'talks', cameo: '046' },
	{ words: ['mediation'], lemma: 'mediate', type: 'talks', cameo: '045' },
	{ words: ['agreement', 'agreements'], lemma: 'reach an agreement', type: 'agreement', cameo: '057' },
	{ words: ['deal'], lemma: 'reach a deal', type: 'agreement', cameo: '057', notBefore: ['with'] },
	{ words: ['accord', 'accords'], lemma: 'reach an accord', type: 'agreement', cameo: '057' },
	{ words: ['memorandum'], lemma: 'sign a memorandum', type: 'agreement', cameo: '057' },
	{ words: ['treaty'], lemma: 'sign a treaty', type: 'agreement', cameo: '057' },
	{
		words: ['ceasefire', 'cease-fire', 'truce', 'pause'],
		lemma: 'agree a ceasefire',
		type: 'agreement',
		cameo: '0871'
	},
	{ words: ['statement', 'declaration'], lemma: 'issue a statement', type: 'statement', cameo: '010' },
	{ words: ['announcement'], lemma: 'make an announcement', type: 'statement', cameo: '010' },
	{
		words: ['strikes', 'airstrike', 'airstrikes'],
		lemma: 'carry out strikes',
		type: 'military',
		cameo: '195',
		prefer: true
	},
	{ words: ['strike'], lemma: 'carry out a strike', type: 'military', cameo: '195' },
	{ words: ['bombing', 'bombardment'], lemma: 'bomb', type: 'military', cameo: '195' },
	{ words: ['shelling'], lemma: 'shell', type: 'military', cameo: '194' },
	{ words: ['attacks'], lemma: 'carry out attacks', type: 'military', cameo: '190', prefer: true },
	{ words: ['attack'], lemma: 'carry out an attack', type: 'military', cameo: '190' },
	{ words: ['offensive'], lemma: 'launch an offensive', type: 'military', cameo: '190' },
	{ words: ['operation'], lemma: 'launch an operation', type: 'military', cameo: '190' },
	{ words: ['incursion', 'invasion'], lemma: 'launch an incursion', type: 'military', cameo: '190' },
	{ words: ['raid'], lemma: 'carry out a raid', type: 'military', cameo: '190' },
	{ words: ['clashes'], lemma: 'clash', type: 'military', cameo: '190' },
	{ words: ['patrols'], lemma: 'conduct patrols', type: 'military', cameo: '150', prefer: true },
	{ words: ['patrol'], lemma: 'conduct a patrol', type: 'military', cameo: '150' },
	{ words: ['blockade'], lemma: 'impose a blockade', type: 'military', cameo: '191' },
	{ words: ['deployment'], lemma: 'deploy', type: 'military', cameo: '154' },
	{ words: ['withdrawal', 'pullout', 'pull-out'], lemma: 'withdraw', type: 'military', cameo: '0874' },
	{ words: ['sanctions'], lemma: 'impose sanctions', type: 'other', cameo: '163' },
	{ words: ['suspension'], lemma: 'suspend', type: 'other', cameo: '160' },
	{ words: ['arrival'], lemma: 'arrive', type: 'meeting', cameo: '042' },
	{ words: ['death'], lemma: 'die', type: 'other', cameo: '00' },
	{ words: ['investigation', 'inquiry'], lemma: 'open an investigation', type: 'other', cameo: '090' },
	{ words: ['resignation'], lemma: 'resign', type: 'other', cameo: '0832' },
	{ words: ['election', 'elections'], lemma: 'hold an election', type: 'other', cameo: '00' },
	{ words: ['referendum'], lemma: 'hold a referendum', type: 'other', cameo: '00' },
	{ words: ['ruling', 'verdict'], lemma: 'issue a ruling', type: 'other', cameo: '173' },
	{ words: ['launch'], lemma: 'launch', type: 'other', cameo: '00' },
	{ words: ['coup'], lemma: 'stage a coup', type: 'military', cameo: '00' },
	{ words: ['assassination'], lemma: 'assassinate', type: 'other', cameo: '186' },
	{
		words: ['exercises', 'maneuvers', 'manoeuvres'],
		lemma: 'hold exercises',
		type: 'military',
		cameo: '150'
	},
	{ words: ['defection'], lemma: 'defect', type: 'other', cameo: '00' },
	{ words: ['proceedings', 'trial'], lemma: 'open proceedings', type: 'other', cameo: '173' },
	{ words: ['speech', 'remarks'], lemma: 'make a speech', type: 'statement', cameo: '010' }
];

/** Multi-word verbs: first word's forms, second word, and what the pair means. */
const PHRASAL: (VerbSpec & { particle: string })[] = [
	{
		lemma: 'take',
		forms: ['takes', 'took', 'taken', 'taking'],
		particle: 'back',
		type: 'military',
		cameo: '192',
		title: 'take back'
	},
	{
		lemma: 'take',
		forms: ['takes', 'took', 'taken', 'taking'],
		particle: 'control',
		type: 'military',
		cameo: '192',
		title: 'take control'
	},
	{ lemma: 'call', particle: 'for', type: 'statement', cameo: '020', reporting: true, title: 'call for' },
	{
		lemma: 'shoot',
		forms: ['shoots', 'shot', 'shot', 'shooting'],
		particle: 'down',
		type: 'military',
		cameo: '190',
		title: 'shoot down'
	},
	{ lemma: 'pull', particle: 'out', type: 'military', cameo: '0874', title: 'pull out' },
	{
		lemma: 'speak',
		forms: ['speaks', 'spoke', 'spoken', 'speaking'],
		particle: 'by',
		type: 'meeting',
		cameo: '041',
		title: 'speak by'
	}
];

/** The trigger table by event type: the lemmas whose reading is that type (every type has some). */
export const TRIGGERS: Record<EventType, string[]> = (() => {
	const table = Object.fromEntries(EVENT_TYPES.map((t) => [t, [] as string[]])) as Record<
		EventType,
		string[]
	>;
	for (const v of [...VERBS, ...PHRASAL]) table[v.type].push(v.title ?? v.lemma);
	for (const n of NOUNS) table[n.type].push(...n.words);
	return table;
})();

/** Regular English inflection, good enough for the verbs above. */
function inflect(lemma: string): [string, string, string, string] {
	const present = /(?:s|sh|ch|x|z)$/.test(lemma)
		? lemma + 'es'
		: /[^aeiou]y$/.test(lemma)
			? lemma.slice(0, -1) + 'ies'
			: lemma + 's';
	const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
	const past = /[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + 'ied' : stem + 'ed';
	return [present, past, past, stem + 'ing'];
}

function compile(): Map<string, Entry> {
	const lexicon = new Map<string, Entry>();
	// Verbs first, then nouns: a word that is both ("attack", "strike") keeps its verb reading, and the
	// noun reading is restored below when a determiner precedes it.
	const add = (word: string, entry: Entry) => {
		const known = lexicon.get(word);
		if (!known) lexicon.set(word, entry);
		else if (known.onlyWithNext && entry.next === undefined)
			lexicon.set(word, { ...entry, next: known.next });
	};
	for (const verb of VERBS) {
		const [present, past, participle, gerund] = verb.forms ?? inflect(verb.lemma);
		const base = {
			type: verb.type,
			cameo: verb.cameo,
			lemma: verb.title ?? verb.lemma,
			reporting: !!verb.reporting,
			carry: verb.carry
		};
		const needs = verb.needs ? new Set(verb.needs) : undefined;
		const forms: [string, TriggerForm][] = [
			[verb.lemma, 'base'],
			[present, 'present'],
			[past, 'past'],
			[participle, 'participle'],
			[gerund, 'gerund']
		];
		for (const [word, form] of forms) {
			if (!verb.only || verb.only.includes(form)) add(word, { ...base, form, needs });
		}
	}
	for (const noun of NOUNS) {
		const notBefore = noun.notBefore ? new Set(noun.notBefore) : undefined;
		for (const word of noun.words) {
			const entry: Entry = {
				type: noun.type,
				cameo: noun.cameo,
				lemma: noun.lemma,
				form: 'noun',
				reporting: false,
				notBefore
			};
			if (noun.prefer) lexicon.set(word, entry);
			else add(word, entry);
		}
	}
	for (const verb of PHRASAL) {
		const [present, past, participle, gerund] = verb.forms ?? inflect(verb.lemma);
		const forms: [string, TriggerForm][] = [
			[verb.lemma, 'base'],
			[present, 'present'],
			[past, 'past'],
			[participle, 'participle'],
			[gerund, 'gerund']
		];
		for (const [word, form] of forms) {
			const entry: Entry = {
				type: verb.type,
				cameo: verb.cameo,
				lemma: verb.title ?? verb.lemma,
				form,
				reporting: !!verb.reporting
			};
			const known = lexicon.get(word);
			if (known) {
				known.next ??= new Map();
				known.next.set(verb.particle, entry);
			} else {
				lexicon.set(word, { ...entry, onlyWithNext: true, next: new Map([[verb.particle, entry]]) });
			}
		}
	}
	return lexicon;
}

/** Every trigger word form with its entry (type, CAMEO code, lemma): tests check each event type has some. */
export const LEXICON = compile();
const NOUN_OF = new Map(NOUNS.flatMap((n) => n.words.map((w) => [w, n] as const)));

/** The punctuation the event rules read: marks that can end a clause, and quotes. */
const CLAUSE_MARKS = new Set([',', ';', ':', '(', ')', '“', '”', '"', '—', '–']);

export type { Token };

/**
 * The words of a sentence and the marks that can end a clause, from the article's one token stream
 * (`tokens.ts`), with body offsets.
 */
export function tokenize(sentence: Span): Token[] {
	return tokenizeText(sentence.text, sentence.start).filter(
		(t) => t.pos !== 'PUNCT' || CLAUSE_MARKS.has(t.text)
	);
}

const NEGATORS = new Set([
	'not',
	'never',
	'no',
	'without',
	'failed',
	'fail',
	'fails',
	'failing',
	'refused',
	'refuse',
	'refuses',
	'declined',
	'unable',
	'neither',
	'nor',
	'cannot'
]);
// "could meet next week" is still reported as a plan; "might", "if" and "whether" are not reports.
const HEDGES = new Set(['might', 'possible', 'possibly', 'if', 'unless', 'whether']);
const CLAUSE_PUNCT = new Set([',', ';', ':', '(', ')', '—', '–']);
const DETERMINERS = new Set([
	'a',
	'an',
	'the',
	'their',
	'its',
	'his',
	'her',
	'this',
	'new',
	'second',
	'third',
	'fourth'
]);
const INFINITIVE_MARKERS = new Set([
	'to',
	'will',
	'would',
	'must',
	'can',
	'could',
	'should',
	'shall',
	'may',
	'might',
	'did',
	'do',
	'does',
	'not',
	"didn't",
	"don't",
	"won't",
	'they',
	'we',
	'i',
	'you',
	'and',
	'or'
]);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const HAVE_PRESENT = new Set(['has', 'have']);
/** Adverbs that may sit between an auxiliary and its verb. */
const ADVERBS = new Set([
	'also',
	'already',
	'again',
	'repeatedly',
	'previously',
	'earlier',
	'later',
	'jointly',
	'reportedly',
	'just',
	'now',
	'still',
	'once',
	'finally',
	'formally',
	'publicly',
	'then',
	'not'
]);
const DEFERRED = new Set(['scheduled', 'planned', 'expected', 'due', 'supposed', 'meant']);

function isCapital(word: string): boolean {
	const c = word.charCodeAt(0);
	return c >= 65 && c <= 90;
}

function findWord(tokens: Token[], from: number, to: number, words: ReadonlySet<string>): string | undefined {
	for (let j = Math.max(0, from); j < to && j < tokens.length; j++) {
		if (words.has(tokens[j]!.lower)) return tokens[j]!.lower;
	}
	return undefined;
}

function isNegated(tokens: Token[], i: number): boolean {
	for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
		const t = tokens[j]!;
		if (CLAUSE_PUNCT.has(t.lower)) return false;
		if (NEGATORS.has(t.lower) || t.lower.endsWith("n't")) return true;
	}
	return false;
}

function isBlocked(tokens: Token[], i: number, last: number): boolean {
	// "in what Western governments described as a nerve agent attack": a characterisation, not a statement.
	if (tokens[last + 1]?.lower === 'as' && tokens[i]!.lower.startsWith('describ')) return true;
	// "according to a statement": the source of the report, not an occurrence.
	if (tokens[i - 3]?.lower === 'according' || tokens[i - 2]?.lower === 'according') return true;
	for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
		const t = tokens[j]!.lower;
		if (CLAUSE_PUNCT.has(t)) break;
		if (HEDGES.has(t)) return true;
	}
	// "talks that had been scheduled for May": a plan that the sentence says did not go ahead as planned.
	for (let j = last + 1; j < tokens.length && j <= last + 5; j++) {
		if (
			tokens[j]!.lower === 'had' &&
			tokens[j + 1]?.lower === 'been' &&
			DEFERRED.has(tokens[j + 2]?.lower ?? '')
		)
			return true;
	}
	return false;
}

function aspectOf(tokens: Token[], i: number, last: number, form: TriggerForm): FoundTrigger['aspect'] {
	if (form === 'noun') return 'simple';
	let j = i - 1;
	while (j >= 0 && ADVERBS.has(tokens[j]!.lower)) j--;
	const aux = tokens[j]?.lower ?? '';
	if (form === 'participle' || form === 'past') {
		if (aux === 'had') return 'pastPerfect';
		if (HAVE_PRESENT.has(aux)) return 'perfect';
		if (BE.has(aux)) return 'passive';
		// "a pause negotiated by Pence", "rebels backed by Turkey": a participle with its agent.
		if (tokens[last + 1]?.lower === 'by' && !HAVE_PRESENT.has(aux)) return 'passive';
	}
	if (form === 'gerund' && BE.has(aux)) {
		let k = j - 1;
		while (k >= 0 && ADVERBS.has(tokens[k]!.lower)) k--;
		return tokens[k]?.lower === 'had' ? 'pastPerfect' : 'progressive';
	}
	return 'simple';
}

/**
 * Find the triggers of a sentence, in text order, with offsets into the body. Negated and hedged
 * triggers are returned marked, so callers can decide; `findTriggers` leaves them out.
 */
export function scanTriggers(sentence: Span, tokens: Token[] = tokenize(sentence)): FoundTrigger[] {
	const found: FoundTrigger[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		let entry = LEXICON.get(token.lower);
		if (!entry) continue;
		let last = i;
		const following = tokens[i + 1]?.lower;
		const longer = following === undefined ? undefined : entry.next?.get(following);
		if (longer) {
			entry = longer;
			last = i + 1;
		} else if (entry.onlyWithNext) continue;
		if (entry.notBefore && following !== undefined && entry.notBefore.has(following)) continue;
		// "launched an offensive", "the deal, which Putin and Erdogan reached": the object may come before.
		let lemma = entry.lemma;
		let objectBefore = false;
		if (entry.needs) {
			const after = findWord(tokens, i + 1, i + 6, entry.needs);
			const object = after ?? findWord(tokens, i - 10, i, entry.needs);
			if (object === undefined) continue;
			// "the deal, which Putin and Erdogan reached": the title needs the object the verb lacks.
			if (after === undefined && entry.carry) {
				lemma = `${entry.lemma} ${object.endsWith('s') ? '' : VOWEL.test(object) ? 'an ' : 'a '}${object}`;
				objectBefore = true;
			}
		}
		// "the attack", "a strike", "Erdogan's call": a verb form after a determiner is the noun.
		const before = tokens[i - 1]?.lower ?? '';
		// A bare base form not after "to"/a modal is the noun too ("a chemical attack", "in a strike").
		const nounish =
			DETERMINERS.has(before) ||
			/['’]s$/.test(before) ||
			(entry.form === 'base' && NOUN_OF.has(token.lower) && !INFINITIVE_MARKERS.has(before));
		if (entry.form !== 'noun' && nounish) {
			const noun = NOUN_OF.get(token.lower);
			entry = noun
				? { ...entry, type: noun.type, cameo: noun.cameo, lemma: noun.lemma, form: 'noun' }
				: { ...entry, form: 'noun' };
			lemma = entry.lemma;
			objectBefore = false;
		}
		const form = entry.form;
		// "the Syrian Negotiation Commission": a capitalised noun inside a name is no occurrence (but
		// "Operation Peace Spring" is one).
		if (form === 'noun' && i > 0 && isCapital(token.text) && token.lower !== 'operation') {
			if (isCapital(tokens[i + 1]?.text ?? '') || (i > 1 && isCapital(tokens[i - 1]!.text))) continue;
		}
		let cameo = entry.cameo;
		if (
			token.lower.startsWith('attack') &&
			/^(?:chemical|gas|poison|sarin|chlorine|agent)$/.test(tokens[i - 1]?.lower ?? '')
		) {
			cameo = '2041';
		}
		const end = tokens[last]!.end;
		found.push({
			text: sentence.text.slice(token.start - sentence.start, end - sentence.start),
			start: token.start,
			end,
			type: entry.type,
			cameo,
			lemma,
			form,
			objectBefore,
			reporting: entry.reporting && form !== 'noun',
			negated: isNegated(tokens, i),
			blocked: isBlocked(tokens, i, last),
			aspect: aspectOf(tokens, i, last, form),
			token: i,
			lastToken: last
		});
		i = last;
	}
	// "Dozens died in a chemical attack": deaths in an armed action are that action's, not an event apart.
	for (let k = found.length - 2; k >= 0; k--) {
		const t = found[k]!;
		const next = found[k + 1]!;
		if (t.lemma === 'die' && next.type === 'military' && next.token - t.lastToken <= 5) found.splice(k, 1);
	}
	// "failed to agree a truce": a noun of the same type right after a negated verb is its object.
	for (let k = 1; k < found.length; k++) {
		const previous = found[k - 1]!;
		const t = found[k]!;
		if (
			previous.negated &&
			t.form === 'noun' &&
			t.type === previous.type &&
			t.token - previous.lastToken <= 4 &&
			!tokens.slice(previous.lastToken + 1, t.token).some((x) => CLAUSE_PUNCT.has(x.lower))
		) {
			t.negated = true;
		}
	}
	return found;
}

/** The triggers a sentence reports as happening (or planned): negated and hedged ones left out. */
export function findTriggers(sentence: Span): Trigger[] {
	return scanTriggers(sentence).filter((t) => !t.negated && !t.blocked);
}
