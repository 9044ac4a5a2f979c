/**
 * Sentences shaped like the wire copy events are quoted from, for synthetic datasets: 8–22 words
 * built from phrase pools (a vocabulary of a few hundred words, drawn unevenly as news text is), so
 * quotes weigh what real ones weigh and text search has real words to find, not one repeated string.
 */

const VERBS = [
	'said',
	'told reporters',
	'announced',
	'confirmed',
	'warned',
	'insisted',
	'acknowledged',
	'stressed',
	'denied',
	'claimed',
	'argued',
	'reported',
	'added',
	'noted',
	'suggested'
];

const CLAUSES = [
	'the talks had made progress on a ceasefire',
	'a new round of negotiations would begin next week',
	'the delegation left without a joint statement',
	'both sides agreed to exchange prisoners',
	'the humanitarian corridor remained closed',
	'the convoy reached the besieged district overnight',
	'shelling continued along the northern front',
	'the memorandum would be signed in the capital',
	'observers were denied access to the border crossing',
	'the ministers discussed sanctions and reconstruction',
	'troops would withdraw from the demilitarised zone',
	'the envoy presented a draft of the constitution',
	'refugees would be allowed to return in stages',
	'the airstrikes targeted weapons depots near the river',
	'the summit ended with a pledge to meet again',
	'negotiators were still divided over the fate of the province',
	'the council failed to adopt the resolution',
	'aid deliveries resumed after a pause of several days',
	'monitors recorded dozens of violations of the truce',
	'the foreign ministers spoke by telephone on the crisis',
	'a joint patrol would start along the highway',
	'elections could not be held before the spring',
	'the agreement covered oil exports and customs duties',
	'the opposition boycotted the opening session',
	'the strikes killed several fighters and wounded civilians',
	'a committee would draft the rules of the transition',
	'the two leaders held a long private meeting',
	'the embassy would reopen after years of closure',
	'the army regained control of the strategic town',
	'the proposal was rejected as unacceptable interference'
];

const ADVERBIALS = [
	'on Tuesday',
	'late on Friday',
	'earlier this month',
	'after weeks of pressure',
	'in a televised address',
	'at a news conference',
	'according to state media',
	'in a written statement',
	'despite objections from allies',
	'behind closed doors',
	'for the first time since the war began',
	'under the terms of the deal',
	'amid growing international concern',
	'without giving further details',
	'in the presence of United Nations observers',
	'ahead of the donor conference',
	'following a phone call with his counterpart',
	'as fighting flared again',
	'in remarks carried by the official news agency',
	'on condition of anonymity'
];

const SOURCES = [
	'a senior official',
	'a spokesman for the ministry',
	'diplomats familiar with the talks',
	'a western diplomat',
	'the foreign ministry',
	'a military source',
	'an aide to the president',
	'local activists',
	'the defence ministry',
	'a negotiator'
];

const words = (s: string) => s.split(' ').length;
const DANGLING = new Set([
	'the',
	'a',
	'an',
	'of',
	'on',
	'in',
	'at',
	'to',
	'for',
	'with',
	'by',
	'and',
	'after',
	'as',
	'amid',
	'under',
	'ahead',
	'following',
	'despite',
	'according',
	'without',
	'behind',
	'over',
	'along',
	'carried',
	'since',
	'from'
]);

/**
 * One sentence of 8–22 words about `subject` (an actor's name), from `rand` (a seeded random
 * source in [0, 1)), ending with a full stop.
 */
export function sentence(subject: string, rand: () => number): string {
	const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
	// Skewed towards the first entries: a few phrases recur in most reports, as they do in news text.
	const skewed = <T>(items: readonly T[]): T => items[Math.floor(rand() * rand() * items.length)]!;
	const target = 8 + Math.floor(rand() * 15);
	const parts = [rand() < 0.7 ? subject : pick(SOURCES), skewed(VERBS), skewed(CLAUSES)];
	const extras = [...ADVERBIALS];
	while (parts.reduce((n, p) => n + words(p), 0) < target && extras.length > 0) {
		parts.push(extras.splice(Math.floor(rand() * extras.length), 1)[0]!);
	}
	// Cut to the target, so lengths spread over the whole 8–22 range.
	const cut = parts.join(' ').split(' ').slice(0, target);
	// Not ending on a dangling "of the", while it stays 8 words or more.
	while (cut.length > 8 && DANGLING.has(cut[cut.length - 1]!)) cut.pop();
	const text = cut.join(' ');
	return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}
