import { describe, expect, it } from 'vitest';
import { extractArticle, type ExtractDeps } from '../../../src/pipeline/extract/article.ts';
import type { ActorMention, DateRange, Span, Timex } from '../../../src/pipeline/extract/types.ts';
import { CONFIDENCE_THRESHOLD } from '../../../src/lib/model/confidence.ts';

const PUBLISHED = '2018-09-18';

/** Every occurrence of each key in `text`, as spans with body offsets. */
function findAll<T>(text: string, table: Record<string, T>, offset = 0): (Span & { value: T })[] {
	const found: (Span & { value: T })[] = [];
	for (const [phrase, value] of Object.entries(table)) {
		for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + phrase.length)) {
			found.push({ text: phrase, start: offset + i, end: offset + i + phrase.length, value });
		}
	}
	return found.sort((a, b) => a.start - b.start);
}

const day = (date: string): DateRange => ({ start: date, end: date, precision: 'day' });

/** Small stand-ins for the real stages: the dates, actors and places each test names. */
function fakes(
	dates: Record<string, DateRange>,
	actors: Record<string, string>,
	places: Record<string, string> = {},
	unknown: Record<string, string> = {}
): ExtractDeps & { asked: string[] } {
	const asked: string[] = [];
	return {
		asked,
		sentences: splitSentences,
		tagDates: (text): Timex[] =>
			findAll(text, dates).map(({ value, ...span }) => ({
				...span,
				type: 'DATE',
				value: value.start,
				range: value
			})),
		actors: {
			article: () => ({
				mentions(sentence: Span, date: string): ActorMention[] {
					asked.push(`${sentence.start}@${date}`);
					const known = findAll(sentence.text, actors, sentence.start).map(({ value, ...span }) => ({
						...span,
						actor: value,
						rule: 'name' as const
					}));
					const made = findAll(sentence.text, unknown, sentence.start).map(({ value, ...span }) => ({
						...span,
						actor: value,
						rule: 'unknown' as const,
						unknown: { name: span.text, kind: 'person' as const }
					}));
					return [...known, ...made].sort((a, b) => a.start - b.start);
				}
			})
		},
		places: {
			find: (sentence) =>
				findAll(sentence.text, places, sentence.start).map(({ value, ...span }) => ({
					...span,
					place: value
				}))
		},
		actorInfo: (id) => ({
			name: id.charAt(0).toUpperCase() + id.slice(1),
			kind: id === 'russia' || id === 'turkey' ? 'country' : 'person'
		})
	};
}

function splitSentences(text: string): Span[] {
	const spans: Span[] = [];
	for (const m of text.matchAll(/[^.]+\./g)) {
		const lead = m[0].length - m[0].trimStart().length;
		spans.push({ text: m[0].trim(), start: m.index! + lead, end: m.index! + m[0].length });
	}
	return spans;
}

const run = (body: string, deps: ExtractDeps) =>
	extractArticle({ id: 'a', published: PUBLISHED, body }, deps);

