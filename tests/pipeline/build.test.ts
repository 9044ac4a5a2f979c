import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeProblem, type ProblemCode } from '../../src/lib/model/problems.ts';
import { buildDataset, type DataFiles, type InputFile } from '../../src/pipeline/build.ts';
import { readDataFiles, resolveLayout } from '../../src/pipeline/io.ts';
import { validateDataset } from '../../src/lib/model/validate.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/data', import.meta.url));

const encode = (text: string) => new TextEncoder().encode(text);

/** One line per argument, so line N of the file is argument N. */
const lines = (...rows: string[]) => rows.join('\n') + '\n';

function concat(...parts: (string | number[])[]): Uint8Array {
	return new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...encode(p)] : p)));
}

function bodyOf(result: ReturnType<typeof buildDataset>, article: string): string {
	const parsed = result.articles.find((a) => a.article.id === article);
	if (!parsed) throw new Error(`no parsed article "${article}"`);
	return parsed.body;
}

describe('buildDataset on the fixture data folder, curated events only', () => {
	const result = buildDataset(readDataFiles(resolveLayout(FIXTURE)), { extract: false });
	const dataset = result.dataset!;
	const event = (id: string) => dataset.events.find((e) => e.id === id)!;

	it('builds a dataset without problems', () => {
		expect(result.problems).toEqual([]);
		expect(result.dataset).toBeDefined();
	});

	it('carries every actor, curated event and article', () => {
		expect([dataset.version, dataset.actors.length, dataset.events.length, dataset.articles.length]).toEqual([
			1, 6, 5, 3
		]);
	});

	it('sorts events by start, then id, whatever order the file lists them in', () => {
		expect(dataset.events.map((e) => [e.start, e.id])).toEqual([
			['2019-02-01', 'guarantor-contacts-2019-02'],
			['2019-04-25', 'astana-round-2019'],
			['2019-09-16', 'ankara-joint-statement-2019'],
			['2019-09-16', 'ankara-summit-2019'],
			['2019-10-30', 'geneva-committee-opens-2019']
		]);
	});

	it.each([
		[
			'a month-precision event ends on the last day of its month',
			'guarantor-contacts-2019-02',
			'month',
			'2019-02-28'
		],
		['a written end is kept', 'astana-round-2019', 'day', '2019-04-26'],
		['an event without precision or end is a single day', 'ankara-joint-statement-2019', 'day', '2019-09-16']
	])('%s', (_, id, precision, end) => {
		expect([event(id).precision, event(id).end]).toEqual([precision, end]);
	});

	it('fills source offsets so each slice of the article body is the quote', () => {
		const sources = dataset.events.flatMap((e) => e.sources);
		expect(sources).toHaveLength(6);
		for (const { article, quote, start, end } of sources) {
			expect(bodyOf(result, article).slice(start, end)).toBe(quote);
		}
		// The second Astana quote is not the body's first sentence: offsets are really found, not 0.
		expect(event('astana-round-2019').sources[1]!.start).toBeGreaterThan(0);
	});

	it('leaves the gazetteer roles out of the dataset actors', () => {
		for (const actor of dataset.actors) {
			expect(Object.keys(actor).sort()).toEqual(['aliases', 'id', 'kind', 'memberOf', 'name']);
		}
		expect(result.gazetteer.find((a) => a.id === 'erdogan')?.roles).toHaveLength(2);
	});

	it('gives actors written without aliases or memberOf empty lists', () => {
		expect(dataset.actors.find((a) => a.id === 'united-nations')).toMatchObject({ aliases: ['UN', 'U.N.'] });
		expect(dataset.actors.find((a) => a.id === 'russia')?.memberOf).toEqual([]);
	});

	it('sorts articles by published date, not by file name', () => {
		expect(dataset.articles.map((a) => [a.published, a.id])).toEqual([
			['2019-04-26', 'astana-round'],
			['2019-09-17', 'ankara-summit'],
			['2019-10-31', 'geneva-committee']
		]);
		expect(dataset.articles.filter((a) => 'url' in a).map((a) => a.id)).toEqual(['ankara-summit']);
	});

	it('gives the same dataset whatever order the files are read in', () => {
		const files = readDataFiles(resolveLayout(FIXTURE));
		const reversed = {
			...files,
			articles: [...files.articles].reverse(),
			events: [...files.events].reverse()
		};
		expect(buildDataset(reversed, { extract: false }).dataset).toEqual(dataset);
	});
});

