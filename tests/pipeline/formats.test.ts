import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/model/problems.ts';
import { buildDataset, type InputFile } from '../../src/pipeline/build.ts';
import { readDataFiles, resolveLayout } from '../../src/pipeline/io.ts';
import { parseArticleFile } from '../../src/pipeline/article-file.ts';
import { calendarDateOf, fileNameDate } from '../../src/pipeline/article-date.ts';

const FORMATS = fileURLToPath(new URL('../fixtures/formats', import.meta.url));
const fixture = (path: string): InputFile => ({
	path: `formats/${path}`,
	bytes: readFileSync(`${FORMATS}/${path}`)
});
const file = (path: string, text: string): InputFile => ({ path, bytes: new TextEncoder().encode(text) });
const lines = (...rows: string[]) => rows.join('\n') + '\n';

describe('TimelineJS files in timelines/ become curated events', () => {
	const result = buildDataset(readDataFiles(resolveLayout(FORMATS)), { extract: false });
	const event = (id: string) => result.dataset!.events.find((e) => e.id === id);

	it('builds the fixture folder without problems: every slide but the title and eras is an event', () => {
		expect(result.problems.map(formatProblem)).toEqual([]);
		expect(result.dataset!.events).toHaveLength(8);
	});

	it.each([
		// The sheet: columns in their own order, a blank row, a quoted cell over two lines.
		['2017-01-23-first-round-in-astana', 'day', '2017-01-23', '2017-01-24', 'talks'],
		['2017-02-01-ceasefire-monitoring-agreed', 'month', '2017-02-01', '2017-02-28', 'agreement'],
		['2018-01-01-sochi-congress-national-dialogue', 'year', '2018-01-01', '2018-12-31', 'meeting'],
		['2019-04-25-talks-move-to-nur-sultan', 'day', '2019-04-25', '2019-04-25', 'talks'],
		// The JSON: strings and numbers, an hour that does not move the day, a group that names no type.
		['sochi-memorandum', 'day', '2018-09-17', '2018-09-17', 'agreement'],
		['2018-10-01-heavy-weapons-withdrawn-from-the-zone', 'month', '2018-10-01', '2018-10-31', 'military'],
		[
			'2019-01-01-offensive-and-counter-offensive-in-the-south-of-the',
			'year',
			'2019-01-01',
			'2020-12-31',
			'other'
		],
		['moscow-ceasefire', 'day', '2020-03-05', '2020-03-05', 'agreement']
	])('%s: %s precision, %s to %s, %s', (id, precision, start, end, type) => {
		expect(event(id)).toMatchObject({ precision, start, end, type });
	});

	it('reads headlines and texts as plain text, and keeps a display date the fields do not say', () => {
		expect(event('2017-01-23-first-round-in-astana')?.summary).toBe(
			'Delegations of the government and armed groups met face to face for the first time.'
		);
		expect(event('2018-01-01-sochi-congress-national-dialogue')).toMatchObject({
			title: 'Sochi congress, "national dialogue"',
			summary: 'A congress of Syrians on the Black Sea coast & a committee to follow.'
		});
		expect(event('2017-02-01-ceasefire-monitoring-agreed')?.summary).toBe(
			'Mid-February 2017: Russia, Turkey and Iran agreed on a joint group to monitor the truce.'
		);
		expect(event('2018-10-01-heavy-weapons-withdrawn-from-the-zone')?.summary).toBeUndefined();
	});
});

describe('a malformed TimelineJS file stops the build with file:line problems', () => {
	const build = (...timelines: InputFile[]) =>
		buildDataset({ articles: [], events: [], timelines }, { extract: false });

	it.each([
		{
			name: 'a sheet row with a month that is none, after a cell over two lines',
			file: file(
				'timelines/t.csv',
				lines(
					'Year,Month,Day,Headline,Text',
					'2019,4,25,Talks,"one',
					'two"',
					'2019,13,,Bad month,',
					'2019,5,,Fine,'
				)
			),
			expected: ['timelines/t.csv:4: start_date.month: month "13" is not a month from 1 to 12 [DATE_INVALID]']
		},
		{
			name: 'a sheet row whose end comes before its start',
			file: file(
				'timelines/t.csv',
				lines('Year,Month,Headline,End Year,End Month', '2019,5,Backwards,2019,4')
			),
			expected: [
				'timelines/t.csv:2: end_date: the end 2019-04-30 is before the start 2019-05-01 [DATE_ORDER]'
			]
		},
		{
			name: 'a sheet without a Year column, with a misspelt one',
			file: file('timelines/t.csv', lines('Yeer,Headline', '2019,Talks')),
			expected: [
				'timelines/t.csv:1: unknown column `Yeer`; did you mean `Year`? [FIELD_UNKNOWN]',
				'timelines/t.csv:1: the sheet has no `Year` column [FIELD_MISSING]'
			]
		},
		{
			name: 'a JSON slide with a day February lacks, and one without a headline',
			file: file(
				'timelines/t.json',
				lines(
					'{',
					'  "events": [',
					'    { "start_date": { "year": 2019 }, "text": { "headline": "Fine" } },',
					'    {',
					'      "start_date": {',
					'        "year": 2019, "month": 2,',
					'        "day": 30',
					'      },',
					'      "text": { "headline": "Bad day" }',
					'    },',
					'    {',
					'      "start_date": { "year": 2019 }',
					'    }',
					'  ]',
					'}'
				)
			),
			expected: [
				'timelines/t.json:7: start_date.day: day 30 is not a day of 2019-2 [DATE_INVALID]',
				'timelines/t.json:11: text.headline: the slide has no headline or text [FIELD_MISSING]'
			]
		},
		{
			name: 'two JSON slides with one unique_id',
			file: file(
				'timelines/t.json',
				lines(
					'{ "events": [',
					'  { "start_date": { "year": 2019 }, "text": { "headline": "A" }, "unique_id": "same" },',
					'  { "start_date": { "year": 2018 }, "text": { "headline": "B" }, "unique_id": "same" }',
					'] }'
				)
			),
			expected: ['timelines/t.json:3: id "same" is also used at timelines/t.json:2 [DUPLICATE_ID]']
		}
	])('$name', ({ file, expected }) => {
		const result = build(file);
		expect(result.problems.map(formatProblem)).toEqual(expected);
		expect(result.dataset).toBeUndefined();
	});

	it('JSON that does not parse names its line', () => {
		const result = build(
			file(
				'timelines/t.json',
				lines('{ "events": [', '  { "start_date": { "year": 2019 } }', '  { "oops" }', '] }')
			)
		);
		expect(result.problems.map((p) => [p.code, p.file, p.line])).toEqual([
			['JSON_SYNTAX', 'timelines/t.json', 3]
		]);
		expect(result.dataset).toBeUndefined();
	});
});

