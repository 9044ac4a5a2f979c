/**
 * Whether a clause reports a fact, a firm plan or speculation: "are scheduled to be held on April 25" is
 * scheduled, "could meet", "is expected to sign", "plans to visit", "if … agree" are not facts. Read from
 * the words before the trigger within its clause.
 */
import type { Token } from './tokens.ts';

export type Modality = 'fact' | 'scheduled' | 'tentative' | 'speculative';

const SCHEDULED = new Set(['scheduled', 'due', 'set', 'slated', 'will', 'shall', 'planned']);
const TENTATIVE = new Set([
	'expected',
	'plans',
	'plan',
	'planning',
	'intends',
	'intend',
	'hopes',
	'hope',
	'aims'
]);
const SPECULATIVE = new Set([
	'could',
	'might',
	'may',
	'would',
	'if',
	'unless',
	'whether',
	'possible',
	'possibly',
	'likely',
	'perhaps',
	'considering',
	'consider',
	// Wanted, sought or demanded is not done: "Israel wants to withdraw", "demanding Iraq withdraw".
	'wants',
	'want',
	'seeks',
	'seeking',
	'demanding'
]);
const CLAUSE_MARKS = new Set([',', ';', ':', '(', ')', '—', '–', 'that', 'which', 'who', 'but', 'while']);
const WINDOW = 6;

/** The modality of the trigger at token `i`. */
export function modalityOf(tokens: Token[], i: number): Modality {
	let found: Modality = 'fact';
	for (let j = i - 1; j >= 0 && j >= i - WINDOW; j--) {
		const w = tokens[j]!.lower;
		if (CLAUSE_MARKS.has(w)) break;
		// "Theresa May said": a modal only as an auxiliary.
		const name = tokens[j]!.cap && j > 0 && tokens[j - 1]!.cap;
		if (SPECULATIVE.has(w) && !name) return 'speculative';
		if (TENTATIVE.has(w)) found = 'tentative';
		else if (SCHEDULED.has(w) && found === 'fact') found = 'scheduled';
	}
	return found;
}
