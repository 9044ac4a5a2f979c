import { describe, expect, it } from 'vitest';
import { articleIdOf } from '../../src/pipeline/article.ts';
import { buildDataset, type DataFiles } from '../../src/pipeline/build.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const lines = (...rows: string[]) => rows.join('\n') + '\n';

const article = (title: string) =>
	lines(
		'---',
		`title: ${title}`,
		'published: 2013-03-22',
		'source: Test Wire',
		'---',
		'Cyprus and the European Union agreed on Friday to a bailout.',
		'',
		'Russia said on Thursday it would not lend more.'
	);

const ACTORS = lines(
	'- id: cyprus',
	'  name: Cyprus',
	'  kind: country',
	'- id: european-union',
	'  name: European Union',
	'  kind: organization',
	'- id: russia',
	'  name: Russia',
	'  kind: country'
);

function files(articles: Record<string, string>, actors = ACTORS): DataFiles {
	return {
		articles: Object.entries(articles).map(([path, text]) => ({ path, bytes: encode(text) })),
		actors: { path: 'data/actors.yaml', bytes: encode(actors) },
		events: []
	};
}

describe('articleIdOf', () => {
	it.each([
		['data/articles/2018-09-18-sochi.md', '2018-09-18-sochi'],
		['data/articles/AP_20130322.md', 'ap-20130322'],
		['nyt_20130321_china_pollution.md', 'nyt-20130321-china-pollution'],
		['C:\\news\\CNN_20130322_1003.MD', 'cnn-20130322-1003'],
		['data/articles/Café  Crème (2).md', 'cafe-creme-2'],
		['data/articles/__draft__.md', 'draft']
	])('articleIdOf(%j) is %j', (file, id) => {
		expect(articleIdOf(file)).toBe(id);
	});
});

describe('buildDataset on article file names', () => {
	it('builds articles whose names hold capitals, underscores and spaces, with slugs as ids', () => {
		const built = buildDataset(
			files({
				'data/articles/AP_20130322.md': article('One'),
				'data/articles/NYT 20130321 Cyprus.md': article('Two')
			})
		);
		expect(built.problems).toEqual([]);
		expect(built.dataset!.articles.map((a) => a.id).sort()).toEqual(['ap-20130322', 'nyt-20130321-cyprus']);
		const sources = built.dataset!.events.flatMap((e) => e.sources.map((s) => s.article));
		expect(sources.length).toBeGreaterThan(0);
		expect(new Set(sources)).toEqual(new Set(['ap-20130322', 'nyt-20130321-cyprus']));
	});

	it('reports two files with one slug as one problem naming both, at file:line', () => {
		const built = buildDataset(
			files({
				'data/articles/AP_20130322.md': article('One'),
				'data/articles/ap-20130322.md': article('Two')
			})
		);
		expect(built.dataset).toBeUndefined();
		expect(built.problems).toHaveLength(1);
		const [problem] = built.problems;
		expect(problem).toMatchObject({ code: 'DUPLICATE_ID', file: 'data/articles/ap-20130322.md', line: 1 });
		expect(problem!.message).toContain('data/articles/AP_20130322.md');
		expect(problem!.message).toContain('"ap-20130322"');
	});

	it('reports a file name with nothing to make an id of once, at file:line, with no knock-on problems', () => {
		const built = buildDataset(files({ 'data/articles/___.md': article('One') }));
		expect(built.problems).toEqual([
			expect.objectContaining({ code: 'FIELD_INVALID', file: 'data/articles/___.md', line: 1 })
		]);
	});

	it('reports a badly written actor id once, in actors.yaml, not again at each event that names it', () => {
		const built = buildDataset(
			files({ 'data/articles/AP_20130322.md': article('One') }, ACTORS.replace('id: cyprus', 'id: Cyprus_X'))
		);
		expect(built.problems.map(({ code, file, line }) => ({ code, file, line }))).toEqual([
			{ code: 'FIELD_INVALID', file: 'data/actors.yaml', line: 1 }
		]);
	});

	it('gives every problem of a folder of badly named, badly written files a file and a line', () => {
		const built = buildDataset(
			files(
				{
					'data/articles/AP_20130322.md': article('One'),
					'data/articles/ap 20130322.md': article('Two'),
					'data/articles/No Date.md': article('Three').replace('published: 2013-03-22', 'published: someday'),
					'data/articles/--.md': article('Four')
				},
				ACTORS.replace('kind: organization', 'kind: body').replace('id: russia', 'id: Russia')
			)
		);
		expect(built.problems.length).toBeGreaterThanOrEqual(5);
		for (const problem of built.problems) {
			expect(problem.file, JSON.stringify(problem)).toBeTruthy();
			expect(problem.line, JSON.stringify(problem)).toBeGreaterThan(0);
		}
	});
});