describe('buildDataset on the fixture data folder, with extraction', () => {
	const files = readDataFiles(resolveLayout(FIXTURE));
	const result = buildDataset(files);
	const dataset = result.dataset!;
	const curated = buildDataset(files, { extract: false }).dataset!;

	it('builds a valid dataset that keeps every curated event and adds extracted ones', () => {
		expect(result.problems).toEqual([]);
		expect(validateDataset(dataset)).toEqual([]);
		const ids = new Set(dataset.events.map((e) => e.id));
		for (const event of curated.events) expect(ids.has(event.id), event.id).toBe(true);
		expect(dataset.events.length).toBeGreaterThan(curated.events.length);
		expect(dataset.events.some((e) => e.cameo && !curated.events.some((c) => c.id === e.id))).toBe(true);
	});

	it('adds the sentence a curated event quotes to it once, not as a second event', () => {
		const summit = dataset.events.filter((e) => e.start === '2019-09-16' && e.actors.includes('putin'));
		const quotes = summit.flatMap((e) => e.sources.map((s) => `${s.article}:${s.start}`));
		expect(new Set(quotes).size).toBe(quotes.length);
	});

	it('makes a person the gazetteer lacks an unreviewed actor, so no event names an unknown id', () => {
		const unknown = dataset.actors.filter((a) => a.unreviewed);
		expect(unknown.map((a) => a.id)).toContain('mevlut-cavusoglu');
		expect(dataset.events.some((e) => e.actors.includes('mevlut-cavusoglu'))).toBe(true);
	});

	it('gives the same dataset on every build, whatever order the files are read in', () => {
		expect(buildDataset(files).dataset).toEqual(dataset);
		const reversed = {
			...files,
			articles: [...files.articles].reverse(),
			events: [...files.events].reverse()
		};
		expect(buildDataset(reversed).dataset).toEqual(dataset);
	});

	it('uses events extracted elsewhere (the cache, worker threads) instead of extracting again', () => {
		const [first] = dataset.events.filter((e) => e.cameo && !curated.events.some((c) => c.id === e.id));
		const article = first!.sources[0]!.article;
		const built = buildDataset(files, { extracted: new Map([[article, []]]) }).dataset!;
		expect(built.events.some((e) => e.id === first!.id)).toBe(false);
	});
});

// A small valid data folder in memory; each bad-input row replaces one file (or adds one).
const QUOTE = 'Russia, Turkey and Iran met in Astana on Thursday.';
const BODY = `${QUOTE} The talks ended without a deal.`;

const ARTICLE = 'data/articles/astana.md';
const ACTORS = 'data/actors.yaml';
const EVENTS = 'data/events/a.yaml';
const MORE_EVENTS = 'data/events/b.yaml';
const PLACES = 'data/places.yaml';

const BASE: Record<string, string> = {
	[ARTICLE]: lines(
		'---',
		'title: Astana talks end',
		'published: 2019-04-26',
		'source: Test Wire',
		'---',
		BODY
	),
	[ACTORS]: lines(
		'- id: russia',
		'  name: Russia',
		'  kind: country',
		'- id: turkey',
		'  name: Turkey',
		'  kind: country',
		'- id: putin',
		'  name: Vladimir Putin',
		'  kind: person',
		'  memberOf: [russia]',
		'  roles:',
		'    - title: Russian president',
		'      from: 2012-05-07'
	),
	[EVENTS]: lines(
		'- id: astana-2019',
		'  title: Astana talks',
		'  type: talks',
		'  start: 2019-04-25',
		'  end: 2019-04-26',
		'  actors:',
		'    - russia',
		'    - turkey',
		'  sources:',
		'    - article: astana',
		`      quote: ${QUOTE}`
	)
};

