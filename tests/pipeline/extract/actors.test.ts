import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../../src/pipeline/extract/actors.ts';
import { findUnknownNames, slugify, tokenize } from '../../../src/pipeline/extract/names.ts';
import type { GazetteerActor } from '../../../src/pipeline/gazetteer.ts';

type Written = Partial<GazetteerActor> & Pick<GazetteerActor, 'id' | 'name' | 'kind'>;
const actor = (a: Written): GazetteerActor => ({ aliases: [], memberOf: [], roles: [], ...a });

/** A small gazetteer shaped like data/actors.yaml, with only what the rules below need. */
const GAZETTEER = [
	actor({ id: 'syria', name: 'Syria', kind: 'country', aliases: ['Damascus', 'Syrian government'] }),
	actor({ id: 'russia', name: 'Russia', kind: 'country', aliases: ['Moscow', 'the Kremlin', 'Kremlin'] }),
	actor({ id: 'turkey', name: 'Turkey', kind: 'country', aliases: ['Ankara', 'Turkish government'] }),
	actor({ id: 'iran', name: 'Iran', kind: 'country', aliases: ['Tehran'] }),
	actor({
		id: 'united-states',
		name: 'United States',
		kind: 'country',
		aliases: ['US', 'U.S.', 'Washington']
	}),
	actor({ id: 'un', name: 'United Nations', kind: 'organization', aliases: ['UN', 'U.N.'] }),
	actor({
		id: 'assad',
		name: 'Bashar al-Assad',
		kind: 'person',
		aliases: ['Assad'],
		roles: [
			{ title: 'Syrian president', from: '2000-07-17' },
			{ title: 'president of Syria', from: '2000-07-17' }
		]
	}),
	actor({
		id: 'putin',
		name: 'Vladimir Putin',
		kind: 'person',
		aliases: ['Putin'],
		roles: [{ title: 'Russian president', from: '2012-05-07' }]
	}),
	actor({
		id: 'lavrov',
		name: 'Sergei Lavrov',
		kind: 'person',
		roles: [{ title: 'Russian foreign minister', from: '2004-03-09' }]
	}),
	actor({
		id: 'akar',
		name: 'Hulusi Akar',
		kind: 'person',
		aliases: ['Akar'],
		roles: [{ title: 'Turkish defence minister', from: '2018-07-10', to: '2023-06-04' }]
	}),
	actor({
		id: 'tillerson',
		name: 'Rex Tillerson',
		kind: 'person',
		roles: [{ title: 'Secretary of State', from: '2017-02-01', to: '2018-03-31' }]
	}),
	actor({
		id: 'pompeo',
		name: 'Mike Pompeo',
		kind: 'person',
		roles: [
			{ title: 'Secretary of State', from: '2018-04-26', to: '2021-01-20' },
			{ title: 'US secretary of state', from: '2018-04-26', to: '2021-01-20' }
		]
	}),
	actor({ id: 'theresa-may', name: 'Theresa May', kind: 'person' }),
	actor({ id: 'hts', name: 'Hayat Tahrir al-Sham', kind: 'group', aliases: ['HTS'] }),
	actor({ id: 'sdf', name: 'Syrian Democratic Forces', kind: 'group', aliases: ['SDF'] }),
	actor({ id: 'committee', name: 'Constitutional Committee', kind: 'organization' })
];

const resolver = createActorResolver(GAZETTEER, { places: [{ name: 'Sochi' }, { name: 'Ankara' }] });

/** The mentions of each sentence, read in order as one article: `text→actor(rule)`. */
function read(date: string, ...sentences: string[]): string[][] {
	const article = resolver.article();
	let offset = 0;
	return sentences.map((text) => {
		const mentions = article.mentions({ text, start: offset, end: offset + text.length }, date);
		offset += text.length + 1;
		return mentions.map((m) => `${m.text}→${m.actor}(${m.rule})`);
	});
}
const one = (text: string, date = '2019-04-20') => read(date, text)[0];

describe('names and aliases', () => {
	it.each([
		['a full name', 'Bashar al-Assad met the envoy.', ['Bashar al-Assad→assad(name)']],
		['an alias', 'Assad met the envoy.', ['Assad→assad(alias)']],
		['a state by name, possessive', "Syria's army advanced.", ['Syria→syria(name)']],
		['the longest match', 'The Syrian government protested.', ['Syrian government→syria(alias)']],
		[
			'an all-caps alias, case-sensitive',
			'The US said HTS must leave.',
			['US→united-states(alias)', 'HTS→hts(alias)']
		],
		[
			'an organisation written in lowercase',
			'The constitutional committee met.',
			['constitutional committee→committee(name)']
		],
		['a dotted alias', 'The U.S. and the U.N. disagreed.', ['U.S.→united-states(alias)', 'U.N.→un(alias)']],
		['not a lowercase word that spells an acronym', 'He told us the plan.', []],
		['not a name inside a hyphenated word', 'Moscow-based analysts doubted it.', []],
		[
			'each name of a compound',
			'The Russia-Turkey deal held.',
			['Russia→russia(name)', 'Turkey→turkey(name)']
		],
		[
			'each demonym of a compound before a state noun',
			'Turkish-Russian patrols began.',
			['Turkish→turkey(demonym)', 'Russian→russia(demonym)']
		],
		['no demonym in a compound before another noun', 'A Turkish-Russian dictionary sold well.', []]
	])('finds %s', (_, text, expected) => {
		expect(one(text)).toEqual(expected);
	});
});

