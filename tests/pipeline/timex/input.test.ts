import { describe, expect, it } from 'vitest';
import { timexInput } from '../../../src/pipeline/timex/input.ts';

const ARTICLE = '---\ntitle: Talks\npublished: 2019-04-18\nsource: Wire\n---\nThey met on Monday.\n';

describe('timexInput', () => {
	it('takes an article body and its published date', () => {
		expect(timexInput('a.md', ARTICLE)).toEqual({ text: 'They met on Monday.', dct: '2019-04-18' });
	});
	it('lets --dct override the file date', () => {
		expect(timexInput('a.md', ARTICLE, '2020-01-01')).toMatchObject({ dct: '2020-01-01' });
	});
	it('takes a TimeML file and its DCT', () => {
		const tml =
			'<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22">x</TIMEX3></DCT><TEXT>On <TIMEX3 tid="t1" type="DATE" value="2013-03-22">Friday</TIMEX3>.</TEXT>';
		expect(timexInput('d.tml', tml)).toEqual({ text: 'On Friday.', dct: '2013-03-22' });
	});
	it.each([
		['plain text without --dct', 'x.txt', 'They met.', undefined, /pass --dct/],
		['an impossible --dct', 'x.txt', 'They met.', '2019-02-29', /invalid --dct/],
		[
			'an article without published',
			'a.md',
			'---\ntitle: T\nsource: W\n---\nBody.\n',
			undefined,
			/published/
		],
		['a .tml file without DCT', 'd.tml', '<TEXT>x</TEXT>', undefined, /DCT/]
	])('explains %s', (_what, name, content, dct, message) => {
		const input = timexInput(name, content, dct);
		expect('error' in input && input.error).toMatch(message);
	});
});