/** Lines 1–11 of the base events file with line `n` replaced (or removed, when `text` is undefined). */
function eventsWithLine(n: number, text?: string): string {
	const rows = BASE[EVENTS]!.trimEnd().split('\n');
	rows.splice(n - 1, 1, ...(text === undefined ? [] : [text]));
	return lines(...rows);
}

function actorsWithLine(n: number, text: string): string {
	const rows = BASE[ACTORS]!.trimEnd().split('\n');
	rows[n - 1] = text;
	return lines(...rows);
}

/** The base files with `changes` applied, as the build receives them. */
function files(changes: Record<string, string | Uint8Array> = {}): DataFiles {
	const all = Object.entries({ ...BASE, ...changes }).map(([path, content]): InputFile => ({
		path,
		bytes: typeof content === 'string' ? encode(content) : content
	}));
	return {
		articles: all.filter((f) => f.path.startsWith('data/articles/')),
		actors: all.find((f) => f.path === ACTORS),
		places: all.find((f) => f.path === PLACES),
		events: all.filter((f) => f.path.startsWith('data/events/'))
	};
}

const where = (problems: { code: string; file?: string; line?: number }[]) =>
	problems.map(({ code, file, line }) => ({ code, file, line }));

describe('buildDataset on bad input', () => {
	it('builds the in-memory base without problems, so each row below fails for its own reason', () => {
		const result = buildDataset(files());
		expect(result.problems).toEqual([]);
		expect(result.dataset?.events[0]?.sources[0]).toMatchObject({ start: 0, end: QUOTE.length });
	});

	it.each<[string, Record<string, string | Uint8Array>, ProblemCode, string, number]>([
		[
			'an article without front matter is FRONT_MATTER_MISSING on line 1',
			{ [ARTICLE]: lines(BODY) },
			'FRONT_MATTER_MISSING',
			ARTICLE,
			1
		],
		[
			'an unclosed front matter is FRONT_MATTER_MISSING on line 1',
			{ [ARTICLE]: lines('---', 'title: A', 'published: 2019-04-26', 'source: W', BODY) },
			'FRONT_MATTER_MISSING',
			ARTICLE,
			1
		],
		[
			'front matter without `published` is FIELD_MISSING at the front matter',
			{ [ARTICLE]: lines('---', 'title: A', 'source: W', '---', BODY) },
			'FIELD_MISSING',
			ARTICLE,
			2
		],
		[
			'an impossible published date is DATE_INVALID on its line',
			{ [ARTICLE]: lines('---', 'title: A', 'source: W', 'published: 2019-02-30', '---', BODY) },
			'DATE_INVALID',
			ARTICLE,
			4
		],
		[
			'a YAML error in front matter is YAML_SYNTAX on its line in the article',
			{ [ARTICLE]: lines('---', 'title: A', 'published: 2019-04-26', 'source: @W', '---', BODY) },
			'YAML_SYNTAX',
			ARTICLE,
			4
		],
		[
			'an article with only blank lines after its front matter is BODY_EMPTY',
			{ [ARTICLE]: lines('---', 'title: A', 'published: 2019-04-26', 'source: W', '---', '', '  ') },
			'BODY_EMPTY',
			ARTICLE,
			5
		],
		[
			'a Latin-1 byte on line 4 is ENCODING on line 4',
			{
				[ARTICLE]: concat(
					'---\ntitle: A\npublished: 2019-04-26\nsource: Caf',
					[0xe9],
					` Wire\n---\n${BODY}\n`
				)
			},
			'ENCODING',
			ARTICLE,
			4
		],
		[
			'a stray continuation byte after valid multi-byte text is ENCODING on its line',
			{
				[ARTICLE]: concat('---\ntitle: Ankara\npublished: 2019-04-26\nsource: Çağ Wire\n---\n', [0x80], BODY)
			},
			'ENCODING',
			ARTICLE,
			6
		],
		[
			'a YAML syntax error in actors.yaml is YAML_SYNTAX on its line',
			{ [ACTORS]: actorsWithLine(5, '  name: Turkey: Ankara') },
			'YAML_SYNTAX',
			ACTORS,
			5
		],
		[
			'aliases that expand without bound ("billion laughs") in actors.yaml are YAML_ALIASES on the first alias',
			{
				[ACTORS]: [
					'a: &a [x, x, x, x, x, x, x, x, x, x]',
					'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
					'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
					'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]'
				].join('\n')
			},
			'YAML_ALIASES',
			ACTORS,
			2
		],
		[
			'a tag Dateline cannot read (!js/function) in an events file is YAML_TAG on its line',
			{ [EVENTS]: eventsWithLine(2, "  title: !js/function 'function () {}'") },
			'YAML_TAG',
			EVENTS,
			2
		],
		[
			'a second actor with the same id is DUPLICATE_ID on the second one',
			{ [ACTORS]: actorsWithLine(4, '- id: russia') },
			'DUPLICATE_ID',
			ACTORS,
			4
		],
		[
			'memberOf naming no actor is UNKNOWN_MEMBER on its line',
			{ [ACTORS]: actorsWithLine(10, '  memberOf: [rusia]') },
			'UNKNOWN_MEMBER',
			ACTORS,
			10
		],
		[
			'a role starting on an impossible date is DATE_INVALID on its line',
			{ [ACTORS]: actorsWithLine(13, '      from: 2012-13-07') },
			'DATE_INVALID',
			ACTORS,
			13
		],
		[
			'an event naming no known actor is UNKNOWN_ACTOR on that line',
			{ [EVENTS]: eventsWithLine(8, '    - nobody') },
			'UNKNOWN_ACTOR',
			EVENTS,
			8
		],
		[
			'an event ending before it starts is DATE_ORDER on its end',
			{ [EVENTS]: eventsWithLine(5, '  end: 2019-04-24') },
			'DATE_ORDER',
			EVENTS,
			5
		],
		[
			'an event starting on an impossible date is DATE_INVALID on its start',
			{ [EVENTS]: eventsWithLine(4, '  start: 2019-02-29') },
			'DATE_INVALID',
			EVENTS,
			4
		],
		[
			'month precision starting after the 1st is PRECISION_MISMATCH on its start',
			{ [EVENTS]: eventsWithLine(5, '  precision: month') },
			'PRECISION_MISMATCH',
			EVENTS,
			4
		],
		[
			'a quote that is not in the article is QUOTE_NOT_FOUND on the quote',
			{ [EVENTS]: eventsWithLine(11, '      quote: Russia and Iran met in Sochi.') },
			'QUOTE_NOT_FOUND',
			EVENTS,
			11
		],
		[
			'citing an article that does not exist is UNKNOWN_ARTICLE on the article line',
			{ [EVENTS]: eventsWithLine(10, '    - article: nowhere') },
			'UNKNOWN_ARTICLE',
			EVENTS,
			10
		],
		[
			'an event id used again in another file is DUPLICATE_ID in the second file',
			{ [MORE_EVENTS]: lines('# the same event, curated twice', BASE[EVENTS]!) },
			'DUPLICATE_ID',
			MORE_EVENTS,
			2
		],
		[
			'an event type outside the list is FIELD_INVALID on its line',
			{ [EVENTS]: eventsWithLine(3, '  type: summit') },
			'FIELD_INVALID',
			EVENTS,
			3
		],
		[
			'an event without a title is FIELD_MISSING at the event',
			{ [EVENTS]: eventsWithLine(2) },
			'FIELD_MISSING',
			EVENTS,
			1
		],
		[
			'a YAML syntax error in an events file is YAML_SYNTAX on its line',
			{ [EVENTS]: eventsWithLine(7, '    - @russia') },
			'YAML_SYNTAX',
			EVENTS,
			7
		]
	])('%s', (_, changes, code, file, line) => {
		const result = buildDataset(files(changes));
		expect(result.dataset).toBeUndefined();
		expect(where(result.problems)).toContainEqual({ code, file, line });
		// Every problem can be printed as `file:line: message`.
		for (const problem of result.problems) expect([problem.file, problem.line]).not.toContain(undefined);
	});

	it('reports every problem in every file, not just the first', () => {
		const result = buildDataset(
			files({
				'data/articles/other.md': lines('---', 'title: B', 'published: 2019-13-01', 'source: W', '---', BODY),
				[ACTORS]: actorsWithLine(4, '- id: russia'),
				[EVENTS]: eventsWithLine(5, '  end: 2019-04-24'),
				[MORE_EVENTS]: lines('- id: other', '  title: Other', '  type: summit', '  start: 2019-04-25')
			})
		);
		expect(result.dataset).toBeUndefined();
		expect(where(result.problems)).toEqual(
			expect.arrayContaining([
				{ code: 'DATE_INVALID', file: 'data/articles/other.md', line: 3 },
				{ code: 'DUPLICATE_ID', file: ACTORS, line: 4 },
				{ code: 'DATE_ORDER', file: EVENTS, line: 5 },
				{ code: 'FIELD_INVALID', file: MORE_EVENTS, line: 3 }
			])
		);
	});

	it.each([
		['an unreadable actors.yaml', { [ACTORS]: actorsWithLine(1, '- id: [russia') }, ACTORS, 'YAML_SYNTAX'],
		['an article that fails to parse', { [ARTICLE]: lines(BODY) }, ARTICLE, 'FRONT_MATTER_MISSING']
	])('reports %s once, not again at every reference to it', (_, changes, file, code) => {
		const result = buildDataset(files(changes));
		expect([...new Set(result.problems.map((p) => p.code))]).toEqual([code]);
		expect(result.problems[0]!.file).toBe(file);
	});

	it('reports a bad start once when the end was left to be derived from it', () => {
		const result = buildDataset(
			files({ [EVENTS]: eventsWithLine(5, '  precision: day').replace('2019-04-25', '2019-04-31') })
		);
		expect(where(result.problems)).toEqual([{ code: 'DATE_INVALID', file: EVENTS, line: 4 }]);
		expect(describeProblem(result.problems[0]!)).toMatch(/^start: /);
	});

	it('counts lines the same in a file with CRLF line endings', () => {
		const result = buildDataset(
			files({ [EVENTS]: eventsWithLine(5, '  end: 2019-04-24').replace(/\n/g, '\r\n') })
		);
		expect(where(result.problems)).toEqual([{ code: 'DATE_ORDER', file: EVENTS, line: 5 }]);
	});
});