describe('surname back-off within an article', () => {
	it('marks a surname after the full name, not before', () => {
		expect(read('2019-04-20', 'Putin arrived.', 'Vladimir Putin spoke.', 'Putin left.')).toEqual([
			['Putin→putin(alias)'],
			['Vladimir Putin→putin(name)'],
			['Putin→putin(surname)']
		]);
	});

	it('resolves a surname the gazetteer has no alias for, once the full name was seen', () => {
		expect(read('2019-04-20', 'Lavrov waited.', 'Sergei Lavrov arrived.', 'Lavrov spoke.')).toEqual([
			[],
			['Sergei Lavrov→lavrov(name)'],
			['Lavrov→lavrov(surname)']
		]);
	});

	it('forgets surnames between articles', () => {
		read('2019-04-20', 'Sergei Lavrov arrived.');
		expect(one('Lavrov spoke.')).toEqual([]);
	});

	it('backs off to the surname of an unknown person', () => {
		const article = resolver.article();
		const first = 'German Chancellor Angela Merkel called.';
		const [merkel] = article.mentions({ text: first, start: 0, end: first.length }, '2019-04-20');
		const [again] = article.mentions({ text: 'Merkel said no.', start: 50, end: 65 }, '2019-04-20');
		expect(merkel).toMatchObject({ actor: 'angela-merkel', rule: 'unknown' });
		expect(again).toEqual({
			text: 'Merkel',
			start: 50,
			end: 56,
			actor: 'angela-merkel',
			rule: 'surname',
			unknown: { name: 'Angela Merkel', kind: 'person' }
		});
	});

	it('does not read a month as the surname of Theresa May', () => {
		expect(read('2019-04-20', 'Theresa May spoke.', 'Talks resumed in May.')).toEqual([
			['Theresa May→theresa-may(name)'],
			[]
		]);
	});
});

describe('titles through roles, on the date', () => {
	it.each([
		['the Syrian president', 'The Syrian president said no.', '2019-04-20', ['Syrian president→assad(role)']],
		[
			'a title with "of"',
			'The president of Syria said no.',
			'2019-04-20',
			['president of Syria→assad(role)']
		],
		[
			'a possessive state',
			"Russia's foreign minister said no.",
			'2019-04-20',
			["Russia's foreign minister→lavrov(role)"]
		],
		[
			'British spelling',
			'The Turkish Defence Minister spoke.',
			'2019-04-20',
			['Turkish Defence Minister→akar(role)']
		],
		[
			'American spelling',
			'The Turkish defense minister spoke.',
			'2019-04-20',
			['Turkish defense minister→akar(role)']
		],
		[
			'a title without a state, in one term',
			'The Secretary of State flew in.',
			'2017-06-01',
			['Secretary of State→tillerson(role)']
		],
		[
			'the same title in the next term',
			'The Secretary of State flew in.',
			'2019-06-01',
			['Secretary of State→pompeo(role)']
		],
		[
			'a qualified title',
			'The US Secretary of State flew in.',
			'2019-06-01',
			['US Secretary of State→pompeo(role)']
		]
	])('resolves %s', (_, text, date, expected) => {
		expect(one(text, date)).toEqual(expected);
	});

	it.each([
		['a synonym', "Russia's top diplomat said no.", ["Russia's top diplomat→lavrov(role)"]],
		['a leader as the head of state', 'The Syrian leader said no.', ['Syrian leader→assad(role)']],
		[
			'several titles at once',
			'The Russian and Syrian presidents met.',
			['Russian→putin(role)', 'Syrian presidents→assad(role)']
		],
		[
			'several titles, a state without a holder',
			'The Russian, Iranian, and Syrian presidents met.',
			['Russian→putin(role)', 'Iranian→iran(demonym)', 'Syrian presidents→assad(role)']
		],
		['not a former holder', 'The former Secretary of State said no.', []],
		[
			'several people of one state as the state',
			'Russian leaders said no.',
			['Russian leaders→russia(demonym)']
		]
	])('reads %s', (_, text, expected) => {
		expect(one(text, '2019-06-01')).toEqual(expected);
	});

	it('resolves nobody between two terms', () => {
		expect(one('The Secretary of State flew in.', '2018-04-10')).toEqual([]);
	});

	it('falls back to the state before a term begins, as a demonym', () => {
		expect(one('The Turkish defence minister spoke.', '2018-01-01')).toEqual([
			'Turkish defence minister→turkey(demonym)'
		]);
	});

	it('counts a title followed by the name as one mention of the person', () => {
		expect(one('Russian President Vladimir Putin and Turkish Defence Minister Hulusi Akar met.')).toEqual([
			'Vladimir Putin→putin(name)',
			'Hulusi Akar→akar(name)'
		]);
	});
});

