import { describe, expect, it } from 'vitest';
import {
	parseEmbedParams,
	parseViewParams,
	viewParams,
	viewToSearch,
	type Notice,
	type ViewState
} from '../../../src/lib/filters/url';
import { attributesToParams } from '../../../src/lib/widget/attributes';
import { widgetAttributes } from '../../../src/lib/widget/snippets';
import { EMPTY_FILTER, type EventFilter } from '../../../src/lib/model/filter';
import { fixture } from '../model/fixture';

const dataset = fixture();

function parse(search: string) {
	return parseViewParams(new URLSearchParams(search), dataset);
}

function view(filter: Partial<EventFilter>, event?: string): ViewState {
	const state: ViewState = { filter: { ...EMPTY_FILTER, ...filter } };
	if (event !== undefined) state.event = event;
	return state;
}

function codes(notices: Notice[]): [Notice['code'], string, string][] {
	return notices.map((n) => [n.code, n.param, n.value]);
}

describe('viewToSearch', () => {
	it.each<[string, ViewState, string]>([
		['nothing for the default view', view({}), ''],
		[
			'actors in the order given, commas literal',
			view({ actors: ['turkey', 'putin'] }),
			'?actors=turkey,putin'
		],
		[
			'every parameter in a fixed order',
			view(
				{
					q: 'buffer zone',
					to: '2019-12-31',
					from: '2018-01-01',
					types: ['talks', 'agreement'],
					members: true,
					match: 'all',
					actors: ['russia', 'nato'],
					uncertain: true
				},
				'sochi-memorandum'
			),
			'?actors=russia,nato&match=all&members=1&types=talks,agreement&from=2018-01-01&to=2019-12-31&q=buffer%20zone&uncertain=1&event=sochi-memorandum'
		],
		['the query encoded', view({ q: 'a&b=c,d é' }), '?q=a%26b%3Dc%2Cd%20%C3%A9'],
		['no blank query', view({ q: '   ' }), ''],
		['only the selected event', view({}, 'idlib-shelling'), '?event=idlib-shelling']
	])('viewToSearch writes %s', (_, state, expected) => {
		expect(viewToSearch(state)).toBe(expected);
	});

	it('does not throw on a lone surrogate in the query', () => {
		expect(viewToSearch(view({ q: 'a\uD800b' }))).toBe('?q=a%EF%BF%BDb');
	});
});

// Links, embed snippets and widget attributes write a view with one serialiser; both forms read back alike.
const STATES: [string, ViewState][] = [
	['the default view', view({})],
	['one actor', view({ actors: ['putin'] })],
	[
		'everything set',
		view({
			actors: ['russia', 'nato'],
			match: 'all',
			members: true,
			types: ['talks', 'agreement'],
			from: '2018-01-01',
			to: '2019-12-31',
			q: 'buffer zone',
			uncertain: true
		})
	],
	['a one-day window', view({ from: '2019-04-25', to: '2019-04-25' })],
	['only a start date', view({ from: '2019-04-25' })],
	['a query with reserved characters', view({ q: 'a&b=c,d+e %20 #x ?y é Çavuşoğlu "quoted"' })],
	['a query of 200 characters', view({ q: 'x'.repeat(200) })],
	['a match mode without actors', view({ match: 'all' })],
	['uncertain events shown', view({ uncertain: true })]
];

/** The view as `<dateline-timeline>` reads it from the attributes an embed snippet writes. */
function throughAttributes(state: ViewState) {
	const attributes = new Map(
		widgetAttributes({ site: 'https://d.example', filter: state.filter, theme: 'auto' })
	);
	const params = attributesToParams({ getAttribute: (name) => attributes.get(name) ?? null });
	return parseViewParams(params, dataset, 'attributes');
}

describe('the view state round trip', () => {
	it.each(STATES)('parseViewParams(viewToSearch(s)) gives back %s', (_, state) => {
		const { state: parsed, notices } = parse(viewToSearch(state));
		expect(parsed).toEqual(state);
		expect(notices).toEqual([]);
	});

	it.each(STATES)('the widget attributes give back %s', (_, state) => {
		const { state: parsed, notices } = throughAttributes(state);
		expect(parsed).toEqual(state);
		expect(notices).toEqual([]);
	});

	it('keeps the selected event in a link', () => {
		const state = view({ actors: ['putin'] }, 'sochi-memorandum');
		expect(parse(viewToSearch(state)).state).toEqual(state);
	});

	it.each<[string, Partial<EventFilter>, Partial<EventFilter>]>([
		['a query with spaces around it', { q: '  buffer zone  ' }, { q: 'buffer zone' }],
		['a blank query', { q: '   ' }, { q: '' }]
	])('links and attributes write %s alike', (_, written, read) => {
		const state = view(written);
		expect(viewParams(state)).toEqual(viewParams(view(read)));
		expect(parse(viewToSearch(state)).state).toEqual(view(read));
		expect(throughAttributes(state).state).toEqual(view(read));
	});
});

