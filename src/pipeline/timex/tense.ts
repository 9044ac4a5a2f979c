/**
 * Which way an underspecified date points ("met on Monday" → past, "will meet on Monday" → future),
 * judged from the nearest tense cue in the same sentence: first looking back from the expression, then,
 * when nothing is found ("On Monday, the ministers will…"), looking ahead.
 */

export type Tense = 'past' | 'future';

const FUTURE = new Set([
	'will',
	'shall',
	"'ll",
	'would',
	'scheduled',
	'due',
	'expected',
	'planned',
	'planning',
	'upcoming',
	'next',
	'coming',
	'going',
	'awaiting',
	'await',
	'ahead',
	'forthcoming',
	'slated',
	'intends',
	'aims',
	'later',
	'must',
	'should',
	// Present tense with a date in news is a schedule: "the truce comes into force on Saturday".
	'is',
	'are',
	'comes',
	'begins',
	'starts',
	'opens',
	'expires',
	'resumes',
	'takes',
	// …and so are bare plural presents: "the talks resume on July 10", "the leaders meet on Friday".
	'resume',
	'begin',
	'meet',
	'convene',
	'reconvene',
	'expire'
]);

// Infinitives of scheduling verbs point ahead even after a past verb: "agreed to meet on May 3".
const SCHEDULING = new Set([
	'meet',
	'hold',
	'resume',
	'reconvene',
	'convene',
	'return',
	'visit',
	'travel',
	'host'
]);

const PAST = new Set([
	'said',
	'told',
	'met',
	'held',
	'was',
	'were',
	'had',
	'did',
	'came',
	'went',
	'took',
	'gave',
	'made',
	'began',
	'saw',
	'spoke',
	'left',
	'won',
	'lost',
	'sent',
	'brought',
	'found',
	'became',
	'broke',
	'struck',
	'shot',
	'fought',
	'ran',
	'led',
	'wrote',
	'got',
	'hit',
	'paid',
	'sold',
	'bought',
	'built',
	'fell',
	'flew',
	'drew',
	'grew',
	'knew',
	'threw',
	'rose',
	'stood',
	'kept',
	'felt',
	'heard',
	'thought',
	'sought',
	'spent',
	'sent',
	'lent',
	'meant',
	'dealt',
	'fled',
	'swept',
	'slept',
	'bent',
	'cost',
	'chose',
	'froze',
	'drove',
	'rode',
	'wore',
	'tore',
	'swore',
	'bore',
	'forgot',
	'overtook',
	'undertook',
	'withdrew',
	'oversaw',
	'foresaw',
	'forbade',
	'arose',
	'awoke',
	'sat',
	'lay',
	'laid',
	'sank',
	'spoke',
	'began',
	'ago',
	'last',
	'earlier',
	'since',
	'previous',
	'been',
	'taken',
	'given',
	'seen',
	'done'
]);

// Long enough for a subject full of names and titles between "will" and the date.
const WINDOW = 200;
const BOUNDARY = /[.!?\n]/;

// Words after "to" that make it a preposition, not the mark of an infinitive ("spoke to the press").
const NOT_INFINITIVE = new Set([
	'the',
	'a',
	'an',
	'his',
	'her',
	'their',
	'its',
	'our',
	'my',
	'your',
	'this',
	'that',
	'these',
	'those',
	'him',
	'them',
	'us',
	'me',
	'power',
	'office',
	'war',
	'court',
	'death',
	'date',
	'prison',
	'jail',
	'parliament',
	'congress',
	'reporters',
	'journalists'
]);

// Words ending in -ed that are not past tenses ("the United Nations", "armed forces", "need").
const NOT_PAST = new Set([
	'united',
	'limited',
	'armed',
	'hundred',
	'indeed',
	'need',
	'speed',
	'proceed',
	'feed',
	'seed',
	'exceed',
	'succeed',
	'breed',
	'bleed',
	'heed',
	'embed',
	'sacred',
	'naked',
	'wicked'
]);

function cueOf(
	token: string,
	previousToken: string | undefined,
	nextToken: string | undefined,
	beforePrevious?: string
): Tense | undefined {
	const word = token.toLowerCase();
	const previous = previousToken?.toLowerCase();
	// A capitalised word after "to" is a name ("to Moscow"): the "to" is a preposition.
	const next = nextToken && /^[a-z]/.test(nextToken) ? nextToken : undefined;
	// "had been planned for March", "had scheduled it for Monday": the plan is in the past.
	const pluperfect = previous === 'had' || (previous === 'been' && beforePrevious?.toLowerCase() === 'had');
	if (FUTURE.has(word) && word.endsWith('ed') && pluperfect) return 'past';
	if (FUTURE.has(word)) return 'future';
	// "a programme to run through June", "agreed to meet on Monday": an infinitive looks ahead.
	// but "agreed to sell … in October" keeps the governing verb's past.
	if (word === 'to' && next && !NOT_INFINITIVE.has(next) && (!next.endsWith('s') || next.endsWith('ss'))) {
		if (SCHEDULING.has(next)) return 'future';
		return previousToken && cueOf(previousToken, undefined, undefined) === 'past' ? 'past' : 'future';
	}
	// A participle after "be" is passive voice of any tense ("will be held", "is to be published").
	const participle = previous === 'be' || previous === 'being';
	if (PAST.has(word)) return participle && word !== 'been' ? undefined : 'past';
	// Regular past tenses and participles.
	// Compounds ("UN-led", "Turkish-backed") are adjectives, not verbs.
	if (!participle && word.length >= 5 && word.endsWith('ed') && !word.includes('-') && !NOT_PAST.has(word)) {
		return 'past';
	}
	return undefined;
}

function words(s: string): string[] {
	return s.match(/[A-Za-z'][A-Za-z'-]*/g) ?? [];
}

/** The tense of the clause around `text.slice(start, end)`, or undefined when the sentence has no cue. */
export function tenseAt(text: string, start: number, end: number): Tense | undefined {
	let before = text.slice(Math.max(0, start - WINDOW), start);
	const cut = Math.max(
		before.lastIndexOf('.'),
		before.lastIndexOf('!'),
		before.lastIndexOf('?'),
		before.lastIndexOf('\n')
	);
	if (cut >= 0) before = before.slice(cut + 1);
	const back = words(before);
	for (let i = back.length - 1; i >= 0; i--) {
		const cue = cueOf(back[i]!, back[i - 1], back[i + 1], back[i - 2]);
		if (cue) return cue;
	}
	const after = text.slice(end, end + WINDOW);
	const stop = after.search(BOUNDARY);
	const ahead = words(stop < 0 ? after : after.slice(0, stop));
	for (let i = 0; i < ahead.length; i++) {
		const cue = cueOf(ahead[i]!, ahead[i - 1], ahead[i + 1], ahead[i - 2]);
		if (cue) return cue;
	}
	return undefined;
}