describe('metonyms and places', () => {
	it.each([
		['a capital that acts', 'Ankara rejected the plan.', ['Ankara→turkey(metonym)']],
		['the seat of power that acts', 'The Kremlin said the talks went well.', ['The Kremlin→russia(metonym)']],
		['a capital where talks are held', 'Talks in Ankara ended.', []],
		['the seat of power as a place', 'They met at the Kremlin.', []],
		['a capital after "to"', 'Erdogan flew to Moscow.', []],
		['a capital someone visits', 'Zarif visited Damascus on Monday.', []],
		['a part of a capital', 'Shells hit the suburbs of Damascus.', []],
		['a capital naming a time', 'The truce begins at noon Damascus time.', []],
		['a capital whose consent is needed', 'It lacks the consent of Damascus.', ['Damascus→syria(metonym)']],
		['both readings in one sentence', 'Moscow hosted talks in Tehran.', ['Moscow→russia(metonym)']],
		['a country as territory', 'Russian troops in Syria advanced.', ['Russian troops→russia(demonym)']],
		['a country as a region', 'A force could secure northern Syria.', []],
		['a country as a topic', 'The Syria talks and talks on Syria resumed.', []],
		['a country that acts on one', 'Sanctions on Turkey hurt.', ['Turkey→turkey(name)']]
	])('reads %s', (_, text, expected) => {
		expect(one(text)).toEqual(expected);
	});
});

describe('demonyms', () => {
	it.each([
		['before forces', 'Turkish forces shelled the town.', ['Turkish forces→turkey(demonym)']],
		['before delegation', 'The Russian delegation left.', ['Russian delegation→russia(demonym)']],
		['before officials', 'Iranian officials declined.', ['Iranian officials→iran(demonym)']],
		['with a modifier', 'Turkish armed forces crossed.', ['Turkish armed forces→turkey(demonym)']],
		[
			'coordinated',
			'Russian and Syrian jets struck.',
			['Russian→russia(demonym)', 'Syrian jets→syria(demonym)']
		],
		['not before people', 'Syrian refugees returned.', []],
		['not a group without a state', 'Kurdish fighters withdrew.', []],
		['not a state the gazetteer lacks', 'Qatari officials met.', []],
		['not in a compound', 'Turkish-backed forces advanced.', []]
	])('reads a demonym %s', (_, text, expected) => {
		expect(one(text)).toEqual(expected);
	});
});

describe('the demonym table against the gazetteer', () => {
	it('maps a demonym to whatever id the gazetteer gives the state, found by name or alias', () => {
		const gazetteer = [
			actor({ id: 'usa', name: 'USA', kind: 'country', aliases: ['United States'] }),
			actor({ id: 'ru', name: 'Russian Federation', kind: 'country', aliases: ['Russia'] })
		];
		const mentions = createActorResolver(gazetteer)
			.article()
			.mentions({ text: 'American and Russian troops', start: 0, end: 27 }, '2019-01-01');
		expect(mentions.map((m) => m.actor)).toEqual(['usa', 'ru']);
	});
});