describe('parseViewParams', () => {
	it.each<[string, string, Partial<EventFilter>, [Notice['code'], string, string][]]>([
		[
			'drops unknown actors and keeps the rest',
			'actors=putin,xyz,nato,abc',
			{ actors: ['putin', 'nato'] },
			[
				['UNKNOWN_ACTOR', 'actors', 'xyz'],
				['UNKNOWN_ACTOR', 'actors', 'abc']
			]
		],
		['ignores empty list items', 'actors=,putin,,', { actors: ['putin'] }, []],
		[
			'removes repeated actors, with one notice per unknown id',
			'actors=putin,xyz,putin,xyz',
			{ actors: ['putin'] },
			[['UNKNOWN_ACTOR', 'actors', 'xyz']]
		],
		[
			'merges repeated list parameters',
			'actors=putin&actors=nato,putin&types=talks&types=meeting',
			{ actors: ['putin', 'nato'], types: ['talks', 'meeting'] },
			[]
		],
		['trims list items', 'actors=%20putin%20,%20nato', { actors: ['putin', 'nato'] }, []],
		[
			'drops unknown types',
			'types=talks,summit,,agreement',
			{ types: ['talks', 'agreement'] },
			[['UNKNOWN_TYPE', 'types', 'summit']]
		],
		['reads types in any case', 'types=Talks,AGREEMENT', { types: ['talks', 'agreement'] }, []],
		[
			'replaces a bad match with any',
			'actors=putin&match=most',
			{ actors: ['putin'] },
			[['BAD_MATCH', 'match', 'most']]
		],
		['reads match in any case', 'match=ALL', { match: 'all' }, []],
		['reads members=true', 'members=true', { members: true }, []],
		['reads members=0', 'members=0', { members: false }, []],
		['rejects other members values', 'members=yes', {}, [['BAD_MEMBERS', 'members', 'yes']]],
		['rejects members=constructor', 'members=constructor', {}, [['BAD_MEMBERS', 'members', 'constructor']]],
		['reads uncertain=1', 'uncertain=1', { uncertain: true }, []],
		['reads uncertain=false', 'uncertain=false', { uncertain: false }, []],
		['rejects other uncertain values', 'uncertain=all', {}, [['BAD_UNCERTAIN', 'uncertain', 'all']]],
		[
			'drops a date that does not exist',
			'from=2019-02-29&to=2019-12-31',
			{ to: '2019-12-31' },
			[['BAD_DATE', 'from', '2019-02-29']]
		],
		['drops a date in another format', 'to=31/12/2019', {}, [['BAD_DATE', 'to', '31/12/2019']]],
		[
			'drops the end date when it is before the start',
			'from=2019-06-01&to=2019-01-01',
			{ from: '2019-06-01' },
			[['DATE_ORDER', 'to', '2019-01-01']]
		],
		['treats blank values as absent', 'actors=&match=&from=&to=&q=&event=&members=&uncertain=', {}, []],
		['trims the query', 'q=%20%20idlib%20', { q: 'idlib' }, []],
		['caps the query at 200 characters', `q=${'y'.repeat(5000)}`, { q: 'y'.repeat(200) }, []],
		[
			'caps the query without splitting a character',
			`q=${'x'.repeat(199)}${'😀'.repeat(3)}`,
			{ q: `${'x'.repeat(199)}😀` },
			[]
		],
		[
			'keeps markup in the query as plain text',
			'q=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
			{ q: '<script>alert(1)</script>' },
			[]
		],
		['joins repeated queries', 'q=sochi&q=putin', { q: 'sochi putin' }, []],
		['decodes a plus as a space', 'q=buffer+zone', { q: 'buffer zone' }, []],
		['ignores unknown parameters', 'utm_source=x&actors=putin', { actors: ['putin'] }, []],
		[
			'drops actor ids that only look like injection',
			'actors=putin,%22%3E%3Cimg%20src%3Dx%3E',
			{ actors: ['putin'] },
			[['UNKNOWN_ACTOR', 'actors', '"><img src=x>']]
		]
	])('parseViewParams %s', (_, search, filter, expected) => {
		const { state, notices } = parse(search);
		expect(state).toEqual(view(filter));
		expect(codes(notices)).toEqual(expected);
	});

	it('keeps a known selected event', () => {
		expect(parse('event=idlib-shelling').state.event).toBe('idlib-shelling');
	});

	it('drops an unknown selected event with a notice', () => {
		const { state, notices } = parse('event=nope');
		expect(state).toEqual(view({}));
		expect(codes(notices)).toEqual([['UNKNOWN_EVENT', 'event', 'nope']]);
	});

	it('never throws on malformed percent-encoding', () => {
		const { state, notices } = parse('actors=%E0%A4%A&q=%ZZ%&from=%');
		expect(state.filter.q).toBe('%ZZ%');
		expect(codes(notices).map(([code]) => code)).toEqual(['UNKNOWN_ACTOR', 'BAD_DATE']);
	});

	it('quotes an overlong value in the message without repeating all of it', () => {
		const { notices } = parse(`actors=${'z'.repeat(1000)}`);
		expect(notices[0]?.value).toHaveLength(1000);
		expect(notices[0]?.message.length).toBeLessThan(200);
	});
});

