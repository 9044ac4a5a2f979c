import { expect, test } from 'vitest';
import { CONFIDENCE_THRESHOLD, isConfident, isConfidentValue } from '../../../src/lib/model/confidence';

test('one rule for a confidence, in an event or in a packed column', () => {
	for (const [value, shown] of [
		[undefined, true],
		[Number.NaN, true],
		[CONFIDENCE_THRESHOLD, true],
		[0.9, true],
		[CONFIDENCE_THRESHOLD - 0.01, false],
		[0, false]
	] as const) {
		expect(isConfidentValue(value)).toBe(shown);
		if (!Number.isNaN(value)) expect(isConfident({ confidence: value })).toBe(shown);
	}
});
