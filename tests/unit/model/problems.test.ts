import { describe, expect, test } from 'vitest';
import { describeProblem, formatProblem, type Problem } from '../../../src/lib/model/problems';

const message = '"2018-02-30" is not a real calendar date';

describe('printing problems', () => {
	test.each<{ name: string; problem: Problem; text: string }>([
		{
			name: 'a dataset problem names the value by its path',
			problem: { code: 'DATE_INVALID', path: ['events', 3, 'start'], message },
			text: `events[3].start: ${message} [DATE_INVALID]`
		},
		{
			name: 'a problem placed in a file leads with file:line, then the field inside the item',
			problem: {
				code: 'DATE_INVALID',
				file: 'data/events/2018.yaml',
				line: 14,
				path: ['sources', 0, 'start'],
				message
			},
			text: `data/events/2018.yaml:14: sources[0].start: ${message} [DATE_INVALID]`
		},
		{
			name: 'a problem about a whole file has no path',
			problem: { code: 'ENCODING', file: 'data/articles/a.md', line: 4, message: 'not UTF-8' },
			text: 'data/articles/a.md:4: not UTF-8 [ENCODING]'
		}
	])('formatProblem: $name', ({ problem, text }) => expect(formatProblem(problem)).toBe(text));

	test('describeProblem is the message with its path, without file or code', () => {
		expect(
			describeProblem({ code: 'UNKNOWN_ACTOR', path: ['events', 0, 'actors', 1], message: 'no actor "x"' })
		).toBe('events[0].actors[1]: no actor "x"');
	});
});