describe('articles as people save them', () => {
	const actors = fixture('actors.yaml');
	const build = (article: InputFile) => buildDataset({ articles: [article], actors, events: [] });
	const twin = (id: string) => build(fixture(`articles/${id}.md`));

	it.each([
		['2019-04-20-envoy-damascus.txt', 'a Date: line in words'],
		['2018-09-18-sochi-buffer-zone.txt', 'the date from the file name, CRLF line ends'],
		['2019-04-20-envoy-damascus.html', 'JSON-LD datePublished and publisher, boilerplate around'],
		[
			'2018-09-18-sochi-buffer-zone.html',
			'article:published_time and og:site_name, a meta line and comments'
		],
		['2020-03-06-moscow-ceasefire.html', 'an old table layout with only <time datetime>']
	])('%s (%s) gives the same article and events as its Markdown twin', (name) => {
		const saved = build(fixture(`saved/${name}`));
		const markdown = twin(name.replace(/\.\w+$/, ''));
		expect(saved.problems.map(formatProblem)).toEqual([]);
		expect(markdown.dataset!.events.length).toBeGreaterThan(0);
		expect(saved.articles[0]!.body).toBe(markdown.articles[0]!.body);
		expect(saved.dataset).toEqual(markdown.dataset);
	});

	it('a hostile page gives clean text: no script, style, handler, javascript: link or markup', () => {
		const { parsed } = parseArticleFile(
			'hostile.html',
			readFileSync(`${FORMATS}/saved/hostile.html`, 'utf8')
		);
		expect(parsed!.article).toEqual({
			id: 'hostile',
			title: 'Envoys meet in Geneva',
			published: '2019-10-30',
			source: 'Alpine Gazette'
		});
		expect(parsed!.body).toBe(
			[
				'The constitutional committee for Syria held its first session in Geneva on Wednesday, the United Nations said, with delegations from the government and the opposition in the same room.',
				'Officials called the meeting a first step and said the next session would follow in November.',
				'Critics said <script> tags in a sentence are only words, and the text kept them as such.'
			].join('\n\n')
		);
		expect(parsed!.body).not.toMatch(/TEXT|alert|javascript:|onerror|color:/);
	});

	it.each([
		['undated-note.txt', /no publication date: add a `Date: 2019-04-20` line/],
		['undated-page.html', /no publication date: the page has no article:published_time/]
	])('%s, without a date anywhere, is a problem naming the file and is left out', (name, message) => {
		const result = build(fixture(`broken/${name}`));
		expect(result.problems).toMatchObject([
			{ code: 'FIELD_MISSING', file: `formats/broken/${name}`, line: 1 }
		]);
		expect(result.problems[0]!.message).toMatch(message);
		expect(result.dataset).toBeUndefined();
	});

	it('a Date: line that is not a date is reported at its line', () => {
		const result = build(
			file('notes/2019-01-01-x.txt', lines('Title', 'Source: Wire', 'Date: soon', '', 'Body text.'))
		);
		expect(result.problems.map(formatProblem)).toEqual([
			'notes/2019-01-01-x.txt:3: "soon" is not a date, e.g. Date: 2019-04-20 [DATE_INVALID]'
		]);
	});
});

describe('publication dates', () => {
	it.each([
		['2019-04-20', '2019-04-20'],
		['2019-04-20T23:30:00-05:00', '2019-04-20'],
		['April 20, 2019', '2019-04-20'],
		['Saturday 20 April 2019, 10:15', '2019-04-20'],
		['2019-02-30', undefined],
		['April 2019', undefined],
		['yesterday', undefined]
	])('calendarDateOf(%j) is %j', (text, date) => {
		expect(calendarDateOf(text)).toBe(date);
	});

	it.each([
		['articles/2019-04-20-sochi.txt', '2019-04-20'],
		['AP_20190420.html', '2019-04-20'],
		['2019-13-01-x.txt', undefined],
		['notes.txt', undefined]
	])('fileNameDate(%j) is %j', (name, date) => {
		expect(fileNameDate(name)).toBe(date);
	});
});