describe('buildDataset with a places gazetteer', () => {
	it('gives extracted events their place from places.yaml', () => {
		const result = buildDataset(files({ [PLACES]: lines('- name: Astana', '  aliases: [Nur-Sultan]') }));
		expect(result.problems).toEqual([]);
		expect(result.places.map((p) => p.name)).toEqual(['Astana']);
		// "met in Astana on Thursday": the curated event takes the place the extraction found.
		expect(result.dataset!.events.find((e) => e.id === 'astana-2019')?.place).toBe('Astana');
		const without = buildDataset(files());
		expect(without.dataset!.events.find((e) => e.id === 'astana-2019')?.place).toBeUndefined();
	});

	it.each<[string, string, string, number]>([
		['a place with an unknown country', lines('- name: Astana', '  country: kazakstan'), 'UNKNOWN_ACTOR', 2],
		['a YAML syntax error', lines('- name: Astana', '  aliases: [Nur-Sultan'), 'YAML_SYNTAX', 3],
		['a misspelt field', lines('- name: Astana', '  alias: [Nur-Sultan]'), 'FIELD_UNKNOWN', 2]
	])('stops on %s in places.yaml, naming the file and line', (_, text, code, line) => {
		const result = buildDataset(files({ [PLACES]: text }));
		expect(result.dataset).toBeUndefined();
		expect(where(result.problems)).toEqual([{ code, file: PLACES, line }]);
	});
});

