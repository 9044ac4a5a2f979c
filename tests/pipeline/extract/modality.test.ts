import { describe, expect, it } from 'vitest';
import { modalityOf } from '../../../src/pipeline/extract/modality.ts';
import { tokenize } from '../../../src/pipeline/extract/tokens.ts';

/** The modality of the word `trigger` in `text`. */
function modality(text: string, trigger: string) {
	const tokens = tokenize(text);
	return modalityOf(
		tokens,
		tokens.findIndex((t) => t.lower === trigger)
	);
}

describe('modalityOf', () => {
	it.each([
		['Putin met Erdogan on Monday.', 'met', 'fact'],
		['The talks are scheduled to be held on April 25.', 'held', 'scheduled'],
		['The leaders will meet on Monday.', 'meet', 'scheduled'],
		['The ministers are expected to sign the deal next week.', 'sign', 'tentative'],
		['Turkey plans to launch an offensive.', 'launch', 'tentative'],
		['The two sides could meet next month.', 'meet', 'speculative'],
		['If they agree, the truce will hold.', 'agree', 'speculative'],
		['Israel wants to withdraw from Lebanon.', 'withdraw', 'speculative'],
		['Turkey is seeking to mediate between them.', 'mediate', 'speculative'],
		['British Prime Minister Theresa May said the strikes were limited.', 'said', 'fact']
	])('reads %j at "%s" as %s', (text, trigger, expected) => {
		expect(modality(text, trigger)).toBe(expected);
	});
});
