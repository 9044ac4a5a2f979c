/**
 * How sure extraction is that an event belongs on a timeline, 0..1, from the evidence one report gives
 * and how many articles report it. Events at or above `CONFIDENCE_THRESHOLD` (0.5) are shown by default;
 * the weights are set so that, on the development gold sets, events a person would list land above it
 * and background remarks, feature quotes and undated or actorless readings below it.
 */

/** What one report says for itself. */
export interface Evidence {
	/** The date came from the clause ("on Friday", "in September 2018"), not the publication date. */
	explicitDate: boolean;
	precision: 'day' | 'month' | 'year';
	/** Actors the gazetteer knows, and actors invented from names it lacks. */
	knownActors: number;
	unknownActors: number;
	/** The subject came from the text only ("Rebel delegates"), no actor behind it. */
	textualSubject: boolean;
	/** A finite verb in the simple past, present or perfect; a noun ("the meeting") is weaker. */
	verb: boolean;
	/** Sentence index in the article and the article's sentence count. */
	sentence: number;
	sentences: number;
	statement: boolean;
	/** The speaker is a known person with an office, a state or an organisation. */
	notableSpeaker: boolean;
	/** Quoted first-person words or a feature's aside ("I", "we", "the desk thing really stuck with me"). */
	quoteOnly: boolean;
	/** "are expected to", "plans to": announced, not firm. */
	tentative: boolean;
}

const LEAD = 3;
const CLOSING = 2;

/** The confidence of one report, rounded to two decimals. */
export function confidenceOf(e: Evidence): number {
	let score = 0.5;
	score += e.explicitDate ? (e.precision === 'day' ? 0.15 : 0.1) : -0.05;
	if (e.knownActors === 0) score -= e.unknownActors > 0 ? 0.1 : 0.2;
	else if (e.unknownActors === 0) score += 0.1;
	if (e.textualSubject) score -= 0.1;
	if (e.verb) score += 0.05;
	if (e.sentence < LEAD) score += 0.1;
	else if (e.sentences > 6 && e.sentence >= e.sentences - CLOSING) score -= 0.1;
	if (e.statement) {
		score += e.notableSpeaker ? 0.05 : -0.1;
		if (!e.explicitDate && e.sentence >= LEAD) score -= 0.05;
	}
	if (e.quoteOnly) score -= 0.25;
	if (e.tentative) score -= 0.1;
	return round(score);
}

/** A merged event's confidence: its best report's, raised for every further article that reports it. */
export function corroborated(confidences: number[], articles: number): number {
	const best = Math.max(...confidences);
	return round(best + 0.1 * Math.min(2, Math.max(0, articles - 1)));
}

function round(score: number): number {
	return Math.round(Math.min(0.99, Math.max(0.01, score)) * 100) / 100;
}