describe('parseEmbedParams', () => {
	it.each<[string, string, { theme: string; height?: number }, [Notice['code'], string, string][]]>([
		['defaults to the automatic theme', '', { theme: 'auto' }, []],
		['reads the dark theme', 'theme=dark', { theme: 'dark' }, []],
		['reads the light theme in any case', 'theme=Light', { theme: 'light' }, []],
		[
			'replaces an unknown theme with auto',
			'theme=neon',
			{ theme: 'auto' },
			[['BAD_THEME', 'theme', 'neon']]
		],
		['reads a height', 'height=600', { theme: 'auto', height: 600 }, []],
		['accepts the smallest height', 'height=120', { theme: 'auto', height: 120 }, []],
		['accepts the largest height', 'height=4000', { theme: 'auto', height: 4000 }, []],
		['drops a height below the range', 'height=119', { theme: 'auto' }, [['BAD_HEIGHT', 'height', '119']]],
		['drops a height above the range', 'height=4001', { theme: 'auto' }, [['BAD_HEIGHT', 'height', '4001']]],
		['drops a fractional height', 'height=600.5', { theme: 'auto' }, [['BAD_HEIGHT', 'height', '600.5']]],
		['drops a height with a unit', 'height=600px', { theme: 'auto' }, [['BAD_HEIGHT', 'height', '600px']]],
		['drops a height in exponent form', 'height=6e2', { theme: 'auto' }, [['BAD_HEIGHT', 'height', '6e2']]],
		['drops a negative height', 'height=-600', { theme: 'auto' }, [['BAD_HEIGHT', 'height', '-600']]]
	])('parseEmbedParams %s', (_, search, options, expected) => {
		const result = parseEmbedParams(new URLSearchParams(search));
		expect(result.options).toEqual(options);
		expect(codes(result.notices)).toEqual(expected);
	});
});

describe('lang=', () => {
	it.each([
		['?lang=ar', 'ar'],
		['?lang=RU', 'ru'],
		['?lang=fr-CA', 'fr'],
		['?lang=tr_TR', 'tr'],
		['?lang=en', 'en'],
		['?lang=&lang=fr', 'fr']
	])('parseViewParams(%s) chooses %s, with no notice', (search, lang) => {
		const { state, notices } = parse(search);
		expect(state.lang).toBe(lang);
		expect(notices).toEqual([]);
	});

	it('an unknown language is left out with a notice, the rest of the view kept', () => {
		const { state, notices } = parse('?lang=klingon&types=talks');
		expect(state.lang).toBeUndefined();
		expect(state.filter.types).toEqual(['talks']);
		expect(codes(notices)).toEqual([['UNKNOWN_LANG', 'lang', 'klingon']]);
		expect(notices[0]!.message).toBe('Unknown language "klingon" in the link was ignored; showing English.');
	});

	it("a widget's unknown lang attribute is named as an attribute", () => {
		const { notices } = parseViewParams(new URLSearchParams('lang=xx'), dataset, 'attributes');
		expect(notices[0]!.origin).toBe('attributes');
		expect(notices[0]!.message).toContain('in the attributes');
	});

	it('viewToSearch writes lang last, and parsing it gives it back', () => {
		const state: ViewState = { ...view({ types: ['talks'] }), lang: 'ar' };
		expect(viewToSearch(state)).toBe('?types=talks&lang=ar');
		expect(parse(viewToSearch(state)).state).toEqual(state);
	});

	it('widgetAttributes and the attributes a widget reads agree on lang', () => {
		const attributes = widgetAttributes({
			site: 'https://x.example',
			filter: EMPTY_FILTER,
			theme: 'auto',
			lang: 'ru'
		});
		expect(attributes).toContainEqual(['lang', 'ru']);
		const element = { getAttribute: (name: string) => attributes.find(([n]) => n === name)?.[1] ?? null };
		expect(parseViewParams(attributesToParams(element), dataset, 'attributes').state.lang).toBe('ru');
	});
});