describe('buildDataset on unusual but valid input', () => {
	it('parses a 5 MB article and finds a quote at its very end', () => {
		const filler = 'Diplomats met again and again in the same hotel without a result.\n\n';
		const body = filler.repeat(Math.ceil((5 * 1024 * 1024) / filler.length)) + QUOTE;
		const result = buildDataset(
			files({ [ARTICLE]: lines('---', 'title: Long', 'published: 2019-04-26', 'source: W', '---', body) })
		);
		expect(result.problems).toEqual([]);
		expect(bodyOf(result, 'astana').length).toBeGreaterThan(5 * 1024 * 1024);
		expect(result.dataset?.events[0]?.sources[0]).toMatchObject({ start: body.length - QUOTE.length });
	}, 60_000); // the part-of-speech tagger reads all 5 MB: seconds, not the default 5 s

	it('accepts a byte-order mark and CRLF line endings, with offsets into the LF body', () => {
		const bom = [0xef, 0xbb, 0xbf];
		const crlf = (text: string) => concat(bom, text.replace(/\n/g, '\r\n'));
		const body = `Talks opened on Wednesday.\n\n${QUOTE}\n\nThe talks ended without a deal.`;
		const result = buildDataset(
			files({
				[ARTICLE]: crlf(lines('---', 'title: Astana', 'published: 2019-04-26', 'source: W', '---', body)),
				[ACTORS]: crlf(BASE[ACTORS]!),
				[EVENTS]: crlf(BASE[EVENTS]!)
			})
		);
		expect(result.problems).toEqual([]);
		const parsed = bodyOf(result, 'astana');
		expect(parsed).toBe(body);
		const { start, end } = result.dataset!.events[0]!.sources[0]!;
		expect([start, parsed.slice(start, end)]).toEqual([body.indexOf(QUOTE), QUOTE]);
		expect(result.dataset?.articles[0]?.title).toBe('Astana');
		expect(result.dataset?.actors.map((a) => a.id)).toEqual(['russia', 'turkey', 'putin']);
	});
});