describe('names the gazetteer lacks', () => {
	it('makes an unknown person from a title cue, id from the name', () => {
		const article = resolver.article();
		const text = 'Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani arrived.';
		expect(article.mentions({ text, start: 10, end: 10 + text.length }, '2019-04-20')).toEqual([
			{
				text: 'Mohammed bin Abdulrahman Al Thani',
				start: 34,
				end: 67,
				actor: 'mohammed-bin-abdulrahman-al-thani',
				rule: 'unknown',
				unknown: { name: 'Mohammed bin Abdulrahman Al Thani', kind: 'person' }
			}
		]);
	});

	it.each([
		[
			'an organisation',
			'The Syrian Democratic Council said so.',
			'syrian-democratic-council',
			'organization'
		],
		[
			'an armed group',
			'Fighters of the National Liberation Front withdrew.',
			'national-liberation-front',
			'group'
		]
	])('makes an unknown %s from a cue word', (_, text, id, kind) => {
		const [found] = resolver.article().mentions({ text, start: 0, end: text.length }, '2019-04-20');
		expect(found).toMatchObject({ actor: id, rule: 'unknown', unknown: { kind } });
	});

	it('does not take a describing compound into a known name', () => {
		expect(one('Turkey attacked the Kurdish-led Syrian Democratic Forces.')).toEqual([
			'Turkey→turkey(name)',
			'Syrian Democratic Forces→sdf(name)'
		]);
	});

	it('prefers a longer unknown organisation over the known name inside it', () => {
		expect(one('The UN Human Rights Council met.')).toEqual([
			'UN Human Rights Council→un-human-rights-council(unknown)'
		]);
	});

	it.each([
		['days', 'On Monday, talks resumed.'],
		['months', 'In September, talks resumed.'],
		['sentence-initial words', 'Speaking after the meeting, Officials Said Nothing.'],
		['a title without a name', 'The Foreign Minister said on Friday that talks would resume.'],
		['a state organ', "Russia's Defence Ministry said no.", ['Russia→russia(name)']]
	])('finds nothing false in %s', (_, text, expected = []) => {
		expect(one(text)).toEqual(expected);
	});
});

describe('findUnknownNames', () => {
	it.each([
		['German Chancellor Angela Merkel said.', { name: 'Angela Merkel', kind: 'person', cue: 'Chancellor' }],
		['EU foreign policy chief Josep Borrell said.', { name: 'Josep Borrell', kind: 'person', cue: 'chief' }],
		[
			'US Ambassador to the United Nations Nikki Haley warned.',
			{ name: 'Nikki Haley', kind: 'person', cue: 'Ambassador to the United Nations' }
		],
		['Senator Barbara A. Mikulski said.', { name: 'Barbara A. Mikulski', kind: 'person' }],
		['the European Central Bank and European banks', { name: 'European Central Bank', kind: 'organization' }],
		['Gen. Joseph Dunford visited.', { name: 'Joseph Dunford', kind: 'person', cue: 'Gen' }],
		['then King Hussein of Jordan arrived.', { name: 'King Hussein', kind: 'person', cue: 'King' }],
		['Qatari Foreign Minister Sheikh Mohammed Al Thani came.', { name: 'Mohammed Al Thani', kind: 'person' }],
		[
			"Roman Vassilenko, Kazakhstan's deputy foreign minister, said.",
			{ name: 'Roman Vassilenko', kind: 'person', cue: 'foreign minister' }
		],
		[
			'Hadi al-Bahra, a co-chair of the body, said.',
			{ name: 'Hadi al-Bahra', kind: 'person', cue: 'co-chair' }
		],
		['the Free Syrian Army said.', { name: 'Free Syrian Army', kind: 'group', cue: 'Army' }],
		[
			'the Ministry of Foreign Affairs of Qatar',
			{ name: 'Ministry of Foreign Affairs of Qatar', kind: 'organization' }
		]
	])('finds the name in %j', (text, expected) => {
		const [found] = findUnknownNames(text);
		expect(found).toMatchObject(expected);
		expect(text.slice(found!.start, found!.end)).toBe(expected.name);
	});

	it('takes a name of two words or more that a verb follows as a person, or one given an age', () => {
		expect(findUnknownNames('Angela Merkel said on Monday that Sochi was calm.')).toMatchObject([
			{ name: 'Angela Merkel', kind: 'person', cue: 'said' }
		]);
		expect(findUnknownNames("Iraq's Saddam Hussein called Bush a liar.")).toMatchObject([
			{ name: 'Saddam Hussein', kind: 'person' }
		]);
		expect(findUnknownNames('Yigal Amir, 27, is serving a life sentence.')).toMatchObject([
			{ name: 'Yigal Amir', kind: 'person' }
		]);
	});

	it('finds nothing without a cue', () => {
		expect(findUnknownNames('Talks with Angela Merkel in September ended; Sochi was calm.')).toEqual([]);
		expect(findUnknownNames('The Persian Gulf crisis deepened.')).toEqual([]);
		expect(findUnknownNames('In Idlib Province, the ceasefire held.')).toEqual([]);
		expect(findUnknownNames('said the head of the Syrian Arab News Agency.')).toMatchObject([
			{ name: 'Syrian Arab News Agency', kind: 'organization' }
		]);
	});
});

describe('helpers', () => {
	it('slugifies names without accents', () => {
		expect(slugify('Mevlüt Çavuşoğlu')).toBe('mevlut-cavusoglu');
	});

	it('tokenizes a possessive apart and keeps hyphenated words whole', () => {
		expect(tokenize("Erdogan's al-Assad").map((t) => t.text)).toEqual(['Erdogan', "'s", 'al-Assad']);
	});
});
