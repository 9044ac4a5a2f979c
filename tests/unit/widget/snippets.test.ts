import { describe, expect, test } from 'vitest';
import { EMPTY_FILTER } from '../../../src/lib/model/filter';
import { embedUrl, iframeSnippet, widgetAttributes, widgetSnippet } from '../../../src/lib/widget/snippets';

const site = 'https://dateline.example';
const filter = {
	...EMPTY_FILTER,
	actors: ['putin', 'erdogan'],
	match: 'all' as const,
	types: ['agreement' as const],
	from: '2018-01-01',
	q: 'Idlib "zone" <b>',
	uncertain: true
};

describe('snippets', () => {
	test.each([
		{
			name: 'the default view is the bare /embed',
			options: { site, filter: EMPTY_FILTER, theme: 'auto' as const },
			url: `${site}/embed`
		},
		{
			name: 'theme and height follow the view',
			options: { site, filter: EMPTY_FILTER, theme: 'dark' as const, height: 600 },
			url: `${site}/embed?theme=dark&height=600`
		},
		{
			name: 'a filtered view keeps its parameters, commas unescaped',
			options: { site, filter, theme: 'light' as const },
			url: `${site}/embed?actors=putin,erdogan&match=all&types=agreement&from=2018-01-01&q=Idlib+%22zone%22+%3Cb%3E&uncertain=1&theme=light`
		}
	])('embedUrl: $name', ({ options, url }) => expect(embedUrl(options)).toBe(url));

	test.each([
		['ar', `${site}/embed?types=agreement&lang=ar&theme=dark`, 'lang="ar"'],
		['en', `${site}/embed?types=agreement&theme=dark`, undefined]
	] as const)(
		'both snippets keep the language %s (English, the default, is left out)',
		(lang, url, attribute) => {
			const options = {
				site,
				filter: { ...EMPTY_FILTER, types: ['agreement' as const] },
				theme: 'dark' as const,
				lang
			};
			expect(embedUrl(options)).toBe(url);
			expect(iframeSnippet(options)).toContain(url.replace(/&/g, '&amp;'));
			if (attribute) expect(widgetSnippet(options)).toContain(`\n  ${attribute}`);
			else expect(widgetSnippet(options)).not.toContain('lang=');
		}
	);

	test("iframeSnippet names the frame in the page's language when given", () => {
		expect(iframeSnippet({ site, filter, theme: 'auto', title: 'Chronologie "Dateline"' })).toContain(
			'title="Chronologie &quot;Dateline&quot;"'
		);
	});

	test('iframeSnippet frames /embed and loads the resizer from the same site', () => {
		const html = iframeSnippet({ site, filter, theme: 'auto' });
		expect(html).toContain(`<iframe src="${site}/embed?actors=putin,erdogan&amp;match=all`);
		expect(html).toContain('title="Dateline timeline"');
		expect(html).toContain(`<script src="${site}/embed.js" async></script>`);
	});

	test('widgetAttributes lists only what differs from the default view', () => {
		expect(widgetAttributes({ site, filter: EMPTY_FILTER, theme: 'auto' })).toEqual([
			['src', `${site}/data/index.json`]
		]);
		expect(widgetAttributes({ site, filter, theme: 'dark', height: 500 })).toEqual([
			['src', `${site}/data/index.json`],
			['actors', 'putin,erdogan'],
			['match', 'all'],
			['types', 'agreement'],
			['from', '2018-01-01'],
			['q', 'Idlib "zone" <b>'],
			['uncertain', '1'],
			['theme', 'dark'],
			['height', '500']
		]);
	});

	test('widgetSnippet escapes attribute values, so a search text cannot break out of the tag', () => {
		const html = widgetSnippet({ site, filter, theme: 'auto' });
		expect(html).toContain('q="Idlib &quot;zone&quot; &lt;b&gt;"');
		expect(html).not.toContain('<b>');
		expect(html.startsWith(`<script src="${site}/widget.js" defer></script>`)).toBe(true);
	});
});
