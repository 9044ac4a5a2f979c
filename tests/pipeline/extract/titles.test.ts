import { describe, expect, it } from 'vitest';
import {
	headline,
	joinNames,
	shortName,
	thirdPerson,
	titleOf
} from '../../../src/pipeline/extract/titles.ts';
import type { Span } from '../../../src/pipeline/extract/types.ts';

const sentence = (text: string): Span => ({ text, start: 0, end: text.length });

/** The parts of a title for the first occurrence of `word` in `text`. */
function parts(
	text: string,
	word: string,
	lemma: string,
	subjects: string[],
	extra: { form?: string; aspect?: string; skip?: string; type?: string } = {}
) {
	const start = text.indexOf(word);
	const skipAt = extra.skip ? text.indexOf(extra.skip) : -1;
	return {
		sentence: sentence(text),
		trigger: {
			text: word,
			start,
			end: start + word.length,
			lemma,
			form: extra.form ?? 'past',
			aspect: extra.aspect,
			type: extra.type
		},
		subjects,
		skip: extra.skip ? [{ text: extra.skip, start: skipAt, end: skipAt + extra.skip.length }] : []
	};
}

describe('titleOf polish', () => {
	it('cuts a long object where a phrase ends, never mid-phrase', () => {
		const text =
			'Russia said on Tuesday they would set up a joint mechanism to monitor the shaky nationwide ceasefire in Syria across the whole country.';
		expect(titleOf(parts(text, 'said', 'say', ['Russia'], { skip: 'Tuesday', type: 'statement' }))).toBe(
			'Russia says they would set up a joint mechanism'
		);
	});
	it('drops "later" or "earlier" left by a removed date', () => {
		const text = 'Putin was due to speak with Trump later on Tuesday about the outcome.';
		expect(titleOf(parts(text, 'speak', 'speak', ['Putin'], { form: 'base', skip: 'Tuesday' }))).toBe(
			'Putin speaks with Trump about the outcome'
		);
	});
	it('reads on through "as" after a verb of describing', () => {
		const text = 'Mattis described the operation as a one-time shot.';
		expect(titleOf(parts(text, 'described', 'describe', ['Mattis'], { type: 'statement' }))).toBe(
			'Mattis describes the operation as a one-time shot'
		);
	});
	it('leaves out a relative aside inside the object', () => {
		const text =
			'Erdogan warned that Turkey, which hosts three million Syrians, cannot absorb more refugees.';
		expect(titleOf(parts(text, 'warned', 'warn', ['Erdogan'], { type: 'statement' }))).toBe(
			'Erdogan warns Turkey cannot absorb more refugees'
		);
	});
	it('says what a trailing "X told reporters" reports, with "says"', () => {
		const text = 'The leaders will discuss Idlib, spokesman Kalin told reporters.';
		expect(titleOf(parts(text, 'told', 'tell', ['Kalin'], { type: 'statement' }))).toBe(
			'Kalin says the leaders will discuss Idlib'
		);
	});
	it('makes the talks the subject of "resume" when they come before it', () => {
		const text = 'He backed the UN-led talks in Geneva, which resume on July 10.';
		expect(titleOf(parts(text, 'resume', 'resume', ['Kairat'], { form: 'base', skip: 'July 10' }))).toBe(
			'UN-led talks resume'
		);
	});
	it('marks a saying with nothing said as bare', () => {
		const text = 'The base, which US officials said had been used to mount an attack, was hit.';
		expect(headline(parts(text, 'said', 'say', ['United States'], { type: 'statement' })).bare).toBe(true);
	});
	it('gives a plural subject the base form', () => {
		const text = 'Rebel delegates refused to endorse the document.';
		expect(titleOf({ ...parts(text, 'refused', 'refuse', ['Rebel delegates']), plural: true })).toBe(
			'Rebel delegates refuse to endorse the document'
		);
	});
});