describe('extractArticle', () => {
	const people = { Putin: 'putin', Erdogan: 'erdogan', Lavrov: 'lavrov', Russia: 'russia', Turkey: 'turkey' };

	it.each([
		['Putin met Erdogan on Monday.', 'meeting', '040'],
		['Russia and Turkey held talks on Monday.', 'talks', '046'],
		['Russia and Turkey agreed on Monday to create a zone.', 'agreement', '057'],
		['Lavrov warned on Monday of a provocation.', 'statement', '012'],
		['Turkey launched an offensive on Monday.', 'military', '190'],
		['Russia suspended the air safety memorandum on Monday.', 'other', '160']
	])('types "%s" as %s with CAMEO %s', (body, type, cameo) => {
		const [event] = run(body, fakes({ Monday: day('2018-09-17') }, people));
		expect(event).toMatchObject({ type, cameo, start: '2018-09-17', end: '2018-09-17', precision: 'day' });
	});

	it('gives each occurrence the date of its own clause', () => {
		const body = 'Lavrov said on Friday that the talks held on 3-4 May had been useful.';
		const events = run(
			body,
			fakes(
				{
					Friday: day('2018-09-14'),
					'3-4 May': { start: '2018-05-03', end: '2018-05-04', precision: 'day' }
				},
				people
			)
		);
		expect(events.map((e) => [e.type, e.start, e.end])).toEqual([
			['statement', '2018-09-14', '2018-09-14'],
			['talks', '2018-05-03', '2018-05-04']
		]);
		expect(events[0]!.timex?.text).toBe('Friday');
	});

	it('prefers the date after the trigger to one in another clause before it', () => {
		const body = 'On the eve of the vote in May, Erdogan received Putin in Ankara on Tuesday.';
		const [event] = run(
			body,
			fakes(
				{ May: { start: '2018-05-01', end: '2018-05-31', precision: 'month' }, Tuesday: day('2018-09-11') },
				people,
				{ Ankara: 'Ankara' }
			)
		);
		expect(event).toMatchObject({ type: 'meeting', start: '2018-09-11', place: 'Ankara' });
	});

	it('links a date that opens a "when" clause to that clause', () => {
		const body =
			'The arrangement dates back to September 2018, when Russia and Turkey agreed to set up a strip.';
		const [event] = run(
			body,
			fakes({ 'September 2018': { start: '2018-09-01', end: '2018-09-30', precision: 'month' } }, people)
		);
		expect(event).toMatchObject({
			type: 'agreement',
			start: '2018-09-01',
			end: '2018-09-30',
			precision: 'month'
		});
	});

	it('shares a "when" clause date with the main clause: two occurrences, one sentence', () => {
		const body = 'Putin and Erdogan agreed on a ceasefire when they met on Friday.';
		const events = run(body, fakes({ Friday: day('2018-09-14') }, people));
		expect(events.map((e) => [e.type, e.start])).toEqual([
			['agreement', '2018-09-14'],
			['meeting', '2018-09-14']
		]);
	});

	it('shares a date with a verb after "after … talks", but not with a noun that names an earlier thing', () => {
		const agreed = 'The memorandum, agreed by Putin and Erdogan after talks in Sochi on Tuesday, holds.';
		const events = run(agreed, fakes({ Tuesday: day('2019-10-22') }, people, { Sochi: 'Sochi' }));
		expect(events.map((e) => [e.type, e.start])).toEqual([
			['agreement', '2019-10-22'],
			['talks', '2019-10-22']
		]);
		const truce = 'Russia will build on the truce when talks with Turkey open on Thursday.';
		const later = run(truce, fakes({ Thursday: day('2018-09-20') }, people));
		expect(later.map((e) => e.type)).toEqual(['talks']);
	});

	it("reads a participle after a noun trigger as describing it: one occurrence, the noun's", () => {
		const body = 'The truce, negotiated by Russia and Turkey on Sunday, is holding.';
		const events = run(body, fakes({ Sunday: day('2018-09-16') }, people));
		expect(events.map((e) => [e.type, e.cameo, e.start])).toEqual([['agreement', '0871', '2018-09-16']]);
	});

	it('does not fold a verb of saying after a comma into the noun before it', () => {
		const body = 'Erdogan, after the summit, insisted that the posts would stay.';
		const [event] = run(body, fakes({}, people));
		expect(event).toMatchObject({ type: 'statement', inferred: true });
	});

	it('keeps the range, precision and part of a vague date', () => {
		const body = 'Putin and Erdogan met in mid-July.';
		const [event] = run(
			body,
			fakes(
				{ 'mid-July': { start: '2018-07-01', end: '2018-07-31', precision: 'month', part: 'mid' } },
				people
			)
		);
		expect(event).toMatchObject({ start: '2018-07-01', end: '2018-07-31', precision: 'month', part: 'mid' });
		expect(event!.inferred).toBeUndefined();
	});

	it('dates an undated reporting verb by the article, flagged inferred', () => {
		const [event] = run('Lavrov said the talks were useful.', fakes({}, people));
		expect(event).toMatchObject({
			type: 'statement',
			start: PUBLISHED,
			end: PUBLISHED,
			precision: 'day',
			inferred: true
		});
		expect(event!.title).toBe('Lavrov says the talks were useful');
	});

	it("shows the first part of a speaker's undated statement, and the further parts as uncertain", () => {
		const events = run(
			'Lavrov said the talks were useful. Lavrov said the sides would meet again. Putin said nothing.',
			fakes({}, people)
		);
		expect(events.map((e) => [e.title, e.confidence! >= CONFIDENCE_THRESHOLD])).toEqual([
			['Lavrov says the talks were useful', true],
			['Lavrov says the sides would meet again', false],
			['Putin says nothing', true]
		]);
	});

	it.each([
		'Russian jets had been bombing the south of Idlib for weeks, Putin had rejected a truce.',
		'Turkey and Russia signed a memorandum.',
		'Putin had warned Erdogan of the risks.',
		'Russia has been warning of a staged attack.'
	])('places no event from an undated background sentence: %s', (body) => {
		expect(run(body, fakes({}, people))).toEqual([]);
	});

	it('does not report a negated agreement, but keeps the summit of the same sentence', () => {
		const body = 'Putin and Erdogan failed on Friday to agree on a ceasefire at a summit in Tehran.';
		const events = run(body, fakes({ Friday: day('2018-09-07') }, people, { Tehran: 'Tehran' }));
		expect(events.map((e) => [e.type, e.start, e.place])).toEqual([['meeting', '2018-09-07', 'Tehran']]);
	});

	it('reports one occurrence for adjacent triggers of one type', () => {
		const body = 'Russia and Turkey signed a memorandum on Thursday.';
		const events = run(body, fakes({ Thursday: day('2018-09-13') }, people));
		expect(events).toHaveLength(1);
		expect(events[0]!.trigger.text).toBe('signed');
	});

	it('reads a date anchored on another occurrence as one event, the anchored one', () => {
		const body = 'Putin and Erdogan reached the deal ten days after a summit in Tehran on September 7.';
		const anchored = 'ten days after a summit in Tehran on September 7';
		const events = run(body, fakes({ [anchored]: day('2018-09-17') }, people, { Tehran: 'Tehran' }));
		expect(events.map((e) => [e.type, e.start])).toEqual([['agreement', '2018-09-17']]);
	});

	it('types delegations meeting for a round as talks, but not a meeting that prepares one', () => {
		const round = 'Delegations of Russia and Turkey met in Sochi on Monday for the tenth round.';
		expect(run(round, fakes({ Monday: day('2018-07-30') }, people))[0]).toMatchObject({
			type: 'talks',
			cameo: '046'
		});
		const prepare = 'Lavrov and Erdogan met in Moscow on Monday to prepare the ground for the round.';
		expect(run(prepare, fakes({ Monday: day('2018-07-30') }, people))[0]).toMatchObject({
			type: 'meeting',
			cameo: '040'
		});
	});

	it('does not date an occurrence by a year that describes a noun ("its 2013 commitment")', () => {
		const y = (n: string): DateRange => ({ start: `${n}-01-01`, end: `${n}-12-31`, precision: 'year' });
		const events = run(
			'Putin praised the Adana agreement, a 1998 security pact between Turkey and Russia. ' +
				'Lavrov signed their 2018 memorandum.',
			fakes({ '1998': y('1998'), '2018': y('2018') }, people)
		);
		expect(events.map((e) => [e.type, e.start])).toEqual([
			['statement', PUBLISHED],
			['agreement', '2018-01-01']
		]);
	});

	it('dates by the narrower of two date expressions side by side ("In July last year")', () => {
		const [event] = run(
			'In July last year, Putin met Erdogan in Sochi.',
			fakes(
				{
					July: { start: '2017-07-01', end: '2017-07-31', precision: 'month' },
					'last year': { start: '2017-01-01', end: '2017-12-31', precision: 'year' }
				},
				people
			)
		);
		expect(event).toMatchObject({ type: 'meeting', start: '2017-07-01', precision: 'month' });
	});

	it('does not date an occurrence by a century or a decade ("the 11th century temple")', () => {
		const body =
			'Putin was near Angkor Wat, the fabled 11th century temple that is a tourist attraction, when Russia attacked.';
		const at = body.indexOf('11th century');
		const deps = fakes({}, people);
		deps.tagDates = () => [
			{
				text: '11th century',
				start: at,
				end: at + 12,
				type: 'DATE',
				value: '10',
				range: { start: '1000-01-01', end: '1099-12-31', precision: 'year' }
			}
		];
		expect(run(body, deps)).toEqual([]);
	});

	it('keeps a date inside an "after"/"since"/"who" clause to that clause', () => {
		const month = (m: string): DateRange => ({ start: `${m}-01`, end: `${m}-28`, precision: 'month' });
		const deps = fakes({ 'October 2015': month('2015-10'), January: month('2019-01') }, people);
		// The visit is dated; the entry "weeks after" it is not the date's.
		expect(
			run('Putin visited Turkey in October 2015, weeks after Russia entered the conflict.', deps).map(
				(e) => e.title
			)
		).toEqual(['Putin visits Turkey']);
		// "who took over in January" dates the taking over, not the main clause's meeting.
		expect(run('Lavrov, who took over in January, met Erdogan.', deps)).toEqual([]);
		// A relative clause right after its noun dates the noun: "the round, which ran over …".
		const [round] = run('Russia and Turkey closed the round, which ran in January.', deps);
		expect(round).toMatchObject({ type: 'talks', start: '2019-01-01' });
	});

	it('treats "after talks on <date>" as a phrase that dates the main clause too', () => {
		const events = run(
			'The memorandum, agreed by Putin and Erdogan after six hours of talks on Tuesday, says troops will leave.',
			fakes({ Tuesday: day('2018-09-18') }, people)
		);
		expect(events.map((e) => [e.type, e.start])).toEqual([
			['agreement', '2018-09-18'],
			['talks', '2018-09-18']
		]);
	});

	it('does not date a noun by a date past its own verb and a clause boundary', () => {
		const deps = fakes({ Monday: day('2018-09-17'), Sunday: day('2018-09-16') }, people);
		expect(
			run(
				'Russia said the agreement was being carried out, even though the deadline ran out on Monday.',
				deps
			)[0]
		).toMatchObject({ type: 'statement', inferred: true });
		expect(
			run('The first joint patrol of Russia and Turkey was shortened on Sunday.', deps)[0]
		).toMatchObject({
			type: 'military',
			start: '2018-09-16'
		});
	});

	it('does not carry a date forward into a ", but" clause', () => {
		const events = run(
			'Russia has kept the truce since Sunday, but Turkey accused Russia of breaking it.',
			fakes({ Sunday: day('2018-09-16') }, people)
		);
		expect(events.every((e) => e.type !== 'statement' || e.start !== '2018-09-16')).toBe(true);
	});

	it('titles a sentence by its subject, not by actors inside a relative clause', () => {
		const body = 'Erdogan, who met Putin in Sochi on Monday, said on Tuesday that the deal would hold.';
		const events = run(body, fakes({ Monday: day('2018-09-17'), Tuesday: day('2018-09-18') }, people));
		expect(events.map((e) => e.title)).toEqual([
			'Erdogan meets Putin in Sochi',
			'Erdogan says the deal would hold'
		]);
	});

	it('titles by the words before the verb when no actor is its subject', () => {
		const events = run(
			'Rebel delegates refused to endorse the text about Russia. In a statement, the ministers urged Turkey to act.',
			fakes({}, people)
		);
		expect(events.map((e) => e.title)).toEqual([
			'Rebel delegates refuse to endorse the text about Russia',
			'Ministers urge Turkey to act'
		]);
	});

	it('takes the subject from the verb\'s own clause ("…, while the opposition insisted")', () => {
		const [event] = run(
			'Lavrov stayed away, while Turkey insisted that Putin had no role.',
			fakes({}, people)
		);
		expect(event!.title).toBe('Turkey insists Putin had no role');
	});

	it('reads "he" as the person the previous report named, and adds that actor', () => {
		const events = run(
			'Erdogan said on Monday that the army would act. He urged Russia to restrain its ally.',
			fakes({ Monday: day('2018-09-17') }, people)
		);
		expect(events[1]).toMatchObject({
			title: 'Erdogan urges Russia to restrain its ally',
			actors: ['erdogan', 'russia']
		});
	});

	it('drops events without actors', () => {
		expect(run('The talks ended on Monday.', fakes({ Monday: day('2018-09-17') }, people))).toEqual([]);
	});

	it('takes actors in order without repeats, carries unknown people, and quotes the sentence with offsets', () => {
		const body = 'Nothing happened. Putin met Erdogan and Angela Merkel in Istanbul on Saturday, Putin said.';
		const deps = fakes(
			{ Saturday: day('2018-10-27') },
			people,
			{ Istanbul: 'Istanbul' },
			{ 'Angela Merkel': 'angela-merkel' }
		);
		const [event] = run(body, deps);
		expect(event!.actors).toEqual(['putin', 'erdogan', 'angela-merkel']);
		expect(event!.unknownActors).toEqual([{ id: 'angela-merkel', name: 'Angela Merkel', kind: 'person' }]);
		expect(body.slice(event!.quote.start, event!.quote.end)).toBe(event!.quote.text);
		expect(event!.quote.start).toBe(18);
		expect(event).toMatchObject({ place: 'Istanbul', article: 'a' });
	});

	it('asks the actor stage about every sentence in order, at the date the sentence names', () => {
		const body = 'Vladimir Putin arrived. Putin met Erdogan on Monday.';
		const deps = fakes({ Monday: day('2018-09-17') }, people);
		run(body, deps);
		expect(deps.asked).toEqual([`0@${PUBLISHED}`, '24@2018-09-17']);
	});

	it('takes a place only after a locative preposition', () => {
		const body = 'Putin met Erdogan on Monday before the Sochi summit.';
		const [event] = run(body, fakes({ Monday: day('2018-09-17') }, people, { Sochi: 'Sochi' }));
		expect(event!.place).toBeUndefined();
	});
});

describe('extractArticle on bad input', () => {
	it('returns nothing for an empty body', () => {
		expect(extractArticle({ id: 'e', published: PUBLISHED, body: '' }, fakes({}, {}))).toEqual([]);
	});

	it('quotes no event from a runaway "sentence"', () => {
		const body = 'Putin met Erdogan on Monday and '.repeat(40_000) + 'then left.';
		const deps = fakes({}, { Putin: 'putin', Erdogan: 'erdogan' });
		expect(extractArticle({ id: 'big', published: PUBLISHED, body }, deps)).toEqual([]);
		// The actor stage still sees it, so names it introduces count for later sentences.
		expect(deps.asked).toHaveLength(1);
	});
});