describe('buildDataset after a list item that is not a mapping', () => {
	// `- 42` is skipped with a problem of its own; the items after it keep their own lines.
	it.each<[string, Record<string, string>, { code: ProblemCode; file: string; line: number }[]]>([
		[
			'a problem in the third event is on the third event’s line',
			{
				[EVENTS]: lines(
					'- 42',
					'- id: first',
					'  title: First',
					'  type: talks',
					'  start: 2019-04-25',
					'- id: third',
					'  title: Third',
					'  type: talks',
					'  start: 2019-04-26',
					'  actors: [nobody]'
				)
			},
			[
				{ code: 'FIELD_INVALID', file: EVENTS, line: 1 },
				{ code: 'UNKNOWN_ACTOR', file: EVENTS, line: 10 }
			]
		],
		[
			'a year-precision event with a wrong written end is still PRECISION_MISMATCH',
			{
				[EVENTS]: lines(
					'- 42',
					'- id: year',
					'  title: Year',
					'  type: talks',
					'  start: 2019-01-01',
					'  end: 2019-06-30',
					'  precision: year'
				)
			},
			[
				{ code: 'FIELD_INVALID', file: EVENTS, line: 1 },
				{ code: 'PRECISION_MISMATCH', file: EVENTS, line: 6 }
			]
		],
		[
			'a problem in a later actor is on that actor’s line',
			{ [ACTORS]: lines('- 42', actorsWithLine(10, '  memberOf: [rusia]').trimEnd()) },
			[
				{ code: 'FIELD_INVALID', file: ACTORS, line: 1 },
				{ code: 'UNKNOWN_MEMBER', file: ACTORS, line: 11 }
			]
		]
	])('%s', (_, changes, expected) => {
		expect(where(buildDataset(files(changes)).problems)).toEqual(expected);
	});
});