describe('titleOf', () => {
	it('writes subjects, the verb in the present and the object, leaving out the date', () => {
		const text =
			'Russia and Turkey agreed on Monday to create a demilitarized zone around Idlib, averting a government offensive.';
		expect(titleOf(parts(text, 'agreed', 'agree', ['Putin', 'Erdogan'], { skip: 'Monday' }))).toBe(
			'Putin and Erdogan agree to create a demilitarized zone around Idlib'
		);
	});

	it('uses the third person for one subject and cuts a reported clause at its end', () => {
		const text =
			'Russian Foreign Minister Sergei Lavrov warned on Friday that the talks could collapse, officials said.';
		expect(titleOf(parts(text, 'warned', 'warn', ['Lavrov'], { skip: 'Friday' }))).toBe(
			'Lavrov warns the talks could collapse'
		);
	});

	it('names a noun trigger with its verb phrase and keeps only a prepositional object', () => {
		const talks = 'After talks in Sochi on 17 September 2018, the two presidents spoke to reporters.';
		expect(
			titleOf(
				parts(talks, 'talks', 'hold talks', ['Russia', 'Turkey', 'Iran'], {
					form: 'noun',
					skip: '17 September 2018'
				})
			)
		).toBe('Russia, Turkey and Iran hold talks in Sochi');
		const trip = "Lavrentiev's trip came days before a new round.";
		expect(titleOf(parts(trip, 'trip', 'make a trip', ['Lavrentiev'], { form: 'noun' }))).toBe(
			'Lavrentiev makes a trip'
		);
	});

	it('writes a passive clause headline style, with its own subject', () => {
		const text = 'Under the deal, a memorandum on four zones was signed in Astana on Thursday.';
		expect(titleOf(parts(text, 'signed', 'sign', ['Russia'], { aspect: 'passive', skip: 'Thursday' }))).toBe(
			'Memorandum on four zones signed in Astana'
		);
	});

	it('keeps the object to 70 characters, cut at a word, and never returns the whole sentence', () => {
		const text =
			'Erdogan said Turkey would keep its observation posts around the province and would respond to any attack on its soldiers in the strongest terms available to it';
		const title = titleOf(parts(text, 'said', 'say', ['Erdogan']));
		expect(title.startsWith('Erdogan says Turkey would keep')).toBe(true);
		expect(title.length).toBeLessThanOrEqual('Erdogan says '.length + 70);
		expect(title).not.toMatch(/\s(?:and|the|to|of)$/);
		expect(title).not.toBe(text);
	});

	it('is never empty', () => {
		expect(titleOf(parts('Talks.', 'Talks', 'hold talks', [], { form: 'noun' }))).toBe('Talks');
	});
});

describe('title helpers', () => {
	it.each([
		['meet', 'meets'],
		['hold talks', 'holds talks'],
		['call for', 'calls for'],
		['carry out a strike', 'carries out a strike'],
		['withdraw', 'withdraws'],
		['launch', 'launches']
	])('thirdPerson(%s) is %s', (lemma, out) => expect(thirdPerson(lemma)).toBe(out));

	it('joins names as a headline does', () => {
		expect(joinNames(['Putin'])).toBe('Putin');
		expect(joinNames(['Putin', 'Erdogan'])).toBe('Putin and Erdogan');
		expect(joinNames(['Russia', 'Turkey', 'Iran'])).toBe('Russia, Turkey and Iran');
	});

	it.each([
		[{ name: 'Vladimir Putin', kind: 'person' as const }, 'Putin'],
		[{ name: 'Bashar al-Assad', kind: 'person' as const }, 'Assad'],
		[{ name: 'Staffan de Mistura', kind: 'person' as const }, 'de Mistura'],
		[{ name: 'Russia', kind: 'country' as const }, 'Russia'],
		[{ name: 'Hayat Tahrir al-Sham', kind: 'group' as const, aliases: ['HTS', 'Tahrir al-Sham'] }, 'HTS'],
		[{ name: 'United States', kind: 'country' as const, aliases: ['US'] }, 'United States']
	])('shortName(%o) is %s', (actor, out) => expect(shortName(actor)).toBe(out));
});

describe('titleOf with reported speech', () => {
	it('reports the clause before a trailing attribution, with the speaker as subject', () => {
		const text = 'Assad flew to Sochi on Monday for talks with Putin, the Kremlin said on Tuesday.';
		expect(titleOf(parts(text, 'said', 'say', ['Russia'], { skip: 'on Tuesday', type: 'statement' }))).toBe(
			'Russia says Assad flew to Sochi on Monday for talks with Putin'
		);
	});

	it('skips an aside between the verb and what was said', () => {
		const text =
			'The White House said late on Sunday, after a call with Erdogan, that Turkey would move ahead.';
		expect(
			titleOf(parts(text, 'said', 'say', ['United States'], { skip: 'late on Sunday', type: 'statement' }))
		).toBe('United States says Turkey would move ahead');
	});

	it('keeps an ordinary verb with its own subject even when a comma comes before it', () => {
		const text =
			'Russia, Turkey and Iran failed to agree on the zones they had endorsed, as the round ended.';
		const title = titleOf(
			parts(text, 'endorsed', 'endorse', ['Russia', 'Turkey', 'Iran'], { type: 'statement' })
		);
		expect(title).toBe('Russia, Turkey and Iran endorse');
	});

	it('drops the subordinator of a passive clause', () => {
		const text = 'Ankara struck back when 33 Turkish soldiers were killed in an air strike in Idlib.';
		expect(titleOf(parts(text, 'killed', 'kill', ['Turkey'], { aspect: 'passive' }))).toBe(
			'33 Turkish soldiers killed in an air strike in Idlib'
		);
	});
});

describe('titleOf in relative clauses', () => {
	it('does not take the main clause verb as the object of a relative clause', () => {
		const text = 'The ceasefire that Putin and Erdogan agreed in March has largely held.';
		expect(titleOf(parts(text, 'agreed', 'agree', ['Putin', 'Erdogan'], { skip: 'in March' }))).toBe(
			'Putin and Erdogan agree'
		);
	});
});