describe('buildDataset on fields it does not know', () => {
	it.each<[string, Record<string, string>, string, number, string | undefined]>([
		[
			'a misspelt event summary',
			{ [EVENTS]: eventsWithLine(5, '  end: 2019-04-26\n  sumary: The talks ended.') },
			EVENTS,
			6,
			'summary'
		],
		[
			'an event colour',
			{ [EVENTS]: eventsWithLine(3, '  type: talks\n  colour: red') },
			EVENTS,
			4,
			undefined
		],
		[
			'an unknown event field holding a block, at the key’s line',
			{ [EVENTS]: eventsWithLine(3, '  type: talks\n  colours:\n    fill: red') },
			EVENTS,
			4,
			undefined
		],
		[
			'a capitalised event field',
			{ [EVENTS]: eventsWithLine(2, '  Title: Astana talks') },
			EVENTS,
			2,
			'title'
		],
		[
			'a remark on a source',
			{ [EVENTS]: lines(BASE[EVENTS]!.trimEnd(), '      remark: check the date') },
			EVENTS,
			12,
			undefined
		],
		[
			'an actor colour',
			{ [ACTORS]: actorsWithLine(3, '  kind: country\n  colour: red') },
			ACTORS,
			4,
			undefined
		],
		[
			'a misspelt actor alias list',
			{ [ACTORS]: actorsWithLine(3, '  kind: country\n  alias: [RF]') },
			ACTORS,
			4,
			'aliases'
		],
		['a misspelt role start', { [ACTORS]: actorsWithLine(13, '      form: 2012-05-07') }, ACTORS, 13, 'from'],
		[
			'an unknown role field',
			{ [ACTORS]: lines(BASE[ACTORS]!.trimEnd(), '      until: 2024-05-07') },
			ACTORS,
			14,
			undefined
		]
	])('%s is FIELD_UNKNOWN on its line', (_, changes, file, line, hint) => {
		const result = buildDataset(files(changes));
		expect(result.dataset).toBeUndefined();
		const unknown = result.problems.filter((p) => p.code === 'FIELD_UNKNOWN');
		expect(where(unknown)).toEqual([{ code: 'FIELD_UNKNOWN', file, line }]);
		if (hint) expect(unknown[0]!.message).toContain(`did you mean \`${hint}\`?`);
		else expect(unknown[0]!.message).not.toContain('did you mean');
	});

	it('keeps unknown fields out of the gazetteer it hands on', () => {
		const result = buildDataset(
			files({
				[ACTORS]: lines(
					actorsWithLine(3, '  kind: country\n  colour: red').trimEnd(),
					'      until: 2024-05-07'
				)
			})
		);
		expect(result.gazetteer.find((a) => a.id === 'russia')).not.toHaveProperty('colour');
		expect(result.gazetteer.find((a) => a.id === 'putin')?.roles).toEqual([
			{ title: 'Russian president', from: '2012-05-07' }
		]);
	});

	it.each<[string, string, ProblemCode[]]>([
		['a string cameo code', "  cameo: '042'", []],
		['a cameo code that is not a string', '  cameo: 42', ['FIELD_INVALID']]
	])('passes %s through to the dataset, or reports it', (_, row, codes) => {
		const result = buildDataset(files({ [EVENTS]: eventsWithLine(3, `  type: talks\n${row}`) }));
		expect(result.problems.map((p) => p.code)).toEqual(codes);
		const curated = result.dataset?.events.find((e) => e.id === 'astana-2019');
		if (codes.length === 0) expect(curated).toHaveProperty('cameo', '042');
		else expect(where(result.problems)).toEqual([{ code: 'FIELD_INVALID', file: EVENTS, line: 4 }]);
	});

	it('leaves the dataset contract open to extra fields from other producers', () => {
		const dataset = buildDataset(files()).dataset!;
		const extended = {
			...dataset,
			events: dataset.events.map((e) => ({
				...e,
				colour: 'red',
				sources: e.sources.map((s) => ({ ...s, note: 'x' }))
			}))
		};
		expect(validateDataset(extended)).toEqual([]);
	});
});

describe('buildDataset on a duplicate id', () => {
	const event = (id: string, title: string, start: string) =>
		lines(`- id: ${id}`, `  title: ${title}`, '  type: talks', `  start: ${start}`).trimEnd();

	it.each<[string, Record<string, string>, { file: string; line: number; message: string }[]]>([
		[
			'in a later file whose event sorts first, at the later file, naming the earlier',
			{
				[MORE_EVENTS]: lines(
					event('other', 'Other', '2019-01-01'),
					event('astana-2019', 'Again', '2019-01-02')
				)
			},
			[{ file: MORE_EVENTS, line: 5, message: `id "astana-2019" is also used at ${EVENTS}:1` }]
		],
		[
			'later in the same file, at the later line, naming the earlier',
			{
				[EVENTS]: lines(
					event('astana-2019', 'Astana talks', '2019-04-25'),
					event('astana-2019', 'Astana again', '2019-01-02')
				)
			},
			[{ file: EVENTS, line: 5, message: `id "astana-2019" is also used at ${EVENTS}:1` }]
		],
		[
			'used three times, at each later one, naming the first',
			{
				[EVENTS]: lines(
					event('x', 'X', '2019-04-25'),
					event('x', 'X', '2019-01-02'),
					event('x', 'X', '2019-03-02')
				),
				[MORE_EVENTS]: event('x', 'X', '2018-01-01')
			},
			[
				{ file: EVENTS, line: 5, message: `id "x" is also used at ${EVENTS}:1` },
				{ file: EVENTS, line: 9, message: `id "x" is also used at ${EVENTS}:1` },
				{ file: MORE_EVENTS, line: 1, message: `id "x" is also used at ${EVENTS}:1` }
			]
		]
	])('is reported %s', (_, changes, expected) => {
		const problems = buildDataset(files(changes)).problems.filter((p) => p.code === 'DUPLICATE_ID');
		const got = problems.map(({ file, line, message }) => ({ file, line, message }));
		expect(got.sort((a, b) => `${a.file}:${a.line}`.localeCompare(`${b.file}:${b.line}`))).toEqual(expected);
	});
});

describe('buildDataset on empty text', () => {
	it.each<[string, Record<string, string>, string, number, string]>([
		[
			'an empty event title',
			{ [EVENTS]: eventsWithLine(2, "  title: ''") },
			EVENTS,
			2,
			'title: must not be empty'
		],
		[
			'an empty actor name',
			{ [ACTORS]: actorsWithLine(2, "  name: ''") },
			ACTORS,
			2,
			'name: must not be empty'
		]
	])('reports %s without printing its length', (_, changes, file, line, message) => {
		const problems = buildDataset(files(changes)).problems;
		expect(problems.map((p) => ({ ...where([p])[0], message: describeProblem(p) }))).toEqual([
			{ code: 'FIELD_INVALID', file, line, message }
		]);
		expect(problems[0]!.message).not.toMatch(/\b0\b/);
	});
});

describe('curated events', () => {
	it('may write every field of the contract, roles, plans and confidence included', () => {
		const written = `${BASE[EVENTS]}\n  agents: [russia]\n  recipients: [turkey]\n  planned: true\n  confidence: 0.9\n`;
		const built = buildDataset(files({ [EVENTS]: written }), { extract: false });
		expect(built.problems).toEqual([]);
		expect(built.dataset!.events.find((e) => e.id === 'astana-2019')).toMatchObject({
			agents: ['russia'],
			recipients: ['turkey'],
			planned: true,
			confidence: 0.9
		});
	});
});
